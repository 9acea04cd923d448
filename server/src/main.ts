import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './common/config';
import { UsersService } from './users/users.service';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`giang-duong server: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  if (config.apiWorkers > 1 && cluster.isPrimary) {
    // The primary only supervises; workers share the listening port and are replaced when one dies.
    for (let i = 0; i < config.apiWorkers; i++) cluster.fork();
    cluster.on('exit', (worker, code, signal) => {
      if (signal !== 'SIGTERM' && code !== 0) {
        console.error(`giang-duong server: worker ${worker.process.pid} died (${signal ?? code}); starting another`);
        cluster.fork();
      }
    });
    for (const sig of ['SIGTERM', 'SIGINT'] as const) {
      process.on(sig, () => {
        for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
        process.exit(0);
      });
    }
    return;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const log = new Logger('Main');
  log.log(`GraphQL API on http://${config.host}:${config.port}/graphql`);
  if (cluster.isPrimary && (await app.get(UsersService).count()) === 0) {
    log.warn(
      'No user accounts yet. Create the first administrator with: ' +
        "node server/dist/cli.js create-admin --email you@example.org --password '<at least 8 characters>' --name 'Your Name'",
    );
  }
}

void main();
