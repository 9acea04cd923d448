import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_MEDIA_JOIN_SECRET, loadConfig } from './config';

describe(loadConfig.name, () => {
  it('applies defaults in development', () => {
    const sut = loadConfig({});
    expect(sut).toMatchObject({ port: 3001, host: '0.0.0.0', joinSecret: DEV_MEDIA_JOIN_SECRET, logLevel: 'info', production: false, corsOrigins: [] });
  });

  it('reads and coerces the variables it knows', () => {
    const sut = loadConfig({ MEDIA_PORT: '4001', MEDIA_HOST: '127.0.0.1', LOG_LEVEL: 'warn', MEDIA_CORS_ORIGINS: 'http://a.test, http://b.test', MEDIA_ANNOUNCED_IP: '203.0.113.7' });
    expect(sut).toMatchObject({ port: 4001, host: '127.0.0.1', logLevel: 'warn', corsOrigins: ['http://a.test', 'http://b.test'], announcedIp: '203.0.113.7' });
  });

  it.each([
    [{ MEDIA_PORT: 'eighty' }, 'MEDIA_PORT'],
    [{ MEDIA_PORT: '70000' }, 'MEDIA_PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MEDIA_JOIN_SECRET: 'short' }, 'MEDIA_JOIN_SECRET'],
    [{ NODE_ENV: 'production' }, 'MEDIA_JOIN_SECRET'],
    [{ NODE_ENV: 'production', MEDIA_JOIN_SECRET: DEV_MEDIA_JOIN_SECRET }, 'MEDIA_JOIN_SECRET'],
    [{ MEDIA_ANNOUNCED_IP: 'not an ip' }, 'MEDIA_ANNOUNCED_IP'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('reads the key-frame trace file (diagnostics), unset by default', () => {
    expect(loadConfig({}).keyFrameTraceFile).toBeUndefined();
    expect(loadConfig({ MEDIA_KEYFRAME_TRACE_FILE: '/tmp/keyframes.jsonl' }).keyFrameTraceFile).toBe('/tmp/keyframes.jsonl');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ MEDIA_PORT: '', MEDIA_JOIN_SECRET: '' }).port).toBe(3001);
  });
});
