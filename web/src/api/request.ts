import { print } from 'graphql'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { appErrorFromGraphQL, GraphQLRequestError } from './errors'

export const GRAPHQL_URL = '/graphql'

export interface RequestOptions {
  /** Bearer token to send, if any. */
  token?: string | null
  /** Fetch to use instead of the global one (the auth store passes its refreshing fetch). */
  fetchImpl?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>
}

/**
 * One GraphQL operation over fetch, outside urql: used by the auth store, which must work before
 * (and underneath) the urql client. Throws GraphQLRequestError with the server's code.
 */
export async function gqlRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const doFetch = options.fetchImpl ?? ((input, init) => fetch(input, init))
  let response: Response
  try {
    response = await doFetch(GRAPHQL_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: print(document), variables }),
    })
  } catch {
    throw new GraphQLRequestError({ code: 'network' })
  }
  let body: { data?: TData | null; errors?: { extensions?: Record<string, unknown> }[] }
  try {
    body = await response.json()
  } catch {
    throw new GraphQLRequestError({ code: response.status >= 500 ? 'internal/error' : 'network' })
  }
  const error = appErrorFromGraphQL(body.errors)
  if (error) throw new GraphQLRequestError(error)
  if (!body.data) throw new GraphQLRequestError({ code: 'unknown' })
  return body.data
}
