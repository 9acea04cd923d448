import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test/app';
import { printSortedSchema } from './common/graphql/print-schema';

let sut: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  sut = await createTestApp();
  schema = sut.app.get(GraphQLSchemaHost).schema;
});
afterAll(() => sut?.close());

const COMMITTED = path.resolve(__dirname, '../../schema/schema.graphql');

describe('GraphQL schema', () => {
  it('matches the committed schema/schema.graphql (run `pnpm --filter @gd/server schema:emit` after changing the API)', () => {
    expect(printSortedSchema(schema)).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
    const own = (t: GraphQLNamedType) =>
      !isIntrospectionType(t) && !(isScalarType(t) && isSpecifiedScalarType(t)) && !roots.has(t as never);
    for (const type of Object.values(schema.getTypeMap()).filter((t) => own(t) || roots.has(t as never))) {
      if (!type.description && !roots.has(type as never)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});
