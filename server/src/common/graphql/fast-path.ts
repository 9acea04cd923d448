import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import express from 'express';
import { Store, storage } from 'nestjs-pino/storage';
import type { Logger } from 'pino';

type Req = IncomingMessage & { body?: unknown; log?: Logger; ip?: string };
type Next = (err?: unknown) => void;

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * `POST /graphql` with a JSON body, answered without walking the rest of Express's stack.
 *
 * A GraphQL request otherwise passes ten more layers before Apollo (url-encoded parser, nestjs-pino's and MikroORM's
 * request-context middlewares mounted on every route, each REST route's matcher, Nest's `req.body` default, Apollo's
 * Express integration and `res.send`): 5–20 % of the API's CPU per directory page in paired measurements. This
 * middleware, mounted right after the request logger, the JSON body parser and the security headers, does the same
 * work in one step:
 *
 * - the body was parsed by the app's JSON parser (configured limit) earlier in the stack, whose errors (malformed
 *   JSON, too large) take Express's error path as before; the parser here only runs when that one did not;
 * - the request runs inside nestjs-pino's logger context and a MikroORM request context, like the two middlewares;
 * - Apollo answers through `executeHTTPGraphQLRequest` with the same context function, as its Express integration
 *   does.
 *
 * Anything else (other paths and methods, other content types, GraphQL before Apollo has started) goes on through
 * Express untouched. Not installed when CORS is configured (the CORS middleware comes later in the stack). A new
 * Nest middleware meant to run on /graphql requests must be added here too: set `GRAPHQL_FAST_PATH=0` to compare.
 */
export function graphqlFastPath(
  app: INestApplication,
  options: { path: string; bodyLimit: string; context: (arg: { req: Req; res: ServerResponse }) => unknown },
) {
  const json = express.json({ limit: options.bodyLimit });
  let apollo: ApolloServer | null = null;
  let orm: MikroORM | null = null;

  const answer = async (server: ApolloServer, req: Req, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: req.body },
      context: async () => options.context({ req, res }) as Record<string, unknown>,
    });
    // Header names as Express's res.send writes them.
    for (const [key, value] of response.headers) res.setHeader(key === 'content-type' ? 'Content-Type' : key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return function graphqlFastPath(req: Req, res: ServerResponse, next: Next): void {
    if (req.method !== 'POST' || req.url !== options.path || !JSON_TYPE.test(req.headers['content-type'] ?? '')) {
      next();
      return;
    }
    apollo ??= started(app);
    const server = apollo;
    if (!server) {
      next(); // Apollo has not started yet
      return;
    }
    orm ??= app.get(MikroORM, { strict: false });
    if (!orm) {
      next();
      return;
    }
    const em = orm.em;
    json(req as express.Request, res as express.Response, (err?: unknown) => {
      if (err) {
        next(err);
        return;
      }
      req.body ??= {};
      storage.run(new Store(req.log as Logger), () =>
        RequestContext.create(em, () => {
          answer(server, req, res).catch(next);
        }),
      );
    });
  };
}

function started(app: INestApplication): ApolloServer | null {
  try {
    const server = (app.get(GraphQLModule, { strict: false }).graphQlAdapter as { instance?: ApolloServer }).instance;
    return server ?? null;
  } catch {
    return null;
  }
}
