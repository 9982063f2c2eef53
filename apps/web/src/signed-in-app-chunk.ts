/**
 * The screens behind the login, in a chunk of their own: the login page does not wait for
 * them to download and run, and starts fetching them as soon as it is shown, while the
 * person types. Both the router and the login page ask through this one function.
 */
export const loadSignedInApp = () => import('./SignedInApp');
