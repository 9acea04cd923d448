import pino, { type Logger } from 'pino';
import type { MediaConfig } from './config';

export type { Logger };

/** One JSON logger per process; children carry `room`/`peer` bindings. */
export function createLogger(level: MediaConfig['logLevel']): Logger {
  return pino({
    level,
    base: { service: 'media' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
