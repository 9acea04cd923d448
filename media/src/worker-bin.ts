import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type * as Mediasoup from 'mediasoup';

/** Where the worker binary came from (logged at startup). */
export type WorkerBinSource = 'env' | 'cache' | 'stock';

export interface WorkerBin {
  source: WorkerBinSource;
  path: string;
  mediasoupVersion: string;
}

/** No usable worker binary: the message says what to run. */
export class WorkerBinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerBinError';
  }
}

const MEDIA_DIR = path.resolve(__dirname, '..');

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** mediasoup's package folder and version, without loading it (loading fixes the worker path). */
function mediasoupPackage(): { dir: string; version: string } {
  // The package's "exports" map hides ./package.json: walk up from its main entry.
  let dir = path.dirname(require.resolve('mediasoup'));
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'mediasoup' && pkg.version) return { dir: realpathSync(dir), version: pkg.version };
    }
  }
  throw new WorkerBinError('cannot find the installed mediasoup package (run: pnpm install)');
}

/**
 * The cache path `media/scripts/build-worker.sh` builds into:
 * `${GD_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/giang-duong}/mediasoup-worker/<version>-<sha256(patch)[:12]>/mediasoup-worker`.
 */
export function cachedWorkerPath(version: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const patch = path.join(MEDIA_DIR, 'patches', `mediasoup@${version}.patch`);
  if (!existsSync(patch)) return undefined;
  const sha = createHash('sha256').update(readFileSync(patch)).digest('hex').slice(0, 12);
  const root = env.GD_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'giang-duong');
  return path.join(path.resolve(root), 'mediasoup-worker', `${version}-${sha}`, 'mediasoup-worker');
}

/**
 * Picks the worker binary: `MEDIASOUP_WORKER_BIN` when set, else the cached build of
 * `bash .ci/setup.sh --worker`, else mediasoup's stock worker when its postinstall provided one.
 */
export function resolveWorkerBin(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): WorkerBin {
  const { dir, version } = mediasoupPackage();
  if (explicit) {
    if (!executable(explicit)) {
      throw new WorkerBinError(`MEDIASOUP_WORKER_BIN=${explicit} is not an executable file (unset it to use the cached worker)`);
    }
    return { source: 'env', path: path.resolve(explicit), mediasoupVersion: version };
  }
  const cached = cachedWorkerPath(version, env);
  if (cached && executable(cached)) return { source: 'cache', path: cached, mediasoupVersion: version };
  const stock = path.join(dir, 'worker', 'out', 'Release', 'mediasoup-worker');
  if (executable(stock)) return { source: 'stock', path: stock, mediasoupVersion: version };
  throw new WorkerBinError(
    `no mediasoup worker binary for mediasoup ${version}: run \`bash .ci/setup.sh --worker\` (builds it into ${cached ?? 'the cache'}), or set MEDIASOUP_WORKER_BIN`,
  );
}

let loaded: { lib: typeof Mediasoup; bin: WorkerBin } | undefined;

/**
 * Loads mediasoup with the chosen worker. mediasoup reads MEDIASOUP_WORKER_BIN once, when the module
 * is first loaded, so nothing else may import its values before this runs (use `import type`).
 */
export function loadMediasoup(explicit: string | undefined): { lib: typeof Mediasoup; bin: WorkerBin } {
  if (loaded) return loaded;
  const bin = resolveWorkerBin(explicit);
  process.env.MEDIASOUP_WORKER_BIN = bin.path;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require('mediasoup') as typeof Mediasoup;
  loaded = { lib, bin };
  return loaded;
}
