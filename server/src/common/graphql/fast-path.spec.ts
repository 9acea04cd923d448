import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { graphqlFastPath } from './fast-path';

interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const HEADERS = ['content-type', 'content-length', 'content-security-policy', 'x-frame-options', 'x-powered-by'];

async function send(app: TestApp, init: RequestInit & { path?: string }): Promise<Exchange> {
  const res = await fetch(`${app.url}${init.path ?? '/graphql'}`, init);
  const body = (await res.text()).replace(/"stacktrace":\[[^\]]*\]/g, '"stacktrace":[]');
  return { status: res.status, headers: Object.fromEntries(HEADERS.map((h) => [h, res.headers.get(h) ?? ''])), body };
}

const json = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

describe('GraphQL fast path', () => {
  let fast: TestApp;
  let slow: TestApp;
  let token: string;

  beforeAll(async () => {
    [fast, slow] = await Promise.all([createTestApp({ GRAPHQL_FAST_PATH: 'true' }), createTestApp({ GRAPHQL_FAST_PATH: 'false' })]);
    token = await fast.login('admin@demo.local');
  });
  afterAll(async () => {
    await Promise.all([fast?.close(), slow?.close()]);
  });

  it('answers exactly as the Express stack does, errors included', async () => {
    const bearer = { authorization: `Bearer ${token}` };
    const cases: (RequestInit & { path?: string })[] = [
      json(JSON.stringify({ query: '{ officials(first: 3) { totalCount edges { cursor node { id fullName commune { name } } } } }' }), bearer),
      json(JSON.stringify({ query: 'query($f: OfficialFilter) { officials(filter: $f) { totalCount } }', variables: { f: { search: 'nguyen van' } } }), bearer),
      json(JSON.stringify({ query: '{ officials { totalCount } }' })),
      json(JSON.stringify({ query: '{ officials(first: 1000) { totalCount } }' }), bearer),
      json(JSON.stringify({ query: '{ officials { ' }), bearer),
      json(JSON.stringify({ query: 'mutation { login(input: { email: "nobody@demo.local", password: "wrong-password" }) { accessToken } }' })),
      json('{"query": '),
      json(''),
      json('{}'),
      json('[{"query":"{ __typename }"}]'),
      json(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=utf-8' }),
      json(JSON.stringify({ query: `{ __typename }`, extra: 'x'.repeat(1_100_000) })),
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) },
      { method: 'GET', path: '/graphql?query=%7B__typename%7D', headers: { 'apollo-require-preflight': '1' } },
      { ...json(JSON.stringify({ query: '{ __typename }' })), path: '/graphql?x=1' },
    ];
    for (const init of cases) {
      const [a, b] = [await send(fast, init), await send(slow, init)];
      expect({ request: init.body?.toString().slice(0, 80), ...a }).toEqual({ request: init.body?.toString().slice(0, 80), ...b });
    }
  });

  it('runs resolvers inside a MikroORM request context (the directory reads through it)', async () => {
    const res = await fast.gql<{ officials: { totalCount: number } }>('{ officials { totalCount } }', undefined, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.officials.totalCount).toBeGreaterThan(0);
  });

  it('passes every other request on to Express', () => {
    const middleware = graphqlFastPath({} as never, { path: '/graphql', bodyLimit: '1mb', context: () => ({}) });
    for (const req of [
      { method: 'GET', url: '/graphql', headers: {} },
      { method: 'POST', url: '/api/imports/officials', headers: { 'content-type': 'application/json' } },
      { method: 'POST', url: '/graphql', headers: { 'content-type': 'multipart/form-data; boundary=x' } },
      { method: 'POST', url: '/graphql?x=1', headers: { 'content-type': 'application/json' } },
    ]) {
      const next = vi.fn();
      middleware(req as never, {} as never, next);
      expect(next).toHaveBeenCalledWith();
    }
  });
});
