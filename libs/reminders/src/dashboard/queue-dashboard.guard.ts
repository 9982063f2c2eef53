import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@giaoviec/config';
import type { Clock } from '@giaoviec/kernel';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  actorFromClaims,
  POLICY_TABLE,
  type PolicyRole,
} from '@giaoviec/platform';

export const QUEUE_DASHBOARD_ACTION = 'operations.queue_dashboard';

function problem(response: Response, status: 401 | 403, detail: string): void {
  const rule = status === 401 ? 'auth.unauthenticated' : 'auth.forbidden';
  response
    .status(status)
    .type('application/problem+json')
    .json({
      type: `urn:giaoviec:problem:${rule}`,
      title: status === 401 ? 'Not authenticated' : 'Not allowed',
      status,
      rule,
      detail,
      ...(status === 403 ? { action: QUEUE_DASHBOARD_ACTION } : {}),
    });
}

/**
 * The guard of the bull-board dashboard. Its routes are express middleware, which the API's
 * global guards never see, so this does their work: verifies the bearer access token
 * (HS256, issuer, audience, expiry against the injected clock) and lets through only the
 * roles POLICY_TABLE['operations.queue_dashboard'] allows (admin). 401 / 403 as problems.
 */
export function queueDashboardGuard(config: AppConfig, clock: Clock) {
  const jwt = new JwtService({ secret: config.auth.jwtSecret });
  const roles = POLICY_TABLE[QUEUE_DASHBOARD_ACTION].roles;
  return (request: Request, response: Response, next: NextFunction): void => {
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    if (!token) {
      problem(
        response,
        401,
        'Send an access token: Authorization: Bearer <token> (get one from POST /auth/login)',
      );
      return;
    }
    let claims: Record<string, unknown>;
    try {
      claims = jwt.verify<Record<string, unknown>>(token, {
        algorithms: ['HS256'],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        ignoreExpiration: true,
      });
    } catch (error) {
      problem(response, 401, `The access token was refused: ${(error as Error).message}`);
      return;
    }
    const nowSeconds = clock.now().getTime() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) {
      problem(response, 401, 'The access token has expired; log in again or refresh it');
      return;
    }
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds) {
      problem(response, 401, 'The access token is not valid yet');
      return;
    }
    const actor = actorFromClaims(claims);
    if (!actor) {
      problem(response, 401, 'The access token does not name a user, an agency and a role');
      return;
    }
    if (roles[actor.role as PolicyRole] !== 'any') {
      problem(response, 403, `The role ${actor.role} may not open the queue dashboard.`);
      return;
    }
    request.actor = actor;
    next();
  };
}
