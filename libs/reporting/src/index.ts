export * from './projection';
export * from './read-models';
export * from './reporting.module';
