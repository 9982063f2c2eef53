import type { Migration } from './migration';
import { idempotencyKeys } from './0001-idempotency-keys';

/** In the order they apply. */
export const MIGRATIONS: readonly Migration[] = [idempotencyKeys];
