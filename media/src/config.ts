import { availableParallelism } from 'node:os';
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
  /** Public IP or host name ICE candidates announce (127.0.0.1 for local runs); unset: the listen IP. */
  MEDIA_ANNOUNCED_IP: z
    .string()
    .refine((v) => isIP(v) !== 0 || HOSTNAME.test(v), 'must be an IP address or a host name')
    .optional(),
  /** Comma-separated browser origins allowed to open `/live` cross-origin (dev servers). */
  MEDIA_CORS_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** mediasoup workers (one per core by default). */
  MEDIA_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** First WebRTC port: worker i listens on UDP and TCP port MEDIA_RTC_PORT_MIN + i (0: any free port, for tests). */
  MEDIA_RTC_PORT_MIN: z.coerce.number().int().min(0).max(65535).default(40000),
  /** Address the WebRTC servers bind to. */
  MEDIA_LISTEN_IP: z.string().refine((v) => isIP(v) !== 0, 'must be an IP address').default('0.0.0.0'),
  /** Comma-separated TURN URLs handed to browsers (turn:host:3478?transport=udp,turns:host:5349). */
  MEDIA_TURN_URLS: z.string().optional(),
  /** coturn `static-auth-secret` for REST credentials; required with MEDIA_TURN_URLS. */
  MEDIA_TURN_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Explicit mediasoup worker binary (else the cached build, else mediasoup's stock worker). */
  MEDIASOUP_WORKER_BIN: z.string().optional(),
  /** PostgreSQL of the API, for live attendance intervals; unset: attendance is not recorded. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** Load tests only (`pnpm bench live-class`): allow the `createPlainTransport` request (plain RTP to loopback). */
  MEDIA_ALLOW_PLAIN_TRANSPORTS: z.enum(['0', '1'], { message: 'must be 0 or 1' }).default('0'),
  /** Diagnostics: append every key-frame request sent to a publisher and every key frame received (JSON lines). */
  MEDIA_KEYFRAME_TRACE_FILE: z.string().min(1).optional(),
});

export interface MediaConfig {
  production: boolean;
  port: number;
  host: string;
  joinSecret: string;
  announcedIp: string | undefined;
  corsOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  workers: number;
  rtcPortMin: number;
  listenIp: string;
  turnUrls: string[];
  turnSecret: string | undefined;
  workerBin: string | undefined;
  databaseUrl: string | undefined;
  /** MEDIA_ALLOW_PLAIN_TRANSPORTS=1: bench receivers may ask for plain RTP transports (never in production). */
  allowPlainTransports: boolean;
  /** MEDIA_KEYFRAME_TRACE_FILE: where to append the key-frame trace (`pnpm bench live-class` with BENCH_KEYFRAME_TRACE=1). */
  keyFrameTraceFile: string | undefined;
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
  if (production && e.MEDIA_ALLOW_PLAIN_TRANSPORTS === '1') {
    throw new ConfigError(['MEDIA_ALLOW_PLAIN_TRANSPORTS: load-test transports must not be enabled when NODE_ENV=production']);
  }
  const turnUrls = (e.MEDIA_TURN_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const badTurn = turnUrls.find((u) => !/^turns?:[^\s]+$/.test(u));
  if (badTurn) throw new ConfigError([`MEDIA_TURN_URLS: "${badTurn}" is not a turn: or turns: URL`]);
  if (turnUrls.length > 0 && !e.MEDIA_TURN_SECRET) throw new ConfigError(['MEDIA_TURN_SECRET: required with MEDIA_TURN_URLS']);
  const workers = e.MEDIA_WORKERS ?? Math.max(1, availableParallelism());
  if (e.MEDIA_RTC_PORT_MIN !== 0 && e.MEDIA_RTC_PORT_MIN + workers - 1 > 65535) {
    throw new ConfigError([`MEDIA_RTC_PORT_MIN: ${e.MEDIA_RTC_PORT_MIN} + ${workers} workers goes past port 65535`]);
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
    workers,
    rtcPortMin: e.MEDIA_RTC_PORT_MIN,
    listenIp: e.MEDIA_LISTEN_IP,
    turnUrls,
    turnSecret: e.MEDIA_TURN_SECRET,
    workerBin: e.MEDIASOUP_WORKER_BIN,
    databaseUrl: e.DATABASE_URL,
    allowPlainTransports: e.MEDIA_ALLOW_PLAIN_TRANSPORTS === '1',
    keyFrameTraceFile: e.MEDIA_KEYFRAME_TRACE_FILE,
  };
}
