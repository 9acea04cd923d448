#!/usr/bin/env node
// Benchmark: the officials list (filtered first page) through the whole GraphQL stack, and the
// same SQL run directly with `pg`, on the 8,624-official Nghệ An demo data.
//
//   pnpm bench officials-list
//
// Needs a built server (`pnpm run build`). Uses DATABASE_URL's server when set, else an embedded
// PostgreSQL in .data/ (server/scripts/db.mjs); the database `gd_bench` is dropped and recreated.
// Output: one JSON line per phase on stdout, then exactly one summary line:
//   {"bench":"officials-list","rps":…,"p50_ms":…,"p95_ms":…,"p99_ms":…,"sql_ms":…,"api_cpu_ms_per_req":…}
// The measured run offers a fixed arrival rate (BENCH_RATE requests/s, default 220, above the 200 target): request k
// is due at start + k / BENCH_RATE, at most BENCH_CONNECTIONS in flight, and each latency counts from the request's
// due time (lib/paced.mjs, wrk2's method). sql_ms is the p95 of the raw SQL the API runs for one request (the
// server's own statement builder), issued straight through pg by the same loop at the same rate and concurrency.
// A separate unthrottled phase (autocannon) reports the most the stack sustains (`max_rps` in its line).
// api_cpu_ms_per_req (load and max lines, summary) is the API process's CPU time (user + system, from /proc, its
// cluster workers included) over the run divided by the requests answered: unlike the latencies it hardly moves with
// the machine's other load, so it is the figure to compare builds by on a shared machine (null off Linux).
//
// Tunables (env): BENCH_RATE=220, BENCH_CONNECTIONS=8, BENCH_WARMUP_S=5, BENCH_DURATION_S=20,
// BENCH_SQL_DURATION_S=10, BENCH_PORT=3200, BENCH_STRICT=1 (exit 1 when a target is missed).
// Only loopback addresses are used, and every phase is bounded in time.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { httpPoster, pacedLoad } from './lib/paced.mjs';
import pg from 'pg';
import {
  BenchError,
  emit,
  envInt,
  graphql,
  importIfExists,
  isAnswering,
  note,
  processTreeCpuMs,
  repoRoot,
  round,
  runNode,
  startNode,
  summarize,
  waitForHealthy,
} from './lib/harness.mjs';

const BENCH = 'officials-list';
const TARGET_RPS = 200;
const PAGE_SIZE = 20;
const TARGET_P95_MS = 25;
const RATE = envInt('BENCH_RATE', 220, { max: 5000 });
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 8, { max: 100 });
const WARMUP_S = envInt('BENCH_WARMUP_S', 5, { min: 0, max: 60 });
const DURATION_S = envInt('BENCH_DURATION_S', 20, { max: 300 });
const SQL_DURATION_S = envInt('BENCH_SQL_DURATION_S', 10, { min: 0, max: 300 });
const PORT = envInt('BENCH_PORT', 3200, { min: 1024, max: 65535 });
const STRICT = process.env.BENCH_STRICT === '1';
/** Whole run, whatever happens: a benchmark must stop by itself. */
const HARD_LIMIT_MS = 15 * 60_000;

const BASE = `http://127.0.0.1:${PORT}`;
const ENDPOINT = `${BASE}/graphql`;
const DB_SCRIPT = join(repoRoot, 'server/scripts/db.mjs');
const CLI = join(repoRoot, 'server/dist/cli.js');
const MAIN = join(repoRoot, 'server/dist/main.js');
// The lead's SQL builder for the officials list; optional until it lands.
const SQL_MODULE = join(repoRoot, 'server/dist/officials/officials.sql.js');

const LOGIN = `mutation { login(input: { email: "admin@demo.local", password: "demo1234" }) { accessToken } }`;
const COMMUNES = `query { communes { id name province { code name } } }`;
const OFFICIALS = `query($f: OfficialFilter){ officials(filter:$f, first:${PAGE_SIZE}){ totalCount edges{ cursor node{ id fullName dateOfBirth gender bloc position professionalLevel politicalTheoryLevel stateManagementLevel commune{ id name } } } pageInfo{ hasNextPage endCursor } } }`;

/** Everything started here, stopped in reverse order by cleanup(). */
const resources = { db: null, server: null, pool: null, cannon: null, http: null };

async function cleanup() {
  const { cannon, http, server, pool, db } = resources;
  Object.assign(resources, { cannon: null, http: null, server: null, pool: null, db: null });
  try {
    cannon?.stop();
  } catch {}
  http?.close();
  if (server) await server.stop().catch(() => undefined);
  if (pool) await pool.end().catch(() => undefined);
  if (db?.stop) await Promise.resolve(db.stop()).catch((err) => note(`database stop failed: ${err}`));
}

function phase(name, started, extra = {}) {
  emit({ bench: BENCH, phase: name, ms: round(performance.now() - started, 0), ...extra });
}

async function main() {
  for (const path of [CLI, MAIN]) {
    if (!existsSync(path)) throw new BenchError(`${path} is missing: run \`pnpm run build\` first`);
  }
  if (await isAnswering(`${BASE}/health`)) {
    throw new BenchError(`something already listens on 127.0.0.1:${PORT}; stop it or set BENCH_PORT`);
  }

  // 1. Database
  let t = performance.now();
  const dbModule = await importIfExists(DB_SCRIPT);
  if (!dbModule?.resolveDatabase) throw new BenchError(`${DB_SCRIPT} with resolveDatabase() is missing`);
  // A cluster of its own (.data/bench) so a bench run never collides with the dev or test cluster.
  resources.db = await dbModule.resolveDatabase({ name: 'gd_bench', fresh: true, cluster: 'bench', port: envInt('BENCH_PG_PORT', 54339, { min: 1024, max: 65535 }) });
  const databaseUrl = resources.db.url;
  phase('database', t, { embedded: resources.db.embedded ?? !process.env.DATABASE_URL });

  // 2. Schema and demo data
  const childEnv = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  t = performance.now();
  await runNode([CLI, 'migrate'], { env: childEnv, label: 'cli migrate' });
  phase('migrate', t);
  t = performance.now();
  await runNode([CLI, 'seed'], { env: childEnv, label: 'cli seed', timeoutMs: 600_000 });
  phase('seed', t);

  // 3. Server: one API process by default (on 2 cores a second one only competes with PostgreSQL and the load
  // generator); BENCH_API_WORKERS=N runs N sharing state through Redis when a Redis answers (REDIS_URL, else
  // 127.0.0.1:6379).
  t = performance.now();
  const redisUrl = process.env.REDIS_URL ?? ((await redisAnswers('127.0.0.1', 6379)) ? 'redis://127.0.0.1:6379' : null);
  const workers = redisUrl ? envInt('BENCH_API_WORKERS', 1, { min: 1, max: 16 }) : 1;
  resources.server = startNode([MAIN], {
    label: 'server',
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(PORT),
      JWT_SECRET: 'bench-secret-9c1f6e0a4b7d2e8f5a3c6b9d0e1f2a3b',
      LOG_LEVEL: 'warn',
      API_WORKERS: String(workers),
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    },
  });
  await waitForHealthy(`${BASE}/health`, resources.server);
  phase('server_start', t, { api_workers: workers, redis: !!redisUrl });

  // 4. Login and the filters to rotate through
  t = performance.now();
  const { login } = await graphql(ENDPOINT, LOGIN);
  const token = login.accessToken;
  const { communes } = await graphql(ENDPOINT, COMMUNES, undefined, token);
  if (!communes?.length) throw new BenchError('communes returned no rows: was the demo data seeded?');
  const commune = await pickCommune(communes, token);
  const filters = [
    { communeId: commune.id },
    { bloc: 'GOVERNMENT' },
    { politicalTheoryLevel: 'INTERMEDIATE' },
    { search: 'nguyen van' },
  ];
  const totals = [];
  for (const f of filters) {
    const data = await graphql(ENDPOINT, OFFICIALS, { f }, token);
    if (data.officials.edges.length === 0) throw new BenchError(`filter ${JSON.stringify(f)} matched no official`);
    totals.push({ filter: f, totalCount: data.officials.totalCount });
  }
  phase('prepare', t, { commune: commune.name, communes: communes.length, filters: totals });

  // 5. HTTP load: warm-up, then the measured run
  const bodies = filters.map((f) => JSON.stringify({ query: OFFICIALS, variables: { f } }));
  if (WARMUP_S > 0) {
    t = performance.now();
    const warm = await load(bodies, token, WARMUP_S);
    phase('warmup', t, warm.record);
  }
  t = performance.now();
  const saturated = await load(bodies, token, Math.min(10, DURATION_S), { unthrottled: true });
  phase('max', t, { max_rps: saturated.record.rps, ...saturated.record });
  t = performance.now();
  const measured = await load(bodies, token, DURATION_S);
  phase('load', t, { rate_offered: RATE, ...measured.record });
  if (measured.failures > 0) {
    throw new BenchError(`${measured.failures} failed requests during the measured run (see the load line)`);
  }

  // 6. The same SQL straight through pg
  t = performance.now();
  const sql = await rawSql(filters, totals, databaseUrl);
  phase('sql', t, sql.record);

  const summary = {
    bench: BENCH,
    rps: measured.record.rps,
    p50_ms: measured.record.p50_ms,
    p95_ms: measured.record.p95_ms,
    p99_ms: measured.record.p99_ms,
    sql_ms: sql.p95,
    api_cpu_ms_per_req: measured.record.api_cpu_ms_per_req,
  };
  const met = summary.rps >= TARGET_RPS && summary.p95_ms <= TARGET_P95_MS && summary.sql_ms !== null && summary.p95_ms <= 3 * summary.sql_ms;
  emit({ bench: BENCH, phase: 'target', rps_target: TARGET_RPS, p95_target_ms: TARGET_P95_MS, p95_within_3x_sql: summary.sql_ms !== null && summary.p95_ms <= 3 * summary.sql_ms, met });
  return { summary, ok: met || !STRICT };
}

/**
 * A typical Nghệ An commune (province code 40, where the demo officials serve): the first one from
 * the middle of the list whose officials fill at least one page, so the page query does full work.
 */
async function pickCommune(communes, token) {
  const local = communes.filter((c) => c.province?.code === '40');
  const pool = local.length > 0 ? local : communes;
  const start = Math.floor(pool.length / 2);
  let fallback = null;
  for (let i = 0; i < Math.min(10, pool.length); i++) {
    const c = pool[(start + i) % pool.length];
    const { officials } = await graphql(ENDPOINT, OFFICIALS, { f: { communeId: c.id } }, token);
    if (officials.totalCount > PAGE_SIZE) return c;
    if (officials.totalCount > 0) fallback ??= c;
  }
  if (fallback) return fallback;
  throw new BenchError('no commune with officials among the 10 tried');
}

/**
 * One load run rotating the request bodies. At the offered rate: the fixed-rate loop of lib/paced.mjs (request k due
 * at start + k / BENCH_RATE, latency from the due time), the same loop the SQL baseline runs. Unthrottled (the `max`
 * line): autocannon as fast as the stack answers.
 */
async function load(bodies, token, seconds, { unthrottled = false } = {}) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const cpuBefore = processTreeCpuMs(resources.server?.pid);
  const result = unthrottled ? await saturate(bodies, headers, seconds) : await paced(bodies, headers, seconds);
  const cpuAfter = processTreeCpuMs(resources.server?.pid);
  const { latencies, requests, elapsed, non2xx, errors, timeouts, graphqlErrors, extra } = result;
  const stats = summarize(latencies);
  return {
    failures: non2xx + errors + timeouts + graphqlErrors,
    record: {
      seconds,
      connections: CONNECTIONS,
      pacing: unthrottled ? 'unthrottled' : 'fixed rate',
      requests,
      rps: round(requests / (elapsed || seconds), 1),
      p50_ms: stats.p50_ms,
      p95_ms: stats.p95_ms,
      p99_ms: stats.p99_ms,
      max_ms: stats.max_ms,
      non2xx,
      errors,
      timeouts,
      graphql_errors: graphqlErrors,
      ...extra,
      // CPU time of the API process (and its workers) per request answered: what decides queueing on a busy box.
      api_cpu_ms_per_req: cpuBefore !== null && cpuAfter !== null && requests > 0 ? round((cpuAfter - cpuBefore) / requests, 3) : null,
    },
  };
}

async function paced(bodies, headers, seconds) {
  const client = httpPoster(ENDPOINT, headers, CONNECTIONS);
  resources.http = client;
  const out = { non2xx: 0, errors: 0, timeouts: 0, graphqlErrors: 0 };
  try {
    const run = await pacedLoad({
      rate: RATE,
      workers: CONNECTIONS,
      seconds,
      buckets: bodies.length,
      send: async (k) => {
        try {
          const res = await client.post(bodies[k % bodies.length]);
          if (res.status < 200 || res.status >= 300) out.non2xx++;
          else if (res.body.includes('"errors"')) out.graphqlErrors++;
        } catch (err) {
          if (String(err?.message).startsWith('timeout')) out.timeouts++;
          else out.errors++;
        }
      },
    });
    return {
      ...out,
      latencies: run.samples,
      requests: run.samples.length,
      elapsed: run.elapsed,
      extra: {
        late_starts: run.late,
        by_filter: run.byIndex.map((s, i) => ({ filter: Object.keys(JSON.parse(bodies[i]).variables.f).join(','), p95_ms: summarize(s).p95_ms })),
      },
    };
  } finally {
    client.close();
    resources.http = null;
  }
}

async function saturate(bodies, headers, seconds) {
  const latencies = [];
  const instance = autocannon({
    url: ENDPOINT,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
    requests: bodies.map((body) => ({ method: 'POST', path: '/graphql', headers, body })),
  });
  resources.cannon = instance;
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  resources.cannon = null;
  return {
    latencies,
    requests: result.requests.total,
    // autocannon reports duration in seconds.
    elapsed: result.duration,
    non2xx: result.non2xx ?? 0,
    errors: result.errors ?? 0,
    timeouts: result.timeouts ?? 0,
    graphqlErrors: 0,
    extra: { throughput_kb_s: round((result.throughput?.average ?? 0) / 1024, 1) },
  };
}

/**
 * Runs the list's page and count statements with pg at the same concurrency as the HTTP run.
 * The statements come from the server's own builder so that this measures exactly its SQL.
 */
async function rawSql(filters, totals, databaseUrl) {
  const mod = await importIfExists(SQL_MODULE);
  const build = mod?.officialsListSql ?? mod?.default?.officialsListSql;
  if (typeof build !== 'function') {
    // The server's SQL builder is not built (or was renamed): report sql_ms as null rather than
    // timing hand-written SQL that may differ from what the API runs.
    return { p95: null, record: { skipped: `${SQL_MODULE.slice(repoRoot.length + 1)} does not export officialsListSql yet` } };
  }
  // officialsListSql(filter, first, after?) → { page, count } with `?` placeholders (MikroORM style).
  const toPg = mod.toPgPlaceholders ?? mod.default?.toPgPlaceholders ?? questionMarksToPg;
  const perFilter = filters.map((f) => statementsOf(build(f, PAGE_SIZE, null)).map((s) => toPg(s)));
  if (perFilter.some((s) => s.length === 0)) throw new BenchError('officialsListSql returned no { text, values } statements');

  // The API's connections use the same planner setting (server/src/database/mikro-orm.config.ts), set at connection
  // start-up (a `set` sent from the pool's 'connect' event would race the first statement on that client).
  resources.pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS, options: '-c random_page_cost=1.1' });
  const pool = resources.pool;
  // pool.end() resolves before idle sockets have closed; stopping the database right after would
  // otherwise surface as an unhandled 'error' on the pool.
  pool.on('error', () => undefined);
  const runOnce = async (statements, perStatement) => {
    const client = await pool.connect();
    try {
      const started = performance.now();
      for (let i = 0; i < statements.length; i++) {
        const s0 = performance.now();
        // Named, so PostgreSQL plans it once per connection, exactly as the API's queryPrepared does.
        await client.query({ name: preparedName(statements[i].text), text: statements[i].text, values: statements[i].values ?? [] });
        perStatement[i].push(performance.now() - s0);
      }
      return performance.now() - started;
    } finally {
      client.release();
    }
  };
  // Paced exactly like the HTTP run (lib/paced.mjs), but sql_ms is the statements' own time (from the moment they
  // were sent, not from their due time): the stricter comparison for the API, whose latency counts from the due time.
  const run = async (seconds) => {
    const perStatement = Array.from({ length: Math.max(...perFilter.map((s) => s.length)) }, () => []);
    const byFilter = perFilter.map(() => []);
    const samples = [];
    const { samples: fromDue, elapsed } = await pacedLoad({
      rate: RATE,
      workers: CONNECTIONS,
      seconds,
      send: async (k) => {
        const ms = await runOnce(perFilter[k % perFilter.length], perStatement);
        samples.push(ms);
        byFilter[k % perFilter.length].push(ms);
      },
    });
    return { samples, fromDue, byFilter, perStatement, elapsed };
  };

  // The count statement must agree with the API's totalCount, or we are timing something else.
  const countMatches = [];
  for (let i = 0; i < perFilter.length; i++) {
    for (const statement of perFilter[i]) {
      const { rows } = await pool.query(statement);
      // The API's statement carries the total as a total_count column (older builders: a one-column count row).
      if (rows.length && 'total_count' in rows[0]) {
        countMatches.push(Number(rows[0].total_count) === totals[i].totalCount);
      } else if (rows.length === 1 && Object.keys(rows[0]).length === 1) {
        countMatches.push(Number(Object.values(rows[0])[0]) === totals[i].totalCount);
      }
    }
  }
  if (countMatches.includes(false)) throw new BenchError('officialsListSql count differs from the API totalCount');

  if (SQL_DURATION_S === 0) return { p95: null, record: { skipped: 'BENCH_SQL_DURATION_S=0' } };
  await run(Math.min(2, SQL_DURATION_S)); // warm caches and plans
  const { samples, fromDue, byFilter, perStatement, elapsed } = await run(SQL_DURATION_S);
  const total = summarize(samples);
  return {
    p95: total.p95_ms,
    record: {
      seconds: SQL_DURATION_S,
      connections: CONNECTIONS,
      iterations: total.count,
      count_checked: countMatches.length,
      per_second: round(total.count / elapsed, 1),
      p50_ms: total.p50_ms,
      p95_ms: total.p95_ms,
      p99_ms: total.p99_ms,
      // The same requests timed from their due time, as the HTTP run is.
      from_due_p95_ms: summarize(fromDue).p95_ms,
      // In the builder's order (page, count).
      statements: perStatement.map((s) => {
        const { p50_ms, p95_ms } = summarize(s);
        return { p50_ms, p95_ms };
      }),
      by_filter: byFilter.map((s, i) => {
        const { p50_ms, p95_ms } = summarize(s);
        return { filter: Object.keys(filters[i]).join(','), p50_ms, p95_ms };
      }),
    },
  };
}

/** Whether a Redis server answers PING on host:port (loopback only), within a second. */
function redisAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

function preparedName(text) {
  return 'gd_' + createHash('sha1').update(text).digest('hex').slice(0, 20);
}

function questionMarksToPg(sql) {
  let i = 0;
  return { text: sql.text.replace(/\?/g, () => `$${++i}`), values: sql.values ?? [] };
}

/** Accepts an array of statements, `{ page, count }`, or one statement. */
function statementsOf(result) {
  const isStatement = (s) => s && typeof s.text === 'string';
  if (Array.isArray(result)) return result.filter(isStatement);
  if (isStatement(result)) return [result];
  if (result && typeof result === 'object') return Object.values(result).filter(isStatement);
  return [];
}

// ---- run ---------------------------------------------------------------------------------------
let finished = false;
const hardLimit = setTimeout(() => {
  note(`hard time limit (${HARD_LIMIT_MS / 1000} s) reached`);
  void fail(new BenchError('time limit reached'));
}, HARD_LIMIT_MS);
hardLimit.unref();

async function fail(err) {
  if (finished) return;
  finished = true;
  note(err instanceof BenchError ? err.message : (err?.stack ?? String(err)));
  await cleanup();
  emit({ bench: BENCH, rps: null, p50_ms: null, p95_ms: null, p99_ms: null, sql_ms: null, api_cpu_ms_per_req: null, error: String(err?.message ?? err).split('\n')[0] });
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void fail(new BenchError(`interrupted by ${signal}`)));
}

main().then(
  async ({ summary, ok }) => {
    if (finished) return;
    finished = true;
    await cleanup();
    clearTimeout(hardLimit);
    emit(summary);
    process.exit(ok ? 0 : 1);
  },
  (err) => fail(err),
);
