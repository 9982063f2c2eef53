export * from './app-config';
export * from './app-config.module';
export * from './environment-variables';
export * from './load-app-config';
export * from './repository-root';
