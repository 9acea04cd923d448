#!/usr/bin/env node
// Benchmark: bulk enrolment import end to end (issue 3), on realistic Nghệ An spreadsheets.
//
//   pnpm bench import
//
// Needs a built server (`pnpm run build`). Uses DATABASE_URL's server when set, else an embedded PostgreSQL
// (server/scripts/db.mjs, cluster .data/bench); the database `gd_bench_import` is dropped and recreated, migrated
// and seeded with the demo data. For each file size (8,624 rows = the Nghệ An officials count, then 100,000 rows)
// it writes an XLSX with exceljs's streaming writer into a temp dir (realistic Vietnamese names in Nghệ An's
// communes, every column the communes use), then: upload (POST /api/imports/officials) → poll `officialImport`
// every 100 ms until READY → `commitOfficialImport` → poll until COMMITTED, into a fresh class of 70 seats.
// `copy_seconds` is a plain `COPY … FROM STDIN` of the same rows (pg-copy-streams) into a scratch table: the floor
// for moving these bytes into PostgreSQL. `peak_rss_mb` is the API process's VmHWM (/proc/<pid>/status), i.e. its
// peak resident memory over the whole run so far. Its breakdown for each file comes from a sampler preloaded into the
// API process (`--import`, process.memoryUsage() every 100 ms on stderr): `peak_heap_total_mb` / `peak_heap_used_mb`
// (V8 heap, garbage included) and `peak_external_mb` (Buffers, zlib, strings held outside the heap) from that file's
// upload to its COMMITTED, and `rss_before_mb`, the resident memory just before the upload.
// Output: one JSON line per phase and per file, then exactly one summary line (the 100,000-row figures):
//   {"bench":"import","rows":100000,"seconds":…,"copy_seconds":…,"peak_rss_mb":…}
// Targets: 8,624 rows ≤ 5 s, 100,000 rows ≤ 60 s, peak RSS ≤ 400 MB. BENCH_STRICT=1 exits 1 when one is missed.
// Tunables (env): BENCH_IMPORT_ROWS=8624,100000, BENCH_PORT=3202, BENCH_PG_PORT=54339.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { BenchError, emit, envInt, graphql, importIfExists, isAnswering, note, repoRoot, round, runNode, waitForHealthy } from './lib/harness.mjs';

const BENCH = 'import';
const PORT = envInt('BENCH_PORT', 3202, { min: 1024, max: 65535 });
const SIZES = (process.env.BENCH_IMPORT_ROWS ?? '8624,100000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const TARGETS = { 8624: 5, 100000: 60 };
const TARGET_RSS_MB = 400;
const STRICT = process.env.BENCH_STRICT === '1';
const HARD_LIMIT_MS = 20 * 60_000;
const BASE = `http://127.0.0.1:${PORT}`;
const ENDPOINT = `${BASE}/graphql`;
const CLI = join(repoRoot, 'server/dist/cli.js');
const MAIN = join(repoRoot, 'server/dist/main.js');
const DB_SCRIPT = join(repoRoot, 'server/scripts/db.mjs');
// exceljs is the server's dependency: use that copy.
const ExcelJS = createRequire(join(repoRoot, 'server/package.json'))('exceljs');

const HEADERS = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Xã/phường', 'Khối', 'Chức vụ', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Quản lý nhà nước', 'Số điện thoại', 'Email', 'Vùng khó khăn'];
const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Hồ', 'Phan', 'Đậu', 'Thái', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lô', 'Vi', 'Lang', 'Lữ', 'Sầm', 'Quang', 'Cao', 'Chu', 'Đinh'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Công', 'Quang', 'Minh', 'Xuân', 'Sỹ', 'Đình', 'Bá', 'Thanh', 'Trọng', 'Ngọc'];
const MIDDLE_F = ['Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Minh', 'Diệu', 'Phương'];
const GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Thắng', 'Hải', 'Long', 'Nam', 'Sơn', 'Quang', 'Khánh', 'Bình', 'Cường', 'Đức', 'Hiếu', 'Lâm', 'Phúc', 'Tài', 'Trung', 'Vinh', 'Việt', 'Thành', 'Toàn', 'Hòa', 'Nghĩa', 'An'];
const GIVEN_F = ['Hà', 'Lan', 'Hương', 'Mai', 'Hằng', 'Nga', 'Thủy', 'Trang', 'Linh', 'Nhung', 'Yến', 'Hoa', 'Oanh', 'Thảo', 'Vân', 'Dung', 'Hạnh', 'Loan', 'Phượng', 'Quỳnh', 'Tâm', 'Xuân', 'Liên', 'Huyền'];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Thái', 'Thái', 'Khơ Mú', 'Mông', 'Thổ'];
const BLOCS = [
  ['Khối Đảng', ['Bí thư Đảng ủy', 'Phó Bí thư Đảng ủy', 'Trưởng ban Xây dựng Đảng', 'Chánh Văn phòng Đảng ủy', 'Chuyên viên']],
  ['Khối Mặt trận và các tổ chức chính trị - xã hội', ['Chủ tịch Ủy ban MTTQ', 'Phó Chủ tịch Ủy ban MTTQ', 'Người đứng đầu tổ chức chính trị - xã hội', 'Chuyên viên']],
  ['Khối chính quyền (HĐND, UBND)', ['Chủ tịch UBND', 'Phó Chủ tịch UBND', 'Chủ tịch HĐND', 'Trưởng phòng và tương đương', 'Phó Trưởng phòng và tương đương', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên']],
  ['Ban chỉ huy quân sự', ['Chỉ huy trưởng Ban CHQS', 'Chỉ huy phó Ban CHQS']],
];
const PROF = ['Đại học', 'Đại học', 'Đại học', 'Thạc sĩ', 'Cao đẳng, trung cấp', ''];
const POL = ['Trung cấp', 'Trung cấp', 'Cao cấp, cử nhân', 'Sơ cấp', ''];
const STATE = ['Chuyên viên và tương đương', 'Chuyên viên chính và tương đương', 'Chưa qua bồi dưỡng', ''];

/** Seeded PRNG (mulberry32): the same files every run. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: (xs) => xs[Math.floor(next() * xs.length)], int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Rows of distinct officials (commune + name + date of birth never repeat, as the importer requires). */
function* people(n, communes, seed) {
  const r = rng(seed);
  const seen = new Set();
  for (let i = 1; i <= n; ) {
    const female = r.next() < 0.42;
    const name = `${r.pick(FAMILY)} ${r.pick(female ? MIDDLE_F : MIDDLE_M)} ${r.pick(female ? GIVEN_F : GIVEN_M)}`;
    const commune = r.pick(communes);
    const dob = [r.int(1, 28), r.int(1, 12), r.int(1966, 2000)];
    const key = `${commune}|${fold(name)}|${dob.join('/')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [bloc, positions] = BLOCS[r.int(0, 99) < 26 ? 0 : r.int(0, 99) < 20 ? 1 : r.int(0, 99) < 92 ? 2 : 3];
    const phone = r.next() < 0.7 ? `09${String(r.int(10_000_000, 99_999_999))}` : '';
    yield [
      i,
      name,
      `${String(dob[0]).padStart(2, '0')}/${String(dob[1]).padStart(2, '0')}/${dob[2]}`,
      female ? 'Nữ' : 'Nam',
      r.pick(ETHNIC),
      commune,
      bloc,
      r.pick(positions),
      r.pick(PROF),
      r.pick(POL),
      r.pick(STATE),
      phone,
      r.next() < 0.3 ? `${fold(name).replace(/ /g, '.')}${i}@nghean.gov.vn` : '',
      r.next() < 0.25 ? 'Có' : 'Không',
    ];
    i++;
  }
}

async function writeXlsx(path, n, communes, seed) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADERS).commit();
  for (const row of people(n, communes, seed)) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
}

const resources = { db: null, server: null, pool: null, dir: null };
async function cleanup() {
  const { server, pool, db, dir } = resources;
  Object.assign(resources, { server: null, pool: null, db: null, dir: null });
  if (server) await server.stop().catch(() => undefined);
  if (pool) await pool.end().catch(() => undefined);
  if (db?.stop) await Promise.resolve(db.stop()).catch((err) => note(`database stop failed: ${err}`));
  if (dir) rmSync(dir, { recursive: true, force: true });
}

// Preloaded into the API process: its memory split, one stderr line every 100 ms.
const MEM_SAMPLER =
  'data:text/javascript,' +
  encodeURIComponent(
    `setInterval(() => { const m = process.memoryUsage(); process.stderr.write('@@mem ' + [m.rss, m.heapTotal, m.heapUsed, m.external].join(' ') + '\\n'); }, 100).unref();`,
  );
/** Peaks of the API process's memory samples since the last reset, in bytes. */
const memPeaks = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, last: 0 };
const resetMemPeaks = () => Object.assign(memPeaks, { rss: 0, heapTotal: 0, heapUsed: 0, external: 0 });

/** The API process, with its pid for /proc sampling. */
function startServer(env) {
  const child = spawn(process.execPath, ['--import', MEM_SAMPLER, MAIN], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let tail = '';
  let partial = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c) => {
    const lines = (partial + c).split('\n');
    partial = lines.pop();
    for (const line of lines) {
      if (line.startsWith('@@mem ')) {
        const [rss, heapTotal, heapUsed, external] = line.slice(6).split(' ').map(Number);
        memPeaks.last = rss;
        for (const [k, v] of Object.entries({ rss, heapTotal, heapUsed, external })) memPeaks[k] = Math.max(memPeaks[k], v);
      } else tail = (tail + line + '\n').slice(-4000);
    }
  });
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
  return {
    pid: child.pid,
    label: 'server',
    output: () => tail + partial,
    exited: () => exited,
    exit,
    async stop() {
      if (exited) return exited;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const r = await exit;
      clearTimeout(t);
      return r;
    },
  };
}

const mb = (bytes) => (bytes ? round(bytes / 1048576, 1) : null);

function peakRssMb(pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? round(Number(m[1]) / 1024, 1) : null;
}

const IMPORT = 'query($id: ID!){ officialImport(id: $id) { status processedRows totalRows toCreate toEnrol toWaitlist errorCount fileError { code message } errors(first: 3) { row column message } } }';

async function waitFor(id, token, statuses) {
  for (;;) {
    const { officialImport: i } = await graphql(ENDPOINT, IMPORT, { id }, token);
    if (statuses.includes(i.status)) return i;
    if (i.status === 'FAILED' || i.status === 'INVALID') throw new BenchError(`import ended ${i.status}: ${JSON.stringify(i.fileError ?? i.errors)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main() {
  for (const path of [CLI, MAIN]) if (!existsSync(path)) throw new BenchError(`${path} is missing: run \`pnpm run build\` first`);
  if (await isAnswering(`${BASE}/health`)) throw new BenchError(`something already listens on 127.0.0.1:${PORT}; set BENCH_PORT`);

  let t = performance.now();
  const dbModule = await importIfExists(DB_SCRIPT);
  resources.db = await dbModule.resolveDatabase({ name: 'gd_bench_import', fresh: true, cluster: 'bench', port: envInt('BENCH_PG_PORT', 54339, { min: 1024, max: 65535 }) });
  const databaseUrl = resources.db.url;
  const childEnv = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  await runNode([CLI, 'migrate'], { env: childEnv, label: 'cli migrate' });
  await runNode([CLI, 'seed'], { env: childEnv, label: 'cli seed', timeoutMs: 600_000 });
  emit({ bench: BENCH, phase: 'database', ms: round(performance.now() - t, 0) });

  const pool = (resources.pool = new pg.Pool({ connectionString: databaseUrl, max: 2 }));
  const { rows: communeRows } = await pool.query(`select c.name from commune c join province p on p.id = c.province_id where p.name = 'Nghệ An' order by c.name`);
  const communes = communeRows.map((r) => r.name);
  COMMUNES_CACHE = communes;

  t = performance.now();
  resources.dir = mkdtempSync(join(tmpdir(), 'gd-bench-import-'));
  const files = [];
  for (const [k, n] of SIZES.entries()) {
    const path = join(resources.dir, `nghe-an-${n}.xlsx`);
    await writeXlsx(path, n, communes, 1000 + k);
    files.push({ n, path, seed: 1000 + k });
  }
  emit({ bench: BENCH, phase: 'generate_xlsx', ms: round(performance.now() - t, 0), files: files.map((f) => ({ rows: f.n, mb: round(readFileSync(f.path).length / 1048576, 2) })) });

  resources.server = startServer({ ...childEnv, HOST: '127.0.0.1', PORT: String(PORT), JWT_SECRET: 'bench-secret-9c1f6e0a4b7d2e8f5a3c6b9d0e1f2a3b' });
  await waitForHealthy(`${BASE}/health`, resources.server);
  const { login } = await graphql(ENDPOINT, `mutation { login(input: { email: "admin@demo.local", password: "demo1234" }) { accessToken } }`);
  const token = login.accessToken;

  const results = [];
  for (const f of files) {
    // A fresh class of 70 seats of the Nghệ An 2026 program for each file.
    const { rows } = await pool.query(
      `insert into training_class (id, created_at, updated_at, program_id, code, title, start_date, end_date, venue, delivery_format, capacity)
       select gen_random_uuid(), now(), now(), program_id, $1, 'Lớp bồi dưỡng (benchmark nhập danh sách)', '2030-06-03', '2030-06-07',
         'Trường Chính trị tỉnh Nghệ An', delivery_format, 70 from training_class where code = 'NA-2026-L01' returning id`,
      [`BENCH-IMP-${f.n}`],
    );
    const classId = rows[0].id;
    const bytes = readFileSync(f.path);
    await new Promise((r) => setTimeout(r, 250)); // a fresh sample of the idle process
    const rssBefore = memPeaks.last;
    resetMemPeaks();
    const started = performance.now();
    const res = await fetch(`${BASE}/api/imports/officials?classId=${classId}&fileName=${encodeURIComponent(`nghe-an-${f.n}.xlsx`)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    const body = await res.json();
    if (res.status !== 201) throw new BenchError(`upload answered ${res.status}: ${JSON.stringify(body)}`);
    const ready = await waitFor(body.id, token, ['READY']);
    const analysed = performance.now();
    // Answers COMMITTED, or COMMITTING after 20 s for a very large file (then polled like the web does).
    await graphql(ENDPOINT, 'mutation($id: ID!){ commitOfficialImport(id: $id) { status } }', { id: body.id }, token);
    const done = await waitFor(body.id, token, ['COMMITTED']);
    const committed = performance.now();
    const seconds = round((committed - started) / 1000, 2);
    const copySeconds = await copyBaseline(pool, f);
    const record = {
      bench: BENCH,
      rows: f.n,
      seconds,
      analyse_seconds: round((analysed - started) / 1000, 2),
      commit_seconds: round((committed - analysed) / 1000, 2),
      copy_seconds: copySeconds,
      peak_rss_mb: peakRssMb(resources.server.pid),
      rss_before_mb: mb(rssBefore),
      peak_heap_total_mb: mb(memPeaks.heapTotal),
      peak_heap_used_mb: mb(memPeaks.heapUsed),
      peak_external_mb: mb(memPeaks.external),
      file_mb: round(bytes.length / 1048576, 2),
      created: ready.toCreate,
      enrolled: ready.toEnrol,
      waitlisted: ready.toWaitlist,
      status: done.status,
      target_seconds: TARGETS[f.n] ?? null,
      target_rss_mb: TARGET_RSS_MB,
    };
    emit(record);
    results.push(record);
  }
  const last = results[results.length - 1];
  const missed = results.some((r) => (r.target_seconds && r.seconds > r.target_seconds) || r.peak_rss_mb > TARGET_RSS_MB);
  await cleanup();
  emit({ bench: BENCH, rows: last.rows, seconds: last.seconds, copy_seconds: last.copy_seconds, peak_rss_mb: last.peak_rss_mb });
  return missed && STRICT ? 1 : 0;
}

/** COPY of the same rows (as text) into a scratch table: the floor for getting them into PostgreSQL. */
async function copyBaseline(pool, f) {
  const client = await pool.connect();
  try {
    await client.query(`drop table if exists bench_import_copy; create unlogged table bench_import_copy (
      stt int, full_name text, dob text, gender text, ethnicity text, commune text, bloc text, position text, prof text, pol text, state text, phone text, email text, hardship text)`);
    const escape = (v) => String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
    const lines = (function* () {
      for (const row of people(f.n, COMMUNES_CACHE, f.seed)) yield row.map(escape).join('\t') + '\n';
    })();
    const started = performance.now();
    await pipeline(Readable.from(lines), client.query(copyStreams.from('copy bench_import_copy from stdin')));
    const seconds = round((performance.now() - started) / 1000, 2);
    await client.query('drop table bench_import_copy');
    return seconds;
  } finally {
    client.release();
  }
}
let COMMUNES_CACHE = [];

let finished = false;
const hardLimit = setTimeout(() => void fail(new BenchError('time limit reached')), HARD_LIMIT_MS);
hardLimit.unref();
async function fail(err) {
  if (finished) return;
  finished = true;
  note(err instanceof BenchError ? err.message : (err?.stack ?? String(err)));
  if (resources.server) note(`server output: ${resources.server.output().slice(-2000)}`);
  await cleanup();
  emit({ bench: BENCH, rows: null, seconds: null, copy_seconds: null, peak_rss_mb: null, error: String(err?.message ?? err).split('\n')[0] });
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void fail(new BenchError(`interrupted by ${signal}`)));

main().then(
  (code) => {
    finished = true;
    process.exit(code);
  },
  (err) => void fail(err),
);
