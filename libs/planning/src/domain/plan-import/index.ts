export * from './plan-import-draft';
export * from './plan-text-facts';
export * from './plan-text-lines';
