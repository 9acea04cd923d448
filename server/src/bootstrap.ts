import 'reflect-metadata';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './common/config';
import { graphqlContext } from './common/graphql/context';
import { graphqlFastPath } from './common/graphql/fast-path';
import { requestLogging, rootLogger } from './common/logging';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** Builds the HTTP application (used by main.ts and by integration tests). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Before everything else, so that every request has its id and logger and every answer gets its log line.
  app.use(requestLogging(rootLogger(config), { level: config.requestLog.level, slowMs: config.requestLog.slowMs, quietPaths: ['/health'] }));
  app.useBodyParser('json', { limit: config.bodyLimit });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(
    securityHeaders({
      // The API serves JSON only: nothing may be framed, scripted or embedded from it.
      contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-site' },
    }),
  );
  // GraphQL over HTTP without the rest of Express's stack (see fast-path.ts); CORS, when configured, comes after it.
  if (config.graphql.fastPath && !config.corsOrigins.length) {
    app.use(graphqlFastPath(app, { path: '/graphql', bodyLimit: config.bodyLimit, context: graphqlContext }));
  }
  app.disable('x-powered-by');
  // GraphQL answers are POST responses that are never revalidated: hashing each body for an ETag is wasted work.
  app.set('etag', false);
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: false });
  app.enableShutdownHooks();
  // Clients and proxies (nginx, load balancers, test runners) reuse idle connections; Node's 5 s default closes them
  // while a client may be sending on them (ECONNRESET). Keep them longer than the usual 60 s proxy idle timeout.
  const http = app.getHttpServer();
  http.keepAliveTimeout = config.keepAliveTimeoutMs;
  http.headersTimeout = config.keepAliveTimeoutMs + 1_000;
  return app;
}

/**
 * helmet's headers, worked out once: with static options (no per-request CSP nonces) helmet sets the same headers on
 * every response, through a chain of eleven middlewares. This runs helmet once against a recording response and
 * then sets what it recorded, in one step per request.
 */
export function securityHeaders(options: Parameters<typeof helmet>[0]): Middleware {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.set(name, String(value));
    },
    removeHeader(name: string) {
      set.delete(name);
      removed.push(name);
    },
    getHeader: () => undefined,
  };
  let error: unknown = 'helmet did not finish synchronously';
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    error = err;
  });
  if (error) throw new Error(`security headers: ${String(error)}`);
  const headers = [...set];
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
