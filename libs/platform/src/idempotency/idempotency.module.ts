import { Module } from '@nestjs/common';
import { IdempotencyKeyCleanup } from './idempotency-key-cleanup';
import { IdempotencyStore } from './idempotency-store';

/** Housekeeping of the idempotency keys, hosted by the worker. */
@Module({ providers: [IdempotencyStore, IdempotencyKeyCleanup], exports: [IdempotencyStore] })
export class IdempotencyHousekeepingModule {}
