import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { cachedWorkerPath, resolveWorkerBin, WorkerBinError } from './worker-bin';

describe(resolveWorkerBin.name, () => {
  it('computes the same cache path as media/scripts/build-worker.sh', () => {
    const script = path.resolve(__dirname, '..', 'scripts', 'build-worker.sh');
    const env = { ...process.env, GD_CACHE_DIR: '/tmp/gd-cache-probe', MEDIASOUP_WORKER_BIN: '' };
    const out = execFileSync('bash', [script, '--check'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').at(-1)!;
    const [source, bin] = out.split(' ');
    // The stock worker is not installed here (pnpm skips mediasoup's postinstall), so the script points at the cache.
    expect(source).toMatch(/^(cache|build)$/);
    expect(cachedWorkerPath('3.19.3', { GD_CACHE_DIR: '/tmp/gd-cache-probe' })).toBe(bin);
  });

  it('finds the cached worker without any environment', () => {
    expect(resolveWorkerBin(undefined)).toMatchObject({ source: 'cache', mediasoupVersion: '3.19.3' });
  });

  it('names the setup command when there is no worker, and rejects a bad MEDIASOUP_WORKER_BIN', () => {
    expect(() => resolveWorkerBin(undefined, { GD_CACHE_DIR: '/nonexistent/cache' })).toThrow(/bash \.ci\/setup\.sh --worker/);
    expect(() => resolveWorkerBin('/nonexistent/mediasoup-worker')).toThrow(WorkerBinError);
  });
});

describe('live media configuration', () => {
  it('defaults to one worker per core on ports from 40000', () => {
    const sut = loadConfig({});
    expect(sut.workers).toBeGreaterThanOrEqual(1);
    expect(sut).toMatchObject({ rtcPortMin: 40000, listenIp: '0.0.0.0', turnUrls: [], databaseUrl: undefined });
  });

  it.each([
    [{ MEDIA_WORKERS: '0' }, 'MEDIA_WORKERS'],
    [{ MEDIA_LISTEN_IP: 'localhost' }, 'MEDIA_LISTEN_IP'],
    [{ MEDIA_TURN_URLS: 'turn:turn.example.vn:3478' }, 'MEDIA_TURN_SECRET'],
    [{ MEDIA_TURN_URLS: 'http://x', MEDIA_TURN_SECRET: 'a-long-enough-secret' }, 'MEDIA_TURN_URLS'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ MEDIA_RTC_PORT_MIN: '65535', MEDIA_WORKERS: '2' }, 'MEDIA_RTC_PORT_MIN'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
