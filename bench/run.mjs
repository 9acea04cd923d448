#!/usr/bin/env node
// Benchmark runner: `pnpm bench <name> [args...]` runs bench/<name>.mjs.
// Each benchmark prints JSON lines and ends with exactly one summary line
// ({"bench":"<name>", ...}); this runner passes its output and exit code through.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function available() {
  return readdirSync(here)
    .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
    .map((f) => f.slice(0, -'.mjs'.length))
    .sort();
}

const [name, ...args] = process.argv.slice(2);
if (!name || name.startsWith('-') || !/^[a-z0-9][a-z0-9-]*$/.test(name) || !existsSync(join(here, `${name}.mjs`))) {
  const list = available();
  if (name && name !== '--help' && name !== '-h') process.stderr.write(`unknown benchmark: ${name}\n`);
  process.stderr.write(`usage: pnpm bench <name> [args...]\navailable benchmarks:\n${list.map((b) => `  ${b}`).join('\n')}\n`);
  process.exit(2);
}

const child = spawn(process.execPath, [join(here, `${name}.mjs`), ...args], { stdio: 'inherit' });
// Let the benchmark clean up (server, embedded database) on Ctrl-C or a CI timeout.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
