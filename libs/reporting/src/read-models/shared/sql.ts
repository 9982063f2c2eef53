/**
 * Small helpers for the SQL of the read models. Every table is named `${schema}.rm_...`,
 * with the schema of the read-model generation the runner or the store passes in.
 */
const SCHEMA_NAME = /^(?:[a-z_][a-z0-9_$]{0,62}|"[^"\0]{1,63}")$/;

/** `schema.table`, refusing a schema name that could smuggle SQL in. */
export function qualified(schema: string, table: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid read-model schema name: ${schema}`);
  return `${schema}.${table}`;
}

/** Collects positional parameters while a statement is built: `params.add(value)` gives `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  private readonly named = new Map<string, string>();

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** One placeholder per name, added on first use: PostgreSQL refuses a parameter no statement refers to. */
  once(name: string, value: unknown): string {
    let placeholder = this.named.get(name);
    if (placeholder === undefined) {
      placeholder = this.add(value);
      this.named.set(name, placeholder);
    }
    return placeholder;
  }
}

/** A calendar date column as `YYYY-MM-DD` text (pg would otherwise turn it into a Date at local midnight). */
export const isoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** A timestamptz column as an ISO-8601 UTC instant with milliseconds. */
export const isoInstant = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The value, or null when it is not a string (event data read defensively). */
export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The value, or null when it is not a finite number. */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** An ISO instant, or null when the text is not one (metadata written by an older or foreign writer). */
export function instantOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
