/** Where bull-board is mounted in the API. */
export const QUEUE_DASHBOARD_ROUTE = '/queues';

/**
 * The web application's screen that opens the dashboard (it asks for the dashboard's cookie,
 * then comes back): where a browser without one is sent instead of a JSON 401.
 */
export const QUEUE_DASHBOARD_WEB_SCREEN = '/quan-tri/hang-doi';
