/** Shapes shared by many DTOs, so every route accepts ids and dates the same way. */
export const SLUG_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const SLUG_ID_MESSAGE =
  '$property must be a lower-case id of letters, digits and dashes, e.g. "so-khcn"';
