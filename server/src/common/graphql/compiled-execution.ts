import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode } from 'graphql';

/**
 * Runs queries through graphql-jit: each (document, operation) is compiled once into a plain function that resolves
 * and serialises the selection without graphql-js's generic per-field machinery (argument coercion, path objects,
 * type checks for every field). On the directory page that machinery was a quarter of the API's CPU per request.
 *
 * Deliberately narrow, so that every answer stays exactly graphql-js's:
 * - only `query` operations (mutations and subscriptions run as before), and not introspection (`__schema`,
 *   `__type` at the root), which is rare and large;
 * - only answers without errors are sent from here. An answer with any error (a resolver's AppError, a null in a
 *   non-null field, a variable that does not coerce) is dropped and the operation runs again through Apollo's
 *   ordinary execution, which formats the errors and sets the status as always. Queries are reads, so the rerun
 *   changes nothing; it costs a second execution on error answers only.
 *
 * Uses Apollo's public `responseForOperation` hook, after validation, the depth rule and the complexity plugin.
 * Set `GRAPHQL_JIT=0` to turn it off (diagnosis, comparison).
 */
export function compiledExecutionPlugin(options: { enabled?: boolean } = {}): ApolloServerPlugin {
  if (options.enabled === false) return {};
  // Apollo keeps one parsed document per query text (its document store), so documents are stable cache keys.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, name: string | null) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = name ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      query = null;
      if (operation.operation === 'query' && !isIntrospection(operation)) {
        try {
          const result = compileQuery(schema, document, name ?? undefined);
          if (isCompiledQuery(result)) query = result;
        } catch {
          query = null; // anything graphql-jit cannot compile runs through graphql-js
        }
      }
      byName.set(key, query);
    }
    return query;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx: GraphQLRequestContext<Record<string, unknown>>) {
          const { document, operation, schema } = ctx;
          if (!document || !operation) return null;
          const query = compiledFor(schema, document, operation, ctx.request.operationName ?? null);
          if (!query) return null;
          const result = await query.query(undefined, ctx.contextValue, ctx.request.variables ?? {});
          if (result.errors?.length || !result.data) return null; // graphql-js runs it again and reports the errors
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}

function isIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'),
  );
}
