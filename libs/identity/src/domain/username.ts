/** Lower-case letters, digits, '.', '_' and '-'; 3 to 64 characters. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;

export function isValidUsername(value: unknown): value is string {
  return typeof value === 'string' && USERNAME_PATTERN.test(value);
}

/**
 * What a person types at login, as stored: trimmed and lower-cased, so `Admin ` finds `admin`.
 * Registration does not normalise: it refuses anything that is not already in this form.
 */
export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase();
}
