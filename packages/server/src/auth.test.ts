import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLearnlensHandler } from './handler.js';
import type { LearnlensServer } from './standalone.js';
import { AUDIENCE, claimsOf, hsToken, mockAdapter, NOW, post, SECRET, startTestServer, viewers } from './test-fixtures/harness.js';

const overview = { name: 'orgOverview', params: { now: NOW } };

async function expectUnauthorized(response: Response, reason: 'missing' | 'expired' | 'invalid'): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatchObject({ code: 'UNAUTHENTICATED', reason });
}

describe('HS256 tokens', () => {
  let server: LearnlensServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('should accept a valid HS256 token and run as the viewer it names', async () => {
    const response = await post(`${server.url}/query`, overview, await hsToken(viewers.admin));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { activeUsers: number }; viewer: unknown };
    expect(body.viewer).toEqual(viewers.admin);
    expect(body.result.activeUsers).toBeGreaterThan(0);
  });

  it('should answer 401 with no data when the token has expired', async () => {
    const token = await hsToken(viewers.admin, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) - 600).setExpirationTime(Math.floor(Date.now() / 1000) - 60));
    await expectUnauthorized(await post(`${server.url}/query`, overview, token), 'expired');
  });

  it('should answer 401 to a token minted for another audience', async () => {
    await expectUnauthorized(await post(`${server.url}/query`, overview, await hsToken(viewers.admin, (j) => j.setAudience('another-service'))), 'invalid');
  });

  it('should answer 401 to a token without an expiry', async () => {
    const token = await new SignJWT(claimsOf(viewers.admin)).setProtectedHeader({ alg: 'HS256' }).setAudience(AUDIENCE).sign(new TextEncoder().encode(SECRET));
    await expectUnauthorized(await post(`${server.url}/query`, overview, token), 'invalid');
  });

  it('should answer 401, expired, to a token older than the maximum age whatever its expiry', async () => {
    const now = Math.floor(Date.now() / 1000);
    const old = await hsToken(viewers.admin, (j) => j.setIssuedAt(now - 25 * 3600).setExpirationTime(now + 3600));
    await expectUnauthorized(await post(`${server.url}/query`, overview, old), 'expired');
  });

  it('should answer 401 to a token without an issue time, or one issued in the future', async () => {
    const noIat = await new SignJWT(claimsOf(viewers.admin)).setProtectedHeader({ alg: 'HS256' }).setAudience(AUDIENCE).setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
    await expectUnauthorized(await post(`${server.url}/query`, overview, noIat), 'invalid');
    const future = await hsToken(viewers.admin, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) + 600).setExpirationTime('20m'));
    await expectUnauthorized(await post(`${server.url}/query`, overview, future), 'invalid');
  });

  it('should answer 401 to a forged signature', async () => {
    const forged = await new SignJWT(claimsOf(viewers.admin))
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('an-attackers-guess-at-the-secret-32-bytes!'));
    await expectUnauthorized(await post(`${server.url}/query`, overview, forged), 'invalid');
  });

  it('should answer 401 when the payload of a genuine token was edited to claim another viewer', async () => {
    const [header, , signature] = (await hsToken(viewers.learner)).split('.');
    const payload = Buffer.from(JSON.stringify({ ...claimsOf(viewers.admin), aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
    await expectUnauthorized(await post(`${server.url}/query`, overview, `${header}.${payload}.${signature}`), 'invalid');
  });

  it('should answer 401 to an unsigned token (alg none)', async () => {
    const token = new UnsecuredJWT(claimsOf(viewers.admin)).setAudience(AUDIENCE).setExpirationTime('5m').encode();
    await expectUnauthorized(await post(`${server.url}/query`, overview, token), 'invalid');
  });

  it('should answer 401 when there is no token, or the header is not a bearer token', async () => {
    await expectUnauthorized(await post(`${server.url}/query`, overview), 'missing');
    await expectUnauthorized(await post(`${server.url}/query`, overview, undefined, { Authorization: `Basic ${btoa('a:b')}` }), 'missing');
    await expectUnauthorized(await fetch(`${server.url}/catalog`), 'missing');
  });

  it('should answer 401 to a token whose claims do not name a valid viewer', async () => {
    const token = await hsToken({ ...viewers.admin, role: 'superuser' as 'admin' });
    await expectUnauthorized(await post(`${server.url}/query`, overview, token), 'invalid');
    const noOrg = await new SignJWT({ sub: viewers.admin.userId, role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    await expectUnauthorized(await post(`${server.url}/query`, overview, noOrg), 'invalid');
  });

  it('should answer 401 to a malformed token', async () => {
    await expectUnauthorized(await post(`${server.url}/query`, overview, 'not.a.jwt'), 'invalid');
    await expectUnauthorized(await post(`${server.url}/query`, overview, 'x'.repeat(10_000)), 'invalid');
  });
});

describe('RS256 tokens', () => {
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let pemServer: LearnlensServer;
  let jwkServer: LearnlensServer;
  const rsToken = (viewer = viewers.manager) =>
    new SignJWT(claimsOf(viewer)).setProtectedHeader({ alg: 'RS256' }).setAudience(AUDIENCE).setIssuer('https://auth.example').setIssuedAt().setExpirationTime('5m').sign(keys.privateKey);

  beforeAll(async () => {
    keys = await generateKeyPair('RS256', { extractable: true });
    const auth = { audience: AUDIENCE, issuer: 'https://auth.example' };
    pemServer = await startTestServer({ auth: { ...auth, publicKey: await exportSPKI(keys.publicKey) } });
    jwkServer = await startTestServer({ auth: { ...auth, publicKey: await exportJWK(keys.publicKey) } });
  });
  afterAll(() => Promise.all([pemServer.close(), jwkServer.close()]));

  it('should accept an RS256 token verified with a PEM public key', async () => {
    const response = await post(`${pemServer.url}/query`, overview, await rsToken());
    expect(response.status).toBe(200);
    expect(((await response.json()) as { viewer: unknown }).viewer).toEqual(viewers.manager);
  });

  it('should accept an RS256 token verified with a JWK public key', async () => {
    expect((await post(`${jwkServer.url}/query`, overview, await rsToken())).status).toBe(200);
  });

  it('should answer 401 to a token from another issuer', async () => {
    const token = await new SignJWT(claimsOf(viewers.manager)).setProtectedHeader({ alg: 'RS256' }).setAudience(AUDIENCE).setIssuer('https://evil.example').setIssuedAt().setExpirationTime('5m').sign(keys.privateKey);
    await expectUnauthorized(await post(`${pemServer.url}/query`, overview, token), 'invalid');
  });

  it('should answer 401 to a token signed by another key pair', async () => {
    const other = await generateKeyPair('RS256');
    const token = await new SignJWT(claimsOf(viewers.manager)).setProtectedHeader({ alg: 'RS256' }).setAudience(AUDIENCE).setIssuer('https://auth.example').setIssuedAt().setExpirationTime('5m').sign(other.privateKey);
    await expectUnauthorized(await post(`${pemServer.url}/query`, overview, token), 'invalid');
  });

  it('should answer 401 to an HS256 token whose secret is the public key (algorithm confusion)', async () => {
    const pem = await exportSPKI(keys.publicKey);
    const token = await new SignJWT(claimsOf(viewers.admin)).setProtectedHeader({ alg: 'HS256' }).setAudience(AUDIENCE).setIssuer('https://auth.example').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(pem));
    await expectUnauthorized(await post(`${pemServer.url}/query`, overview, token), 'invalid');
  });
});

describe('auth configuration', () => {
  const base = { adapter: mockAdapter(), privacy: { pseudonymSalt: 'server-side-secret-salt' } };

  it('should refuse "none" and algorithms of the other key family at start-up', () => {
    expect(() => createLearnlensHandler({ ...base, auth: { secret: SECRET, audience: AUDIENCE, algorithms: ['none'] } })).toThrow(/"none"/);
    expect(() => createLearnlensHandler({ ...base, auth: { secret: SECRET, audience: AUDIENCE, algorithms: ['RS256'] } })).toThrow(/RS256/);
  });

  it('should apply a configured maximum token age', async () => {
    const strict = await startTestServer({ auth: { secret: SECRET, audience: AUDIENCE, maxTokenAgeSeconds: 60 } });
    try {
      const now = Math.floor(Date.now() / 1000);
      const twoMinutes = await hsToken(viewers.admin, (j) => j.setIssuedAt(now - 120).setExpirationTime(now + 600));
      await expectUnauthorized(await post(`${strict.url}/query`, overview, twoMinutes), 'expired');
      expect((await post(`${strict.url}/query`, overview, await hsToken(viewers.admin))).status).toBe(200);
    } finally {
      await strict.close();
    }
    expect(() => createLearnlensHandler({ ...base, auth: { secret: SECRET, audience: AUDIENCE, maxTokenAgeSeconds: 0 } })).toThrow(/maxTokenAgeSeconds/);
  });

  it('should refuse a short secret, both keys at once, and a missing audience', () => {
    expect(() => createLearnlensHandler({ ...base, auth: { secret: 'short', audience: AUDIENCE } })).toThrow(/32 bytes/);
    expect(() => createLearnlensHandler({ ...base, auth: { secret: SECRET, publicKey: '-', audience: AUDIENCE } })).toThrow(/exactly one/);
    expect(() => createLearnlensHandler({ ...base, auth: { secret: SECRET, audience: '' } })).toThrow(/audience/);
  });

  it('should refuse to start without a pseudonym salt unless peer names are allowed', () => {
    const auth = { secret: SECRET, audience: AUDIENCE };
    expect(() => createLearnlensHandler({ adapter: base.adapter, auth, privacy: {} as never })).toThrow(/pseudonymSalt/);
    expect(() => createLearnlensHandler({ adapter: base.adapter, auth, privacy: { showPeerNames: true } })).not.toThrow();
  });

  it('should map claims with a custom claimsToViewer', async () => {
    const server = await startTestServer({
      auth: {
        secret: SECRET,
        audience: AUDIENCE,
        claimsToViewer: (p) => ({ userId: String(p.uid), role: p['https://example.com/role'] as 'admin', orgId: String(p.tenant) }),
      },
    });
    try {
      const token = await new SignJWT({ uid: viewers.admin.userId, 'https://example.com/role': 'admin', tenant: viewers.admin.orgId })
        .setProtectedHeader({ alg: 'HS256' })
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(SECRET));
      const response = await post(`${server.url}/query`, overview, token);
      expect(((await response.json()) as { viewer: unknown }).viewer).toEqual(viewers.admin);
    } finally {
      await server.close();
    }
  });
});
