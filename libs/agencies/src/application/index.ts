export * from './agencies.module';
export * from './agency-directory.reader';
export * from './execute-agency-command';
