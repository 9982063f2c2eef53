export * from './evidence-samples';
export * from './evidence-blob-store.contract';
