import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_MEDIA_JOIN_SECRET, loadConfig } from '../common/config';

const valid = { DATABASE_URL: 'postgres://u@localhost/db', JWT_SECRET: 'x'.repeat(32) };

describe('live and attendance configuration', () => {
  it('defaults to the media service’s development secret and the documented windows', async () => {
    // Loaded by path: media/ lies outside this package's TypeScript rootDir.
    const media = (await import(/* @vite-ignore */ path.resolve(__dirname, '../../../media/src/config.ts'))) as { DEV_MEDIA_JOIN_SECRET: string };
    expect(DEV_MEDIA_JOIN_SECRET).toBe(media.DEV_MEDIA_JOIN_SECRET);
    expect(loadConfig(valid)).toMatchObject({
      live: { joinSecret: DEV_MEDIA_JOIN_SECRET, joinTokenTtlSeconds: 120, joinEarlyMinutes: 30, joinLateMinutes: 30 },
      attendance: { minPresencePercent: 80, checkinCodeTtlSeconds: 30 },
    });
  });

  it('requires a real MEDIA_JOIN_SECRET in production and names bad values', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/MEDIA_JOIN_SECRET/);
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', MEDIA_JOIN_SECRET: DEV_MEDIA_JOIN_SECRET })).toThrow(/development default/);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', MEDIA_JOIN_SECRET: 's'.repeat(32) }).live.joinSecret).toBe('s'.repeat(32));
    try {
      loadConfig({ ...valid, MEDIA_JOIN_SECRET: 'short', ATTENDANCE_MIN_PRESENCE_PERCENT: '120', CHECKIN_CODE_TTL_SECONDS: '1' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      for (const name of ['MEDIA_JOIN_SECRET', 'ATTENDANCE_MIN_PRESENCE_PERCENT', 'CHECKIN_CODE_TTL_SECONDS']) expect((e as Error).message).toContain(name);
    }
  });
});
