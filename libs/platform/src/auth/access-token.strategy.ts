import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { Actor, Clock } from '@giaoviec/kernel';
import { CLOCK } from '../clock/clock.token';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from './access-token-claims';
import { actorFromClaims } from './actor-from-claims';

export const ACCESS_TOKEN_STRATEGY = 'access-token';

/** Why a bearer token was refused; ActorGuard turns it into the 401's detail. */
export class TokenRefused extends Error {
  constructor(
    message: string,
    /** `expired` when only its lifetime is over (a refresh helps), `invalid` otherwise. */
    readonly reason: 'expired' | 'invalid' = 'invalid',
  ) {
    super(message);
  }
}

/**
 * Verifies bearer access tokens (signature, issuer, audience) with passport-jwt, then
 * checks expiry against the injected clock, so tests move time instead of waiting.
 */
@Injectable()
export class AccessTokenStrategy extends PassportStrategy(Strategy, ACCESS_TOKEN_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.auth.jwtSecret,
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      algorithms: ['HS256'],
      ignoreExpiration: true,
    });
  }

  validate(claims: AccessTokenClaims & { exp?: number; nbf?: number }): Actor {
    const nowSeconds = this.clock.now().getTime() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds)
      throw new TokenRefused('The access token has expired; log in again or refresh it', 'expired');
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds)
      throw new TokenRefused('The access token is not valid yet');
    const actor = actorFromClaims(claims as unknown as Record<string, unknown>);
    if (!actor) throw new TokenRefused('The access token does not name a user, an agency and a role');
    return actor;
  }
}
