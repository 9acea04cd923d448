import { decodeJwt, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, DEMO, TEST_JWT_SECRET, type TestApp } from '../../test/app';

let sut: TestApp;
let adminToken: string;
let communeId: string;

beforeAll(async () => {
  sut = await createTestApp();
  adminToken = await sut.login(DEMO.admin);
  const r = await sut.gql<any>('{ provinces { communes { id } } }', {}, adminToken);
  communeId = r.data.provinces[0].communes[0].id;
});
afterAll(() => sut?.close());
afterEach(() => vi.useRealTimers());

/** The admin's token re-signed to expire at `exp` (epoch seconds), like one the server signed with a short TTL. */
async function adminTokenExpiringAt(exp: number): Promise<string> {
  const { role, cid, oid, sub } = decodeJwt(adminToken);
  return new SignJWT({ role, cid, oid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub!)
    .setIssuer('giang-duong')
    .setAudience('gd-api')
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/** A socket that never reconnects, with one officialChanged subscription started once connected (or at once). */
function connect(token: string, { subscribeAfterConnect = false } = {}) {
  const client = sut.subscriptionClient(token);
  const received: string[] = [];
  const errors: unknown[] = [];
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) =>
    client.on('closed', (e) => {
      const { code, reason } = e as { code: number; reason: string };
      resolve({ code, reason: String(reason), at: Date.now() });
    }),
  );
  const subscribe = () =>
    client.subscribe(
      { query: 'subscription { officialChanged { id } }' },
      {
        next: (v) => (v.errors ? errors.push(v.errors) : received.push((v.data as any).officialChanged.id)),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
  if (!subscribeAfterConnect) subscribe();
  return { client, received, errors, connected, closed, subscribe };
}

async function changeAnOfficial(): Promise<string> {
  const r = await sut.gql<any>(
    'mutation($i: CreateOfficialInput!){ createOfficial(input: $i) { id } }',
    { i: { fullName: 'Lò Văn Hùng', gender: 'MALE', ethnicity: 'Thái', communeId, bloc: 'FRONT', position: 'SPECIALIST' } },
    adminToken,
  );
  return r.data.createOfficial.id;
}

async function until(check: () => boolean, ms = 3_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('subscriptionAuth', () => {
  it('delivers events until the access token expires, then closes the socket with 4401 auth/token_expired', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3;
    const s = connect(await adminTokenExpiringAt(exp));
    await s.connected;
    await new Promise((r) => setTimeout(r, 100));
    const before = await changeAnOfficial();
    await until(() => s.received.includes(before));

    const closed = await s.closed;
    expect(closed).toMatchObject({ code: 4401, reason: 'auth/token_expired' });
    expect(closed.at).toBeGreaterThanOrEqual(exp * 1000 - 50);
    expect(closed.at).toBeLessThan(exp * 1000 + 1_500);
    // The subscription ended with the socket: later changes are not delivered.
    await until(() => s.errors.length > 0);
    const after = await changeAnOfficial();
    await new Promise((r) => setTimeout(r, 300));
    expect(s.received).not.toContain(after);
    await s.client.dispose();
  });

  it('refuses a socket whose token has already expired with 4401, so the client knows to renew it', async () => {
    const s = connect(await adminTokenExpiringAt(Math.floor(Date.now() / 1000) - 1));
    expect(await s.closed).toMatchObject({ code: 4401, reason: 'auth/token_expired' });
    expect(s.received).toEqual([]);
  });

  it('refuses a forged token with 4403, as before', async () => {
    const s = connect(adminToken.slice(0, -4) + 'AAAA');
    expect((await s.closed).code).toBe(4403);
  });

  it('refuses a subscription started after the token expired, even before the expiry timer fired', async () => {
    const s = connect(adminToken, { subscribeAfterConnect: true });
    await s.connected;
    // Only the clock moves past the token's 15-minute expiry; the server's expiry timer is still far off.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60 * 60_000 });
    s.subscribe();
    const closed = await s.closed;
    vi.useRealTimers();
    expect(closed).toMatchObject({ code: 4401, reason: 'auth/token_expired' });
    await until(() => s.errors.length > 0);
    const after = await changeAnOfficial();
    await new Promise((r) => setTimeout(r, 300));
    expect(s.received).not.toContain(after);
  });

  it('keeps a socket with a valid token open and delivering across several subscriptions', async () => {
    const s = connect(adminToken);
    await s.connected;
    s.subscribe();
    await new Promise((r) => setTimeout(r, 100));
    const id = await changeAnOfficial();
    await until(() => s.received.filter((r) => r === id).length === 2);
    expect(s.errors).toEqual([]);
    await s.client.dispose();
  });
});
