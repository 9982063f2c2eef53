/** Tuning of the projection engine; every field has a default fit for production. */
export interface ProjectionEngineOptions {
  /** How long readers trust the cached name of the live generation (default 1000 ms). */
  readonly liveCacheMs?: number;
  /** How often a read waiting for X-Read-After looks at the checkpoint (default 25 ms). */
  readonly waitPollMs?: number;
  /** How long a read waits for X-Read-After before answering 503 (default 5000 ms). */
  readonly readAfterTimeoutMs?: number;
  /** Lag counts stop there (default 10,000 events). */
  readonly eventsBehindCap?: number;
  /** /health says down beyond this lag (default: never, it only reports it). */
  readonly maxLagSeconds?: number;
  /** The projector: events per transaction while catching up (default 500). */
  readonly batchSize?: number;
  /** The projector: how often it looks for a switch of the live generation (default 1000 ms). */
  readonly switchPollMs?: number;
  /** The projector: how often it moves the checkpoint past skipped events (default 250 ms). */
  readonly idleAdvanceMs?: number;
  /** The projector: backoff after a failed batch (default 100 ms doubling up to 5 s). */
  readonly retry?: { readonly initialMs?: number; readonly maxMs?: number };
  /** `?asOf=`: how many past days' read models are kept built (default 12, least recently read dropped). */
  readonly asOfKeep?: number;
  /** `?asOf=`: events per transaction while building a past day's read models (default 1000). */
  readonly asOfBatchSize?: number;
}

/** Override in tests with `.overrideProvider(PROJECTION_ENGINE_OPTIONS).useValue({...})`. */
export const PROJECTION_ENGINE_OPTIONS = Symbol('PROJECTION_ENGINE_OPTIONS');
