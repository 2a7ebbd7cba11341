import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLearnlensHandler } from './handler.js';
import type { LearnlensServer } from './standalone.js';
import { AUDIENCE, claimsOf, mockAdapter, NOW, post, startTestServer, viewers } from './test-fixtures/harness.js';

const overview = { name: 'orgOverview', params: { now: NOW } };
const ISSUER = 'https://idp.example';

interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string, alg: 'RS256' | 'ES256' | 'EdDSA'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

function sign(key: SigningKey, claims: JWTPayload = claimsOf(viewers.admin), kid: string | undefined = key.kid): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, ...(kid !== undefined && { kid }) })
    .setAudience(AUDIENCE)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key.privateKey);
}

/** An identity provider's key endpoint on loopback: serves whatever `keys` holds now, and counts the fetches. */
class JwksServer {
  keys: JWK[] = [];
  fetches = 0;
  status = 200;
  private server: Server = createServer((_req, res) => {
    this.fetches++;
    res.writeHead(this.status, { 'Content-Type': 'application/json' });
    res.end(this.status === 200 ? JSON.stringify({ keys: this.keys }) : '{"error":"down"}');
  });
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('tokens verified with a JWKS URL', () => {
  const jwks = new JwksServer();
  let rsa: SigningKey;
  let ec: SigningKey;
  let ed: SigningKey;
  let rotated: SigningKey;
  let server: LearnlensServer;

  beforeAll(async () => {
    [rsa, ec, ed, rotated] = await Promise.all([signingKey('rsa-1', 'RS256'), signingKey('ec-1', 'ES256'), signingKey('ed-1', 'EdDSA'), signingKey('rsa-2', 'RS256')]);
    await jwks.start();
    server = await startTestServer({ auth: { jwksUrl: jwks.url, audience: AUDIENCE, issuer: ISSUER, jwks: { cooldownSeconds: 0 } } });
  });
  beforeEach(() => {
    jwks.keys = [rsa.jwk, ec.jwk, ed.jwk];
    jwks.status = 200;
  });
  afterAll(() => Promise.all([server?.close(), jwks.close()]));

  it('should accept RS256, ES256 and EdDSA tokens whose kid is in the set, fetching the set once', async () => {
    const before = jwks.fetches;
    for (const key of [rsa, ec, ed, rsa, ec, ed]) {
      const response = await post(`${server.url}/query`, overview, await sign(key));
      expect(response.status, key.alg).toBe(200);
      expect(((await response.json()) as { viewer: unknown }).viewer).toEqual(viewers.admin);
    }
    // Keys are cached by kid: six tokens, at most the first fetch.
    expect(jwks.fetches - before).toBeLessThanOrEqual(1);
  });

  it('should pick up a rotated key by refetching the set when a token names a new kid', async () => {
    const token = await sign(rotated);
    await post(`${server.url}/query`, overview, await sign(rsa));
    jwks.keys = [rotated.jwk, ec.jwk];
    const before = jwks.fetches;
    expect((await post(`${server.url}/query`, overview, token)).status).toBe(200);
    expect(jwks.fetches).toBe(before + 1);
    // The retired key is gone from the cached set: its tokens are refused.
    const retired = await post(`${server.url}/query`, overview, await sign(rsa));
    expect(retired.status).toBe(401);
  });

  it("should answer 401 to an unknown kid, and to a stranger's key claiming a known kid", async () => {
    const stranger = await signingKey('rsa-1', 'RS256');
    for (const token of [await sign(rsa, claimsOf(viewers.admin), 'nobody-knows-me'), await sign(stranger)]) {
      const response = await post(`${server.url}/query`, overview, token);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: unknown }).error).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'invalid' });
    }
  });

  it('should answer 401 to an HS256 token signed with a published public key (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(rsa.jwk));
    const token = await new SignJWT(claimsOf(viewers.admin))
      .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
      .setAudience(AUDIENCE)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(secret);
    expect((await post(`${server.url}/query`, overview, token)).status).toBe(401);
  });

  it('should answer 503 with Retry-After, not 401, when the key set cannot be fetched', async () => {
    const down = new JwksServer();
    await down.start();
    down.status = 500;
    const other = await startTestServer({ auth: { jwksUrl: down.url, audience: AUDIENCE, issuer: ISSUER } });
    try {
      const response = await post(`${other.url}/query`, overview, await sign(rsa));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await response.json()) as { error: unknown }).error).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    } finally {
      await other.close();
      await down.close();
    }
  });
});

describe('claim mapping', () => {
  const jwks = new JwksServer();
  let key: SigningKey;
  beforeAll(async () => {
    key = await signingKey('supabase-1', 'ES256');
    jwks.keys = [key.jwk];
    await jwks.start();
  });
  afterAll(() => jwks.close());

  it("should read a Supabase token's sub and app_metadata", async () => {
    const server = await startTestServer({
      auth: { jwksUrl: jwks.url, audience: AUDIENCE, issuer: ISSUER, claims: { role: 'app_metadata.learnlens_role', orgId: 'app_metadata.org_id' } },
    });
    try {
      const supabase = {
        sub: viewers.manager.userId,
        role: 'authenticated',
        app_metadata: { provider: 'email', learnlens_role: 'manager', org_id: viewers.manager.orgId },
        user_metadata: { role: 'admin', org_id: viewers.otherAdmin.orgId },
      };
      const response = await post(`${server.url}/query`, overview, await sign(key, supabase));
      expect(response.status).toBe(200);
      expect(((await response.json()) as { viewer: unknown }).viewer).toEqual(viewers.manager);
      // The user-editable user_metadata is never read, and a missing mapped claim is no viewer.
      const noApp = await post(`${server.url}/query`, overview, await sign(key, { sub: viewers.manager.userId, role: 'manager', org_id: viewers.manager.orgId }));
      expect(noApp.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('should take path segments for claim names that hold dots', async () => {
    const server = await startTestServer({
      auth: { jwksUrl: jwks.url, audience: AUDIENCE, issuer: ISSUER, claims: { role: ['https://example.com/claims', 'role'], orgId: ['https://example.com/claims', 'org'] } },
    });
    try {
      const claims = { sub: viewers.admin.userId, 'https://example.com/claims': { role: 'admin', org: viewers.admin.orgId } };
      expect((await post(`${server.url}/query`, overview, await sign(key, claims))).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('should refuse a JWKS URL over plain http off loopback, an HMAC algorithm with it, and an empty claim path', () => {
    const base = { adapter: mockAdapter(), privacy: { pseudonymSalt: 'server-side-secret-salt' } };
    expect(() => createLearnlensHandler({ ...base, auth: { jwksUrl: 'http://idp.example/jwks.json', audience: AUDIENCE } })).toThrow(/https/);
    expect(() => createLearnlensHandler({ ...base, auth: { jwksUrl: jwks.url, audience: AUDIENCE, algorithms: ['HS256'] } })).toThrow(/HS256/);
    expect(() => createLearnlensHandler({ ...base, auth: { jwksUrl: jwks.url, secret: 'x'.repeat(40), audience: AUDIENCE } })).toThrow(/exactly one/);
    expect(() => createLearnlensHandler({ ...base, auth: { jwksUrl: jwks.url, audience: AUDIENCE, claims: { role: '' } } })).toThrow(/claims\.role/);
  });
});
