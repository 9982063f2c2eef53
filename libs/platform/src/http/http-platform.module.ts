import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { EventSourcedExecutor } from '../commands/event-sourced-executor';
import { HealthModule } from '../health/health.module';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { IdempotencyStore } from '../idempotency/idempotency-store';
import { PassportModule } from '@nestjs/passport';
import { AccessTokenStrategy } from '../auth/access-token.strategy';
import { AuthorizationModule } from '../authorization/authorization.module';
import { PolicyGuard } from '../authorization/policy.guard';
import { ActorGuard } from '../request-context/actor.guard';
import { StreamVersionHeaderInterceptor } from './stream-version-header.interceptor';
import { UnrepresentableTextGuard } from './unrepresentable-text.guard';

/**
 * The request pipeline of the API: bearer-token authentication, authorization, idempotency, ETags, health.
 * Interceptors run outermost first, so a replayed answer still gets its ETag.
 */
@Module({
  imports: [HealthModule, PassportModule, AuthorizationModule],
  providers: [
    AccessTokenStrategy,
    // Global guards run in the order given: refuse text no field can hold, authenticate, authorize.
    { provide: APP_GUARD, useClass: UnrepresentableTextGuard },
    { provide: APP_GUARD, useClass: ActorGuard },
    { provide: APP_GUARD, useExisting: PolicyGuard },
    { provide: APP_INTERCEPTOR, useClass: StreamVersionHeaderInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    IdempotencyStore,
  ],
})
export class HttpPlatformModule {}

/** What a context module needs to run commands: shared by the API and the seed loader. */
@Module({ providers: [EventSourcedExecutor], exports: [EventSourcedExecutor] })
export class CommandExecutionModule {}
