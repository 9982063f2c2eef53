import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule } from '@giaoviec/config';
import { ClockModule } from './clock/clock.module';
import { EventStoreModule } from './event-store/event-store.module';
import { LoggingModule } from './logging/logging.module';
import { PostgresModule } from './postgres/postgres.module';
import { RedisModule } from './redis/redis.module';

/** The components every process (API, worker, CLI) runs on. */
@Module({})
export class InfrastructureModule {
  static forRoot(configOverrides: Record<string, string> = {}): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [
        AppConfigModule.forRoot(configOverrides),
        LoggingModule,
        ClockModule,
        PostgresModule,
        RedisModule,
        EventStoreModule,
      ],
    };
  }
}
