export * from './projection';
export * from './read-model-store';
export * from './read-models-behind.error';
export * from './read-after.interceptor';
export {
  assertIdentifier,
  generationSchemaName,
  isAtOrPast,
  readGenerationCheckpoint,
  type EngineLogger,
} from './generation-sql';
export * from './read-model-generations';
export * from './as-of/as-of-generations';
export * from './as-of/as-of-read-model-store';
export * from './as-of/point-in-time-reads';
export * from './as-of/replay-recorded-before';
export * from './as-of/log-prefix';
export * from './as-of/copy-generation-tables';
export * from './as-of/as-of-preparing';
export * from './as-of/as-of-background-builds';
export * from './as-of/as-of-build.queue';
export * from './as-of/as-of-build-queue.module';
export * from './as-of/as-of-build.processor';
export * from './as-of/as-of-builds-worker.module';
export * from './as-of/days-to-prebuild';
export * from './projection-runner';
export * from './postgres-read-model-store';
export * from './projection-lag';
export * from './projection-metrics';
export * from './metrics.controller';
export * from './projection-catalog';
export * from './rebuild-read-models';
export * from './read-model-rebuilder';
export * from './projection-engine.options';
export * from './projection-engine.module';
export * from './projection-http.module';
