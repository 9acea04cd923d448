// Shared pieces for benchmarks: JSON-line output, child processes, percentiles, GraphQL calls.
// Benchmarks only ever talk to loopback addresses.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Prints one JSON line on stdout. */
export function emit(record) {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

/** Diagnostic text for humans: stderr, so stdout stays JSON lines only. */
export function note(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

export class BenchError extends Error {}

export function envInt(name, fallback, { min = 1, max = Number.MAX_SAFE_INTEGER } = {}) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BenchError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

/** Nearest-rank percentile of an ascending array; null when empty. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function round(value, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function summarize(samplesMs) {
  const sorted = Float64Array.from(samplesMs).sort();
  return {
    count: sorted.length,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    max_ms: round(sorted.length ? sorted[sorted.length - 1] : null),
  };
}

/** Imports an ES module or CommonJS file by path; null when the file does not exist. */
export async function importIfExists(path) {
  if (!existsSync(path)) return null;
  return import(pathToFileURL(path).href);
}

/** Keeps the last lines a child printed, to explain a failure without flooding the output. */
function tailBuffer(limit = 60) {
  const lines = [];
  return {
    push(chunk) {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '') continue;
        lines.push(line);
        if (lines.length > limit) lines.shift();
      }
    },
    text: () => lines.join('\n'),
  };
}

/** Runs `node <args>` in the repo root to completion; throws with its output tail on failure. */
export function runNode(args, { env, timeoutMs = 300_000, label = args.join(' ') } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const out = tailBuffer();
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => out.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ ms: performance.now() - started, output: out.text() });
      else reject(new BenchError(`${label} failed (${signal ?? `exit ${code}`}):\n${out.text()}`));
    });
  });
}

/** Starts a long-running `node <args>`; returns a handle whose stop() ends it (SIGTERM, then SIGKILL). */
export function startNode(args, { env, label = args.join(' '), cwd = repoRoot } = {}) {
  const out = tailBuffer();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (c) => out.push(c));
  child.stderr.on('data', (c) => out.push(c));
  let exited = null;
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.on('error', (err) => {
      out.push(String(err));
      exited = { code: null, signal: null };
      resolve(exited);
    });
  });
  return {
    label,
    pid: child.pid,
    output: () => out.text(),
    exited: () => exited,
    exit,
    async stop(graceMs = 10_000) {
      if (exited) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exit;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Polls `url` until it answers 200; fails early if the process dies. */
export async function waitForHealthy(url, proc, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited()) {
      throw new BenchError(`${proc.label} exited (${JSON.stringify(proc.exited())}) before answering ${url}:\n${proc.output()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new BenchError(`${url} did not answer 200 within ${timeoutMs} ms:\n${proc.output()}`);
}

/** True when something already answers on the URL (a leftover server would skew the run). */
export async function isAnswering(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

/** One GraphQL request; throws on HTTP or GraphQL errors. */
export async function graphql(endpoint, query, variables, token) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BenchError(`GraphQL answered ${res.status} with non-JSON: ${text.slice(0, 300)}`);
  }
  if (!res.ok || body.errors?.length) {
    throw new BenchError(`GraphQL error (${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** Clock ticks per second of /proc's utime/stime: 100 on every Linux platform Node runs on (USER_HZ). */
const USER_HZ = 100;

function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): state is field 3, utime 14, stime 15.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function childPids(pid) {
  try {
    const out = [];
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) out.push(...text.split(' ').map(Number));
    }
    return out;
  } catch {
    return [];
  }
}

/**
 * CPU time (user + system, ms) used so far by a process and its live descendants (cluster workers), from /proc;
 * null where /proc is not available (not Linux). Differences of two readings over a fixed number of requests give
 * the CPU cost per request, which unlike latency hardly moves with what else the machine is doing.
 */
export function processTreeCpuMs(pid) {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return null;
  let ticks = 0;
  const stack = [pid];
  const seen = new Set();
  while (stack.length) {
    const p = stack.pop();
    if (seen.has(p)) continue;
    seen.add(p);
    const stat = procStat(p);
    if (stat) ticks += stat.cpuTicks;
    stack.push(...childPids(p));
  }
  return (ticks * 1000) / USER_HZ;
}
