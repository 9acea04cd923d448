import { ApolloServer } from '@apollo/server';
import { GraphQLError, GraphQLSchema, buildSchema } from 'graphql';
import * as jit from 'graphql-jit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compiledExecutionPlugin } from './compiled-execution';

vi.mock('graphql-jit', async (importActual) => {
  const actual = await importActual<typeof import('graphql-jit')>();
  return { ...actual, compileQuery: vi.fn(actual.compileQuery) };
});

const sdl = `
  enum Bloc { PARTY GOVERNMENT }
  type Commune { id: ID! name: String! }
  type Official { id: ID! name: String! bloc: Bloc commune: Commune! age: Int }
  type Query {
    officials(first: Int = 2): [Official!]!
    failing: String
    broken: Official!
    official(id: ID!): Official
  }
  type Mutation { rename(id: ID!, name: String!): Official }
`;

function schema(): GraphQLSchema {
  const s = buildSchema(sdl);
  const commune = { id: 'c1', name: 'Quỳnh Lưu' };
  const rows = [
    { id: 'o1', name: 'Nguyễn Văn An', bloc: 'PARTY', commune, age: 41 },
    { id: 'o2', name: 'Trần Thị Bình', bloc: 'GOVERNMENT', commune, age: null },
    { id: 'o3', name: 'Lê Văn Cường', bloc: null, commune, age: 35 },
  ];
  const q = s.getQueryType()!.getFields();
  q.officials.resolve = async (_r, args: { first: number }) => rows.slice(0, args.first);
  q.failing.resolve = () => {
    throw new GraphQLError('nope', { extensions: { code: 'test/failing' } });
  };
  q.broken.resolve = () => null;
  q.official.resolve = (_r, args: { id: string }) => rows.find((r) => r.id === args.id) ?? null;
  s.getMutationType()!.getFields().rename.resolve = (_r, args: { id: string; name: string }) => ({ ...rows[0], name: args.name });
  return s;
}

async function servers() {
  const plain = new ApolloServer({ schema: schema() });
  const compiled = new ApolloServer({ schema: schema(), plugins: [compiledExecutionPlugin()] });
  await Promise.all([plain.start(), compiled.start()]);
  return { plain, compiled };
}

async function both(query: string, variables?: Record<string, unknown>) {
  const { plain, compiled } = await servers();
  const [a, b] = await Promise.all([plain.executeOperation({ query, variables }), compiled.executeOperation({ query, variables })]);
  await Promise.all([plain.stop(), compiled.stop()]);
  return { plain: a, compiled: b };
}

const compileQuery = vi.mocked(jit.compileQuery);

describe('compiledExecutionPlugin', () => {
  afterEach(() => compileQuery.mockClear());

  it('answers a query through graphql-jit with exactly what graphql-js answers', async () => {
    const query = `query($n: Int) { officials(first: $n) { id name bloc age commune { id name } __typename } }`;
    const { plain, compiled } = await both(query, { n: 3 });
    expect(compileQuery).toHaveBeenCalledTimes(1);
    expect(compiled.body).toEqual(plain.body);
    expect(JSON.stringify(compiled.body)).toBe(JSON.stringify(plain.body));
    expect(compiled.http.status).toBe(plain.http.status);
  });

  it('compiles a document once and reuses it', async () => {
    const server = new ApolloServer({ schema: schema(), plugins: [compiledExecutionPlugin()] });
    await server.start();
    const query = `{ officials { id } }`;
    for (let i = 0; i < 3; i++) {
      const res = await server.executeOperation({ query });
      expect(res.body).toMatchObject({ kind: 'single', singleResult: { data: { officials: [{ id: 'o1' }, { id: 'o2' }] } } });
    }
    await server.stop();
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('leaves answers with errors to graphql-js: resolver errors, nulls in non-null fields, bad variables', async () => {
    for (const [query, variables] of [
      [`{ failing officials { id } }`, undefined],
      [`{ broken { id } }`, undefined],
      [`query($id: ID!) { official(id: $id) { id } }`, { id: { not: 'an id' } }],
      [`query($id: ID!) { official(id: $id) { id } }`, {}],
    ] as const) {
      const { plain, compiled } = await both(query, variables);
      expect(compiled.body).toEqual(plain.body);
      expect(compiled.http.status).toBe(plain.http.status);
      expect((compiled.body as { singleResult: { errors?: unknown[] } }).singleResult.errors?.length).toBeGreaterThan(0);
    }
  });

  it('does not compile mutations or introspection', async () => {
    const mutation = await both(`mutation { rename(id: "o1", name: "X") { id name } }`);
    expect(mutation.compiled.body).toEqual(mutation.plain.body);
    const introspection = await both(`{ __schema { queryType { name } } }`);
    expect(introspection.compiled.body).toEqual(introspection.plain.body);
    expect(compileQuery).not.toHaveBeenCalled();
  });

  it('does nothing when disabled', async () => {
    const server = new ApolloServer({ schema: schema(), plugins: [compiledExecutionPlugin({ enabled: false })] });
    await server.start();
    const res = await server.executeOperation({ query: `{ officials { id } }` });
    await server.stop();
    expect(res.body).toMatchObject({ kind: 'single', singleResult: { data: { officials: [{ id: 'o1' }, { id: 'o2' }] } } });
    expect(compileQuery).not.toHaveBeenCalled();
  });
});
