import type { Migration } from './migration';
import { idempotencyKeys } from './0001-idempotency-keys';
import { identity } from './0002-identity';
import { readModelGenerations } from './0003-read-model-generations';

/** In the order they apply. */
export const MIGRATIONS: readonly Migration[] = [idempotencyKeys, identity, readModelGenerations];
