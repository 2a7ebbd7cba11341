import { createHmac } from 'node:crypto';
import type { Viewer } from '@learnlens/data-client';

/** The HS256 secret of the test servers. */
export const SECRET = 'adapter-http-test-secret-of-at-least-32-bytes';
/** The audience of the test servers. */
export const AUDIENCE = 'learnlens-adapter-http-test';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs an HS256 JWT for `viewer`, as a host's backend would (expires in `expiresIn` seconds; negative = expired). */
export function signToken(viewer: Viewer, expiresIn = 300): string {
  const now = Math.floor(Date.now() / 1000);
  const head = part({ alg: 'HS256', typ: 'JWT' });
  const body = part({ sub: viewer.userId, role: viewer.role, org_id: viewer.orgId, aud: AUDIENCE, iat: now, exp: now + expiresIn });
  const signature = createHmac('sha256', SECRET).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}
