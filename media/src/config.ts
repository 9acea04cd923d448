import { isIP } from 'node:net';
import { z } from 'zod';

/** Secret used when NODE_ENV is not `production`, so `npm start` works with no setup. */
export const DEV_MEDIA_JOIN_SECRET = 'gd-dev-media-join-secret-not-for-production';

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  MEDIA_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  MEDIA_HOST: z.string().min(1).default('0.0.0.0'),
  MEDIA_JOIN_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Public IP that ICE candidates will announce once the SFU lands; unused until then. */
  MEDIA_ANNOUNCED_IP: z
    .string()
    .refine((v) => isIP(v) !== 0 || HOSTNAME.test(v), 'must be an IP address or a host name')
    .optional(),
  /** Comma-separated browser origins allowed to open `/live` cross-origin (dev servers). */
  MEDIA_CORS_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
});

export interface MediaConfig {
  production: boolean;
  port: number;
  host: string;
  joinSecret: string;
  announcedIp: string | undefined;
  corsOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
}

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid media configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once. Empty strings count as unset, so
 * `MEDIA_PORT=` in a compose file falls back to the default instead of failing on "".
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): MediaConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.MEDIA_JOIN_SECRET) {
    throw new ConfigError(['MEDIA_JOIN_SECRET: required when NODE_ENV=production']);
  }
  if (production && e.MEDIA_JOIN_SECRET === DEV_MEDIA_JOIN_SECRET) {
    throw new ConfigError(['MEDIA_JOIN_SECRET: the development default must not be used in production']);
  }
  return {
    production,
    port: e.MEDIA_PORT,
    host: e.MEDIA_HOST,
    joinSecret: e.MEDIA_JOIN_SECRET ?? DEV_MEDIA_JOIN_SECRET,
    announcedIp: e.MEDIA_ANNOUNCED_IP,
    corsOrigins: (e.MEDIA_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    logLevel: e.LOG_LEVEL,
  };
}
