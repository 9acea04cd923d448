import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors';

const KNOWN = new Set<string>(Object.values(ErrorCode));

/**
 * Gives every error a namespaced code. Our own AppErrors pass through; GraphQL's own validation and coercion errors
 * become `request/invalid` (with their message, which names the bad field or value); anything else is an internal
 * error whose details are logged, not sent.
 */
export function formatError(formatted: GraphQLFormattedError, original: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN.has(code)) {
    const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
    return { ...formatted, extensions: ext };
  }
  // Apollo re-labels errors from validation rules (GRAPHQL_VALIDATION_FAILED); our rule's own code is on the original.
  const inner = (original as { originalError?: { extensions?: Record<string, unknown> } } | undefined)?.originalError;
  const innerCode = inner?.extensions?.code;
  if (typeof innerCode === 'string' && KNOWN.has(innerCode)) {
    const { http: _h, ...ext } = inner!.extensions!;
    return { message: formatted.message, locations: formatted.locations, extensions: ext };
  }
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'BAD_USER_INPUT' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_REQUEST' ||
    code === 'PERSISTED_QUERY_NOT_SUPPORTED' ||
    code === 'OPERATION_RESOLUTION_FAILURE'
  ) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.RequestInvalid } };
  }
  log(original);
  return { message: 'Internal error; it has been logged.', path: formatted.path, extensions: { code: ErrorCode.Internal } };
}
