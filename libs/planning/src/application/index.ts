export * from './planning.commands';
export * from './planning.module';
export * from './planning.views';
