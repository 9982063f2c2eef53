/** The pg.Pool used for read models, idempotency keys and (by default) the event store. */
export const PG_POOL = Symbol('PG_POOL');
