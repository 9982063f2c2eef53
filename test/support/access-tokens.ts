import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '@giaoviec/config';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@giaoviec/platform';

export interface TestActor {
  readonly userId: string;
  readonly agencyId: string;
  readonly role: string;
}

/**
 * A signed access token as POST /auth/login issues it, for tests that are about something
 * other than logging in. Valid for the test clock's dates unless told otherwise.
 */
export function accessTokenFor(
  actor: TestActor,
  options: { issuedAt?: Date; expiresAt?: Date; secret?: string } = {},
): string {
  const iat = Math.floor((options.issuedAt ?? new Date('2026-01-01T00:00:00Z')).getTime() / 1000);
  const exp = Math.floor((options.expiresAt ?? new Date('2099-12-31T00:00:00Z')).getTime() / 1000);
  return new JwtService({ secret: options.secret ?? DEVELOPMENT_JWT_SECRET }).sign(
    { sub: actor.userId, agency: actor.agencyId, role: actor.role, typ: 'access', iat, exp },
    { algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE },
  );
}

/** Request headers authenticating as the actor. */
export function actorHeaders(actor: TestActor): Record<string, string> {
  return { Authorization: `Bearer ${accessTokenFor(actor)}` };
}
