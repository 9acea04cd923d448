import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { type Level, type Logger } from 'pino';
import type { AppConfig } from './config';

/**
 * Logging: one pino logger per process, a request id and a per-request child logger (what nestjs-pino's `Logger`
 * writes through inside a request), and one line per finished request:
 *
 * - at `error` when the answer is a 5xx or the response failed,
 * - at `warn` when it took `LOG_SLOW_REQUEST_MS` or more,
 * - else at `LOG_REQUESTS` (default `debug`): a busy server does not write a line per request unless asked to.
 *
 * This replaces pino-http, which serialised every request (headers included, through the redaction paths) into its
 * child logger's bindings before the handler ran, whether or not anything was ever logged: a tenth of the API's CPU
 * time per directory request. Here nothing is serialised unless a line is written.
 */
const roots = new WeakMap<AppConfig, Logger>();

/** The process's root logger for `config` (made once, so the Nest logger and the request logging share it). */
export function rootLogger(config: AppConfig): Logger {
  let logger = roots.get(config);
  if (!logger) {
    logger = pino({
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      ...(config.env === 'development' && process.stdout.isTTY ? { transport: { target: 'pino-pretty' } } : {}),
    });
    roots.set(config, logger);
  }
  return logger;
}

/** nestjs-pino's options: our logger, our request middleware (installed by createApp) instead of pino-http's. */
export function loggerModuleParams(config: AppConfig): Params {
  return { pinoHttp: { logger: rootLogger(config) }, useExisting: true };
}

export interface RequestLogOptions {
  /** Level of the line for a request that went well (neither failed nor slow). */
  level: Level | 'silent';
  /** Requests taking at least this long are logged at `warn`. */
  slowMs: number;
  /** Paths whose successful requests are never logged (health probes). */
  quietPaths?: string[];
}

// `id` and `log` as pino-http types them on IncomingMessage (nestjs-pino reads `req.log`).
type LoggedRequest = IncomingMessage & { originalUrl?: string; ip?: string };

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Express middleware: gives each request an id (a proxy's well-formed `x-request-id`, else a counter) and a child
 * logger carrying it (`req.log`), and logs the request once it finished as described above.
 */
export function requestLogging(logger: Logger, options: RequestLogOptions) {
  const quiet = new Set(options.quietPaths ?? []);
  const successLevel = options.level;
  let counter = 0;
  return function requestLog(req: LoggedRequest, res: ServerResponse, next: () => void): void {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : ++counter;
    (req as { id?: unknown }).id = id;
    (req as { log?: Logger }).log = logger.child({ reqId: id });
    const started = performance.now();
    const done = (err?: unknown) => {
      res.removeListener('finish', done);
      res.removeListener('close', done);
      res.removeListener('error', done);
      const responseTime = Math.round(performance.now() - started);
      // 'close' before 'finish': the client went away before the whole answer was written.
      const aborted = !res.writableFinished;
      const failed = err instanceof Error || res.statusCode >= 500;
      let level: Level | 'silent';
      if (failed) level = 'error';
      else if (responseTime >= options.slowMs) level = 'warn';
      else if (quiet.has(pathOf(req))) return;
      else level = successLevel;
      if (level === 'silent' || !logger.isLevelEnabled(level)) return;
      const line: Record<string, unknown> = {
        reqId: id,
        req: { method: req.method, url: req.originalUrl ?? req.url, remoteAddress: req.ip ?? req.socket?.remoteAddress },
        res: { statusCode: res.statusCode },
        responseTime,
      };
      if (err instanceof Error) line.err = err;
      const message = failed ? 'request failed' : aborted ? 'request aborted' : level === 'warn' ? 'slow request' : 'request completed';
      logger[level](line, message);
    };
    res.on('finish', done);
    res.on('close', done);
    res.on('error', done);
    next();
  };
}

function pathOf(req: LoggedRequest): string {
  const url = req.originalUrl ?? req.url ?? '';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
