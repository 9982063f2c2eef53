import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { EventSourcedExecutor } from '../commands/event-sourced-executor';
import { HealthModule } from '../health/health.module';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { IdempotencyStore } from '../idempotency/idempotency-store';
import { ActorGuard } from '../request-context/actor.guard';
import { ACTOR_RESOLVER } from '../request-context/actor-resolver';
import { InterimHeaderActorResolver } from '../request-context/interim-header-actor-resolver';
import { StreamVersionHeaderInterceptor } from './stream-version-header.interceptor';

/**
 * The request pipeline of the API: actor resolution, idempotency, ETags, health.
 * Interceptors run outermost first, so a replayed answer still gets its ETag.
 */
@Module({
  imports: [HealthModule],
  providers: [
    { provide: ACTOR_RESOLVER, useClass: InterimHeaderActorResolver },
    { provide: APP_GUARD, useClass: ActorGuard },
    { provide: APP_INTERCEPTOR, useClass: StreamVersionHeaderInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    IdempotencyStore,
  ],
})
export class HttpPlatformModule {}

/** What a context module needs to run commands: shared by the API and the seed loader. */
@Module({ providers: [EventSourcedExecutor], exports: [EventSourcedExecutor] })
export class CommandExecutionModule {}
