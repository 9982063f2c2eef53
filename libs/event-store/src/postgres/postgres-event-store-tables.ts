import { createHash } from 'node:crypto';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The names of everything the adapter creates, from its options; validated, so they can go into SQL unescaped. */
export class PostgresEventStoreTables {
  /** Qualified names for SQL, e.g. `"s1"."es_events"` or just `"es_events"`. */
  readonly streams: string;
  readonly events: string;
  readonly notifyFunction: string;
  /** Bare names, for index and constraint names and catalog look-ups. */
  readonly eventsTable: string;
  readonly streamsTable: string;

  constructor(
    /** Omitted: the first schema of the connection's search_path. */
    readonly schema: string | undefined,
    readonly prefix: string,
  ) {
    if (schema !== undefined) assertIdentifier(schema, 'schema');
    assertIdentifier(`${prefix}events_stream_version_key`, 'table prefix');
    this.eventsTable = `${prefix}events`;
    this.streamsTable = `${prefix}streams`;
    const qualify = (name: string) => (schema === undefined ? `"${name}"` : `"${schema}"."${name}"`);
    this.events = qualify(this.eventsTable);
    this.streams = qualify(this.streamsTable);
    this.notifyFunction = qualify(`${prefix}notify_appended`);
  }

  /** The unique constraint on event ids; its violation means "maybe a retry". */
  get eventIdConstraint(): string {
    return `${this.eventsTable}_event_id_key`;
  }

  get streamVersionConstraint(): string {
    return `${this.eventsTable}_stream_version_key`;
  }
}

/**
 * The LISTEN/NOTIFY channel of one events table. The trigger computes the same md5 from
 * TG_TABLE_SCHEMA and TG_TABLE_NAME, and the name stays under PostgreSQL's 63 bytes.
 */
export function notificationChannel(schema: string, eventsTable: string): string {
  return `es_${createHash('md5').update(`${schema}.${eventsTable}`).digest('hex')}`;
}

function assertIdentifier(value: string, what: string): void {
  if (!IDENTIFIER.test(value) || value.length > 63) {
    throw new TypeError(
      `Invalid ${what} "${value}": use lower-case letters, digits and _ (at most 63 characters)`,
    );
  }
}
