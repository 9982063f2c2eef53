import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { configureHttpApp } from '@giaoviec/platform';
import { ApiModule } from './api.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(ApiModule.withConfig(), { bufferLogs: true });
  configureHttpApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.http.port);
}

bootstrap().catch((error: unknown) => {
  // Config errors and unreachable components end up here: say what is wrong and stop.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
