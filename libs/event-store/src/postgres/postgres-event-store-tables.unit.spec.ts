import { createHash } from 'node:crypto';
import { notificationChannel, PostgresEventStoreTables } from './postgres-event-store-tables';

describe('PostgresEventStoreTables', () => {
  it('qualifies names with the schema when one is given', () => {
    expect(new PostgresEventStoreTables('audit', 'es_')).toMatchObject({
      events: '"audit"."es_events"',
      streams: '"audit"."es_streams"',
    });
    expect(new PostgresEventStoreTables(undefined, 'es_')).toMatchObject({
      events: '"es_events"',
      eventIdConstraint: 'es_events_event_id_key',
    });
  });

  it('refuses names that could break out of an identifier', () => {
    for (const schema of ['Audit', 'a-b', 'a"b', '', 'x'.repeat(64)])
      expect(() => new PostgresEventStoreTables(schema, 'es_')).toThrow(TypeError);
    expect(() => new PostgresEventStoreTables(undefined, 'x;')).toThrow(TypeError);
  });

  it('names the notification channel as the trigger does, within 63 bytes', () => {
    const channel = notificationChannel('s'.repeat(63), 'es_events');
    expect(channel).toBe(
      `es_${createHash('md5')
        .update(`${'s'.repeat(63)}.es_events`)
        .digest('hex')}`,
    );
    expect(channel.length).toBeLessThanOrEqual(63);
  });
});
