#!/usr/bin/env node
// Runs the whole product: database (embedded PostgreSQL unless DATABASE_URL is set), migrations, demo data,
// GraphQL API, media service and web client. Ctrl+C stops everything.
//   node server/scripts/stack.mjs            the product on :5173 (API :3000, media :3001)
//   node server/scripts/stack.mjs --e2e      browser-test stack: fresh database, API :3100, media :3101, web :5180
//   --no-demo                                skip the demo data
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR, ROOT, resolveDatabase } from './db.mjs';

const { values: opts } = parseArgs({ options: { e2e: { type: 'boolean' }, 'no-demo': { type: 'boolean' } } });
const e2e = !!opts.e2e;
const env = process.env;
const ports = e2e
  ? { api: 3100, media: 3101, web: 5180 }
  : { api: Number(env.PORT ?? 3000), media: Number(env.MEDIA_PORT ?? 3001), web: Number(env.WEB_PORT ?? 5173) };
const children = new Set();
let stopping = false;
let db;

const say = (m) => console.log(`[stack] ${m}`);

function secrets() {
  // Generated once per checkout and kept in .data/, so sessions survive restarts; real deployments set them.
  const file = path.join(DATA_DIR, 'secrets.json');
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(file)) {
    const s = { JWT_SECRET: randomBytes(32).toString('base64url'), MEDIA_JOIN_SECRET: randomBytes(32).toString('base64url') };
    writeFileSync(file, JSON.stringify(s, null, 2), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false)).once('listening', () => srv.close(() => resolve(true)));
    srv.listen(port, '0.0.0.0');
  });
}

function run(name, cmd, args, extraEnv, { cwd = ROOT, keepAlive = true } = {}) {
  const child = spawn(cmd, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) => {
    let buf = '';
    stream.on('data', (d) => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const l of lines) if (l.trim()) out.write(`[${name}] ${l}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  const done = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  if (keepAlive) {
    children.add(child);
    done.then(({ code, signal }) => {
      children.delete(child);
      if (!stopping) {
        console.error(`[stack] ${name} stopped unexpectedly (${signal ?? 'exit ' + code}); shutting down.`);
        void shutdown(1);
      }
    });
  }
  return { child, done };
}

async function once(name, cmd, args, extraEnv) {
  const { code } = await run(name, cmd, args, extraEnv, { keepAlive: false }).done;
  if (code !== 0) throw new Error(`${name} failed (exit ${code})`);
}

async function waitFor(url, what, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    if (stopping) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, children.size ? 1500 : 0));
  for (const c of children) c.kill('SIGKILL');
  await db?.stop().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  for (const [what, port] of Object.entries(ports)) {
    if (!(await portFree(port))) {
      throw new Error(
        `port ${port} (${what}) is already in use — is Giảng Đường already running? Stop it, or choose other ports with PORT, MEDIA_PORT and WEB_PORT.`,
      );
    }
  }
  for (const f of ['server/dist/main.js', 'media/dist/main.js', 'web/dist/index.html']) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run \`pnpm run build\` first (npm start does).`);
  }
  const t0 = Date.now();
  db = await resolveDatabase(
    e2e ? { name: 'gd_e2e', fresh: true, cluster: 'pg-e2e', port: 54331 } : { name: env.DATABASE_URL ? undefined : 'giangduong' },
  );
  say(`database ready (${db.embedded ? 'embedded PostgreSQL in .data/' : 'DATABASE_URL'})`);
  const s = secrets();
  const serverEnv = {
    DATABASE_URL: db.url,
    JWT_SECRET: env.JWT_SECRET ?? s.JWT_SECRET,
    // The API signs live join tokens that the media service verifies: both get the same secret.
    MEDIA_JOIN_SECRET: env.MEDIA_JOIN_SECRET ?? s.MEDIA_JOIN_SECRET,
    PORT: String(ports.api),
    HOST: env.HOST ?? '0.0.0.0',
    LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    ...(e2e ? { LOGIN_MAX_ATTEMPTS_PER_IP: '1000', NODE_ENV: 'test' } : {}),
  };
  const node = process.execPath;
  await once('migrate', node, ['server/dist/cli.js', 'migrate'], serverEnv);
  if (!opts['no-demo'] && env.GD_DEMO !== 'false') await once('seed', node, ['server/dist/cli.js', 'seed'], serverEnv);

  run('api', node, ['server/dist/main.js'], serverEnv);
  run('media', node, ['media/dist/main.js'], {
    MEDIA_PORT: String(ports.media),
    MEDIA_JOIN_SECRET: env.MEDIA_JOIN_SECRET ?? s.MEDIA_JOIN_SECRET,
    LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    // Live attendance intervals go to the API's database; browsers on this machine reach media on loopback.
    DATABASE_URL: db.url,
    MEDIA_ANNOUNCED_IP: env.MEDIA_ANNOUNCED_IP ?? '127.0.0.1',
  });
  await waitFor(`http://127.0.0.1:${ports.api}/health`, 'API');
  await waitFor(`http://127.0.0.1:${ports.media}/health`, 'media service');
  // The web client starts last: once its port answers, everything behind it does too (browser tests wait on it).
  run('web', node, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(ports.web), '--strictPort'], {
    API_URL: `http://127.0.0.1:${ports.api}`,
    MEDIA_URL: `http://127.0.0.1:${ports.media}`,
    WEB_PORT: String(ports.web),
  }, { cwd: path.join(ROOT, 'web') });

  await waitFor(`http://127.0.0.1:${ports.web}/`, 'web client');
  const url = `http://localhost:${ports.web}`;
  console.log(`
  Giảng Đường is running (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)
    Web:      ${url}
    GraphQL:  http://localhost:${ports.api}/graphql
    Media:    http://localhost:${ports.media}/health
  Demo logins (password demo1234):
    admin@demo.local        Quản trị (administrator)
    lecturer@demo.local     Giảng viên (lecturer)
    trainee@demo.local      Học viên (trainee)
    trainee2@demo.local     Học viên thứ hai (second trainee, for live classes)
    coordinator@demo.local  Cán bộ phụ trách xã Quỳnh Lưu (commune coordinator)
  Press Ctrl+C to stop.
`);
}

main().catch(async (e) => {
  console.error(`[stack] ${e.message}`);
  await shutdown(1);
});
