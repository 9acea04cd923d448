import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createTestApp, DEMO, TEST_JWT_SECRET, type TestApp } from '../test/app';

const LOGIN = 'mutation($i: LoginInput!){ login(input: $i){ accessToken accessTokenExpiresAt refreshToken user { email role } } }';
const REFRESH = 'mutation($t: String!){ refreshToken(input: { refreshToken: $t }){ accessToken refreshToken } }';

let sut: TestApp;
beforeAll(async () => {
  // Small limits so the throttling tests need few attempts; distinct accounts per test keep them independent.
  sut = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '40' });
});
afterAll(() => sut?.close());

describe('AuthService', () => {
  it('signs in a demo user with a short-lived token and their role', async () => {
    const r = await sut.gql<any>(LOGIN, { i: { email: 'Admin@Demo.Local ', password: 'demo1234' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.login.user).toEqual({ email: DEMO.admin, role: 'ADMIN' });
    const ttl = new Date(r.data.login.accessTokenExpiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000);
    const me = await sut.gql<any>('{ me { email } }', {}, r.data.login.accessToken);
    expect(me.data.me.email).toBe(DEMO.admin);
  });

  it('refuses a wrong password and an unknown account with the same error', async () => {
    const wrong = await sut.gql(LOGIN, { i: { email: DEMO.lecturer, password: 'nope-nope' } });
    const unknown = await sut.gql(LOGIN, { i: { email: 'nobody@demo.local', password: 'demo1234' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('auth/invalid_credentials');
    expect(unknown.errors?.[0].extensions?.code).toBe('auth/invalid_credentials');
  });

  it('names a malformed email as a field error', async () => {
    const r = await sut.gql(LOGIN, { i: { email: 'not-an-email', password: 'demo1234' } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'validation/invalid_input', fields: { email: 'invalid_email' } });
  });

  it('locks an account after repeated wrong passwords, even for the right one, and says how long', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await sut.gql(LOGIN, { i: { email: DEMO.trainee, password: `wrong-${i}` } });
      expect(r.errors?.[0].extensions?.code).toBe('auth/invalid_credentials');
    }
    const locked = await sut.gql(LOGIN, { i: { email: DEMO.trainee, password: 'demo1234' } });
    expect(locked.errors?.[0].extensions?.code).toBe('auth/too_many_attempts');
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from the same address is not affected.
    const other = await sut.gql<any>(LOGIN, { i: { email: DEMO.coordinator, password: 'demo1234' } });
    expect(other.errors).toBeUndefined();
  });

  it('throttles one IP address across accounts', async () => {
    const app = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '4' });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await app.gql(LOGIN, { i: { email: `user${i}@demo.local`, password: 'whatever1' } });
        codes.push(String(r.errors?.[0].extensions?.code));
      }
      expect(codes.slice(0, 4)).toEqual(Array(4).fill('auth/invalid_credentials'));
      expect(codes.slice(4)).toEqual(['auth/too_many_attempts', 'auth/too_many_attempts']);
    } finally {
      await app.close();
    }
  });

  it('rotates refresh tokens and revokes the family when an old one is replayed', async () => {
    const first = (await sut.gql<any>(LOGIN, { i: { email: DEMO.lecturer, password: 'demo1234' } })).data.login.refreshToken;
    const second = await sut.gql<any>(REFRESH, { t: first });
    expect(second.errors).toBeUndefined();
    const replay = await sut.gql(REFRESH, { t: first });
    expect(replay.errors?.[0].extensions?.code).toBe('auth/refresh_invalid');
    // The replay revoked the token issued from it too.
    const afterReplay = await sut.gql(REFRESH, { t: second.data.refreshToken.refreshToken });
    expect(afterReplay.errors?.[0].extensions?.code).toBe('auth/refresh_invalid');
  });

  it('logout revokes the refresh token', async () => {
    const t = (await sut.gql<any>(LOGIN, { i: { email: DEMO.lecturer, password: 'demo1234' } })).data.login.refreshToken;
    expect((await sut.gql<any>('mutation($t: String){ logout(input: { refreshToken: $t }) }', { t })).data.logout).toBe(true);
    expect((await sut.gql(REFRESH, { t })).errors?.[0].extensions?.code).toBe('auth/refresh_invalid');
  });

  it('tells an expired access token apart from a forged one', async () => {
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const expired = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-0000-0000-000000000000')
      .setIssuer('giang-duong')
      .setAudience('gd-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    const forged = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-0000-0000-000000000000')
      .setIssuer('giang-duong')
      .setAudience('gd-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    expect((await sut.gql('{ me { id } }', {}, expired)).errors?.[0].extensions?.code).toBe('auth/token_expired');
    expect((await sut.gql('{ me { id } }', {}, forged)).errors?.[0].extensions?.code).toBe('auth/unauthenticated');
  });
});
