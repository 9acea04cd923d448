import {
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';

/** Refuses operations nested deeper than `maxDepth` fields (fragments are followed; introspection counted too). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set || depth > maxDepth + 1) return depth;
      let max = depth;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          max = Math.max(max, sel.selectionSet ? depthOf(sel.selectionSet, depth + 1, seen) : depth);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(sel.selectionSet, depth, seen));
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (frag && !seen.has(name)) max = Math.max(max, depthOf(frag.selectionSet, depth, new Set([...seen, name])));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 1, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; at most ${maxDepth} are allowed.`, {
              nodes: [node],
              extensions: { code: ErrorCode.RequestTooDeep, maxDepth },
            }),
          );
        }
      },
    };
  };
}

/** Estimated cost of an operation: one per field, list fields multiplied by their `first` argument. */
const estimators = [
  // __typename (added by most clients to every object) costs nothing to resolve.
  ({ field }: { field: { name: string } }) => (field.name === '__typename' ? 0 : undefined),
  fieldExtensionsEstimator(),
  ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
    // Clamped to the largest page a list accepts, so an oversized `first` gets the list's own field error.
    typeof args.first === 'number' ? 1 + childComplexity * Math.min(Math.max(args.first, 1), 100) : undefined,
  simpleEstimator({ defaultComplexity: 1 }),
];

/** Apollo plugin refusing operations whose estimated cost exceeds `max` (needs the variables, so not a plain rule). */
export function complexityPlugin(max: number): ApolloServerPlugin {
  // Apollo reuses the parsed document of a repeated query, so the cost is computed once per document and variables.
  const cache = new WeakMap<DocumentNode, Map<string, number | null>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operationName?: string, variables = {}) => {
    const key = `${operationName ?? ''}|${JSON.stringify(variables)}`;
    let byVars = cache.get(document);
    if (!byVars) cache.set(document, (byVars = new Map()));
    if (!byVars.has(key)) {
      let cost: number | null;
      try {
        cost = getComplexity({ schema, query: document, operationName, variables, estimators });
      } catch {
        cost = null; // variables that do not coerce: Apollo reports them next, naming the variable (request/invalid)
      }
      if (byVars.size >= 1000) byVars.clear();
      byVars.set(key, cost);
    }
    return byVars.get(key) ?? null;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = costOf(schema, document, request.operationName ?? undefined, request.variables);
          if (complexity !== null && complexity > max) {
            throw new GraphQLError(`The query is too complex (${complexity} > ${max}): ask for fewer fields or smaller pages.`, {
              extensions: { code: ErrorCode.RequestTooComplex, maxComplexity: max, complexity, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
