import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from './app-config';
import { loadAppConfig } from './load-app-config';

/**
 * Reads .env (via @nestjs/config) and the process environment once at boot, fails fast on
 * anything invalid, and provides the typed AppConfig. Tests pass overrides instead.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(overrides: Record<string, string> = {}): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ isGlobal: false, cache: true })],
      providers: [
        {
          provide: APP_CONFIG,
          useFactory: (): AppConfig => loadAppConfig({ ...process.env, ...overrides }),
        },
      ],
      exports: [APP_CONFIG],
    };
  }
}
