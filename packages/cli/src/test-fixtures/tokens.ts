import { createHmac } from 'node:crypto';
import type { Viewer } from '@learnlens/data-client';

/** The HS256 secret the test servers read from their environment. */
export const SECRET = 'a-cli-test-secret-of-at-least-32-bytes!';
/** The audience the test servers require. */
export const AUDIENCE = 'learnlens-cli-test';
/** The pseudonym salt of the test servers. */
export const SALT = 'cli-test-pseudonym-salt';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 JWT for `viewer`, as a host's backend signs it; `expiresIn` seconds from now (negative: expired). */
export function signToken(viewer: Viewer, expiresIn = 300, secret = SECRET): string {
  const now = Math.floor(Date.now() / 1000);
  const head = part({ alg: 'HS256', typ: 'JWT' });
  const body = part({ sub: viewer.userId, role: viewer.role, org_id: viewer.orgId, aud: AUDIENCE, iat: now, exp: now + expiresIn });
  return `${head}.${body}.${createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')}`;
}
