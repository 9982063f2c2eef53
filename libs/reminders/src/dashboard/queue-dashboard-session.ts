import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@giaoviec/config';
import type { Actor, Clock } from '@giaoviec/kernel';
import { ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from '@giaoviec/platform';

/**
 * A browser opens /queues as a page, which cannot send a bearer header: an administrator's web
 * application asks for this cookie first. It holds a token of its own audience, so it opens
 * the dashboard and nothing else, and goes only to /queues (Path), never cross-site
 * (SameSite=Strict, which also keeps the dashboard's retry and clean buttons from a forged
 * form), out of reach of page scripts (HttpOnly).
 */
export const QUEUE_DASHBOARD_COOKIE = 'giaoviec_queues';
export const QUEUE_DASHBOARD_AUDIENCE = 'giaoviec-queue-dashboard';

export interface QueueDashboardSession {
  readonly token: string;
  readonly maxAgeSeconds: number;
}

/** As long as an access token lives: the dashboard is no longer open than the API. */
export function signQueueDashboardSession(
  actor: Actor,
  config: AppConfig,
  clock: Clock,
): QueueDashboardSession {
  const maxAgeSeconds = config.auth.accessTokenTtlSeconds;
  const nowSeconds = Math.floor(clock.now().getTime() / 1000);
  const claims: AccessTokenClaims & { iat: number; exp: number } = {
    sub: actor.userId,
    agency: actor.agencyId,
    role: actor.role,
    typ: 'access',
    iat: nowSeconds,
    exp: nowSeconds + maxAgeSeconds,
  };
  const token = new JwtService({ secret: config.auth.jwtSecret }).sign(claims, {
    algorithm: 'HS256',
    issuer: ACCESS_TOKEN_ISSUER,
    audience: QUEUE_DASHBOARD_AUDIENCE,
  });
  return { token, maxAgeSeconds };
}
