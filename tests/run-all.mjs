#!/usr/bin/env node
// Runs every test suite (server, media, web unit tests, then the browser tests), even when one fails, and ends with
// one line "N passed, N failed" summing them. Exit code 1 when anything failed or a suite could not report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'tests', '.results');
mkdirSync(RESULTS, { recursive: true });
const only = process.argv.slice(2);

const suites = [
  { name: 'server', cwd: 'server', cmd: ['node_modules/vitest/vitest.mjs', 'run'], json: 'server.json', kind: 'vitest' },
  { name: 'media', cwd: 'media', cmd: ['node_modules/vitest/vitest.mjs', 'run'], json: 'media.json', kind: 'vitest' },
  { name: 'web', cwd: 'web', cmd: ['node_modules/vitest/vitest.mjs', 'run'], json: 'web.json', kind: 'vitest' },
  { name: 'e2e', cwd: 'tests', cmd: ['node_modules/@playwright/test/cli.js', 'test'], json: 'e2e.json', kind: 'playwright' },
].filter((s) => !only.length || only.includes(s.name));

function counts(suite, file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (suite.kind === 'vitest') {
    return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0), skipped: r.numPendingTests + r.numTodoTests };
  }
  const s = r.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let broken = false;
for (const suite of suites) {
  const json = path.join(RESULTS, suite.json);
  rmSync(json, { force: true });
  console.log(`\n=== ${suite.name} tests ===`);
  const t0 = Date.now();
  const env = {
    ...process.env,
    GD_VITEST_JSON: json,
    PLAYWRIGHT_JSON_OUTPUT_NAME: json,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  };
  const res = spawnSync(process.execPath, suite.cmd, { cwd: path.join(ROOT, suite.cwd), env, stdio: 'inherit' });
  const c = counts(suite, json);
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  if (!c || (res.status !== 0 && c.failed === 0)) {
    broken = true;
    lines.push(`${suite.name}: did not complete (exit ${res.status ?? res.signal}) after ${secs} s`);
    if (c) Object.keys(total).forEach((k) => (total[k] += c[k]));
    continue;
  }
  Object.keys(total).forEach((k) => (total[k] += c[k]));
  lines.push(`${suite.name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${secs} s)`);
}
console.log('\n=== summary ===');
for (const l of lines) console.log(l);
if (broken) total.failed += total.failed === 0 ? 1 : 0;
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || broken ? 1 : 0);
