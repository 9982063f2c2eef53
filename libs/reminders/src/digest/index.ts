export * from './digest-content';
export * from './digest.module';
export * from './digest.processor';
export * from './digest.queue';
export * from './digest.reader';
export * from './digest.service';
