import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '@giaoviec/config';
import {
  EVENT_STORE,
  EventStoreDbEventStore,
  PostgresEventStore,
  type EventStore,
} from '@giaoviec/event-store';
import { PG_POOL } from '../postgres/postgres.tokens';

/** Provides the configured adapter behind the EventStore port: PostgreSQL by default, EventStoreDB in docker-compose. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, PG_POOL],
      useFactory: async (config: AppConfig, pool: Pool): Promise<EventStore> => {
        if (config.eventStore.adapter === 'eventstoredb') {
          return EventStoreDbEventStore.fromConnectionString(config.eventStore.connectionString);
        }
        return PostgresEventStore.create(pool, { schema: config.postgres.schema });
      },
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
