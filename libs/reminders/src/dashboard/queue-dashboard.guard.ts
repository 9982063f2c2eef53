import { JwtService } from '@nestjs/jwt';
import { parse as parseCookies } from 'cookie';
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
import { QUEUE_DASHBOARD_ROUTE, QUEUE_DASHBOARD_WEB_SCREEN } from './queue-dashboard.route';
import { QUEUE_DASHBOARD_AUDIENCE, QUEUE_DASHBOARD_COOKIE } from './queue-dashboard-session';

export const QUEUE_DASHBOARD_ACTION = 'operations.queue_dashboard';

/** A person's browser asking for the page: sent to the web application's screen, which signs it in. */
const wantsThePage = (request: Request) =>
  request.method === 'GET' &&
  !request.originalUrl.startsWith(`${QUEUE_DASHBOARD_ROUTE}/api/`) &&
  request.accepts(['json', 'html']) === 'html';

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
 * What the request presents: a bearer access token (API clients), else the dashboard's own
 * cookie (a browser, after the web application asked for it), each checked for its audience.
 */
function presentedToken(request: Request): { token: string; audience: string } | undefined {
  const header = request.headers.authorization;
  const bearer = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  if (bearer) return { token: bearer, audience: ACCESS_TOKEN_AUDIENCE };
  const cookie = parseCookies(request.headers.cookie ?? '')[QUEUE_DASHBOARD_COOKIE];
  return cookie ? { token: cookie, audience: QUEUE_DASHBOARD_AUDIENCE } : undefined;
}

/**
 * The guard of the bull-board dashboard. Its routes are express middleware, which the API's
 * global guards never see, so this does their work: verifies the bearer access token or the
 * dashboard cookie (HS256, issuer, audience, expiry against the injected clock) and lets
 * through only the roles POLICY_TABLE['operations.queue_dashboard'] allows (admin). 401 / 403
 * as problems.
 */
export function queueDashboardGuard(config: AppConfig, clock: Clock) {
  const jwt = new JwtService({ secret: config.auth.jwtSecret });
  const roles = POLICY_TABLE[QUEUE_DASHBOARD_ACTION].roles;
  return (request: Request, response: Response, next: NextFunction): void => {
    const refuse = (status: 401 | 403, detail: string) =>
      status === 401 && wantsThePage(request)
        ? response.redirect(303, `${QUEUE_DASHBOARD_WEB_SCREEN}?mo=1`)
        : problem(response, status, detail);
    const presented = presentedToken(request);
    if (!presented) {
      refuse(
        401,
        'Send an access token (Authorization: Bearer <token>, from POST /auth/login), or open the dashboard from the web application',
      );
      return;
    }
    let claims: Record<string, unknown>;
    try {
      claims = jwt.verify<Record<string, unknown>>(presented.token, {
        algorithms: ['HS256'],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: presented.audience,
        ignoreExpiration: true,
      });
    } catch (error) {
      refuse(401, `The access token was refused: ${(error as Error).message}`);
      return;
    }
    const nowSeconds = clock.now().getTime() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) {
      refuse(401, 'The access token has expired; log in again or refresh it');
      return;
    }
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds) {
      refuse(401, 'The access token is not valid yet');
      return;
    }
    const actor = actorFromClaims(claims);
    if (!actor) {
      refuse(401, 'The access token does not name a user, an agency and a role');
      return;
    }
    if (roles[actor.role as PolicyRole] !== 'any') {
      refuse(403, `The role ${actor.role} may not open the queue dashboard.`);
      return;
    }
    request.actor = actor;
    next();
  };
}
