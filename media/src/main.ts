import { ConfigError, loadConfig, type MediaConfig } from './config';
import { createLogger } from './logger';
import { MediaServer } from './server';
import { WorkerBinError } from './worker-bin';

/** Hard limit for a graceful stop; orchestrators send SIGKILL a little later anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  let config: MediaConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  if (!config.production && !process.env.MEDIA_JOIN_SECRET) {
    logger.warn('MEDIA_JOIN_SECRET not set: using the development default');
  }
  const server = new MediaServer(config, logger);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutdown requested');
    const deadline = setTimeout(() => {
      logger.error('graceful shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    server.close().then(
      () => {
        logger.flush?.();
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  try {
    await server.listen();
  } catch (err) {
    if (err instanceof WorkerBinError) {
      logger.fatal(err.message);
      process.stderr.write(`media: ${err.message}\n`);
    } else {
      logger.fatal({ err, port: config.port, host: config.host }, 'cannot start');
    }
    process.exit(1);
  }
}

void main();
