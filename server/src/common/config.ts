import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ required_error: 'is required (postgres://user:pass@host:port/db)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  HOST: z.string().default('0.0.0.0'),
  PORT: port.default(3000),
  JWT_SECRET: z.string({ required_error: 'is required (at least 32 random characters)' }).min(32, 'must be at least 32 characters'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_REQUESTS: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('debug'),
  LOG_SLOW_REQUEST_MS: z.coerce.number().int().min(1).default(1000),
  CORS_ORIGINS: z.string().default(''),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(8),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  GRAPHQL_JIT: bool.default('true'),
  GRAPHQL_FAST_PATH: bool.default('true'),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 512kb or 1mb').default('1mb'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_CONNECT: bool.default('true'),
  TRUST_PROXY: bool.default('false'),
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  PROGRAM_MIN_PRACTICE_PERCENT: z.coerce.number().int().min(0).max(100).default(70),
  HTTP_KEEP_ALIVE_SECONDS: z.coerce.number().int().min(1).max(600).default(65),
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(25 * 1024 * 1024),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).default(200_000),
  IMPORT_MAX_COLUMNS: z.coerce.number().int().min(10).max(16_384).default(100),
  IMPORT_MAX_CELL_CHARS: z.coerce.number().int().min(100).default(2_000),
  MEDIA_JOIN_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  MEDIA_JOIN_TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(120),
  LIVE_JOIN_EARLY_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
  LIVE_JOIN_LATE_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
  ATTENDANCE_MIN_PRESENCE_PERCENT: z.coerce.number().int().min(0).max(100).default(80),
  CHECKIN_CODE_TTL_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
});

/** Join-token secret used when NODE_ENV is not `production`; the same default as `media/src/config.ts`. */
export const DEV_MEDIA_JOIN_SECRET = 'gd-dev-media-join-secret-not-for-production';

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  databaseUrl: string;
  dbPoolMax: number;
  dbConnect: boolean;
  host: string;
  port: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  logLevel: string;
  /** One line per finished request: failures at error, slow ones at warn, the others at `level` (LOG_REQUESTS). */
  requestLog: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'; slowMs: number };
  corsOrigins: string[];
  redisUrl?: string;
  loginThrottle: { maxFailuresPerAccount: number; maxAttemptsPerIp: number; windowSeconds: number };
  /**
   * jit: run queries through compiled execution (common/graphql/compiled-execution.ts); fastPath: answer
   * `POST /graphql` without the rest of Express's stack (common/graphql/fast-path.ts).
   */
  graphql: { maxDepth: number; maxComplexity: number; jit: boolean; fastPath: boolean };
  bodyLimit: string;
  trustProxy: boolean;
  /** API processes sharing the port (node:cluster); more than one needs Redis for shared state. */
  apiWorkers: number;
  /** Default practice threshold (percent of hours) of new programs; below it a program shows a warning. */
  programMinPracticePercent: number;
  /** How long an idle keep-alive connection stays open; longer than proxies' and clients' idle timeouts. */
  keepAliveTimeoutMs: number;
  /** Limits of bulk enrolment imports (uploaded CSV/XLSX files of officials). */
  imports: { maxBytes: number; maxRows: number; maxColumns: number; maxCellChars: number };
  /** Live sessions: join tokens for the media service and when a session may be joined. */
  live: {
    /** HS256 secret shared with the media service (`MEDIA_JOIN_SECRET`). */
    joinSecret: string;
    joinTokenTtlSeconds: number;
    /** A session opens this many minutes before its start… */
    joinEarlyMinutes: number;
    /** …and closes this many minutes after its end. */
    joinLateMinutes: number;
  };
  attendance: {
    /** A trainee is present in a session at or above this percent of its length. */
    minPresencePercent: number;
    /** How long one rotating QR check-in code stays valid. */
    checkinCodeTtlSeconds: number;
  };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`));
  }
  const e = parsed.data;
  if (e.API_WORKERS > 1 && !e.REDIS_URL) {
    throw new ConfigError(['API_WORKERS above 1 needs REDIS_URL: login throttling and subscriptions are shared through Redis']);
  }
  if (e.NODE_ENV === 'production' && !e.MEDIA_JOIN_SECRET) {
    throw new ConfigError(['MEDIA_JOIN_SECRET is required when NODE_ENV=production (the same value as the media service)']);
  }
  if (e.NODE_ENV === 'production' && e.MEDIA_JOIN_SECRET === DEV_MEDIA_JOIN_SECRET) {
    throw new ConfigError(['MEDIA_JOIN_SECRET must not be the development default in production']);
  }
  return {
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dbPoolMax: e.DB_POOL_MAX,
    dbConnect: e.DB_CONNECT,
    host: e.HOST,
    port: e.PORT,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    logLevel: e.LOG_LEVEL,
    requestLog: { level: e.LOG_REQUESTS, slowMs: e.LOG_SLOW_REQUEST_MS },
    corsOrigins: e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    redisUrl: e.REDIS_URL,
    loginThrottle: {
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxAttemptsPerIp: e.LOGIN_MAX_ATTEMPTS_PER_IP,
      windowSeconds: e.LOGIN_THROTTLE_WINDOW_SECONDS,
    },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxComplexity: e.GRAPHQL_MAX_COMPLEXITY, jit: e.GRAPHQL_JIT, fastPath: e.GRAPHQL_FAST_PATH },
    bodyLimit: e.BODY_LIMIT,
    trustProxy: e.TRUST_PROXY,
    apiWorkers: e.API_WORKERS,
    programMinPracticePercent: e.PROGRAM_MIN_PRACTICE_PERCENT,
    keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_SECONDS * 1000,
    imports: { maxBytes: e.IMPORT_MAX_BYTES, maxRows: e.IMPORT_MAX_ROWS, maxColumns: e.IMPORT_MAX_COLUMNS, maxCellChars: e.IMPORT_MAX_CELL_CHARS },
    live: {
      joinSecret: e.MEDIA_JOIN_SECRET ?? DEV_MEDIA_JOIN_SECRET,
      joinTokenTtlSeconds: e.MEDIA_JOIN_TOKEN_TTL_SECONDS,
      joinEarlyMinutes: e.LIVE_JOIN_EARLY_MINUTES,
      joinLateMinutes: e.LIVE_JOIN_LATE_MINUTES,
    },
    attendance: {
      minPresencePercent: e.ATTENDANCE_MIN_PRESENCE_PERCENT,
      checkinCodeTtlSeconds: e.CHECKIN_CODE_TTL_SECONDS,
    },
  };
}

/** Injection token for the typed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
