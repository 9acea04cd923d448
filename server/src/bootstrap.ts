import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './common/config';

/** Builds the HTTP application (used by main.ts and by integration tests). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: config.bodyLimit });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(
    helmet({
      // The API serves JSON only: nothing may be framed, scripted or embedded from it.
      contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-site' },
    }),
  );
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
