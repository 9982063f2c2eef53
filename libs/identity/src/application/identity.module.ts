import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, CommandExecutionModule } from '@giaoviec/platform';
import { AuthThrottlerGuard, AUTH_THROTTLER } from './auth/auth-throttler.guard';
import { AuthController } from './auth/auth.controller';
import { CurrentUserController } from './auth/current-user.controller';
import { AuthService } from './auth/auth.service';
import { TokenService } from './auth/token.service';
import { CredentialsRepository } from './credentials/credentials.repository';
import { IDENTITY_PG_POOL, identityPoolProvider } from './credentials/identity-pool';
import { PasswordHasher } from './credentials/password-hasher';
import { LoginAttempts } from './users/login-attempts';
import { UserDirectoryReader } from './users/user-directory.reader';
import { UserOwnership } from './users/user-ownership';
import { USER_COMMAND_HANDLERS } from './users/user.handlers';
import { UsersController } from './users/users.controller';

/**
 * Users and their credentials without HTTP: the command handlers (register, change role
 * or agency, deactivate, reset or change a password) and the credentials tables. The CLI
 * runs on this module; the API on IdentityModule, which adds the routes.
 */
@Module({
  imports: [CommandExecutionModule],
  providers: [
    identityPoolProvider,
    CredentialsRepository,
    PasswordHasher,
    LoginAttempts,
    UserDirectoryReader,
    ...USER_COMMAND_HANDLERS,
  ],
  exports: [
    CommandExecutionModule,
    CredentialsRepository,
    PasswordHasher,
    LoginAttempts,
    UserDirectoryReader,
  ],
})
export class IdentityCommandsModule implements OnApplicationShutdown {
  constructor(@Inject(IDENTITY_PG_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Identity and access over HTTP: `/users` (administration) and `/auth` (login, refresh,
 * logout, own password, who am I). The auth routes are rate limited by their own guard; nothing
 * else in the API is throttled.
 */
@Module({
  imports: [
    IdentityCommandsModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: {
          algorithm: 'HS256',
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
          expiresIn: config.auth.accessTokenTtlSeconds,
        },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: AUTH_THROTTLER, ttl: 60_000, limit: config.auth.loginRateLimitPerMinute }],
      }),
    }),
  ],
  controllers: [UsersController, AuthController, CurrentUserController],
  providers: [AuthService, TokenService, AuthThrottlerGuard, UserOwnership],
})
export class IdentityModule {}
