import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const valid = { DATABASE_URL: 'postgres://u@localhost/db', JWT_SECRET: 'x'.repeat(32) };

describe('loadConfig', () => {
  it('fills documented defaults', () => {
    const c = loadConfig(valid);
    expect(c).toMatchObject({ port: 3000, host: '0.0.0.0', accessTokenTtlSeconds: 900, bodyLimit: '1mb' });
  });

  it('names every missing or bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', JWT_SECRET: 'short', REDIS_URL: 'http://nope' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      for (const name of ['DATABASE_URL', 'PORT', 'JWT_SECRET', 'REDIS_URL']) expect(msg).toContain(name);
    }
  });
});
