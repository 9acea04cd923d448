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
  CORS_ORIGINS: z.string().default(''),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(8),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 512kb or 1mb').default('1mb'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_CONNECT: bool.default('true'),
  TRUST_PROXY: bool.default('false'),
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  PROGRAM_MIN_PRACTICE_PERCENT: z.coerce.number().int().min(0).max(100).default(70),
  HTTP_KEEP_ALIVE_SECONDS: z.coerce.number().int().min(1).max(600).default(65),
});

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
  corsOrigins: string[];
  redisUrl?: string;
  loginThrottle: { maxFailuresPerAccount: number; maxAttemptsPerIp: number; windowSeconds: number };
  graphql: { maxDepth: number; maxComplexity: number };
  bodyLimit: string;
  trustProxy: boolean;
  /** API processes sharing the port (node:cluster); more than one needs Redis for shared state. */
  apiWorkers: number;
  /** Default practice threshold (percent of hours) of new programs; below it a program shows a warning. */
  programMinPracticePercent: number;
  /** How long an idle keep-alive connection stays open; longer than proxies' and clients' idle timeouts. */
  keepAliveTimeoutMs: number;
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
    corsOrigins: e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    redisUrl: e.REDIS_URL,
    loginThrottle: {
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxAttemptsPerIp: e.LOGIN_MAX_ATTEMPTS_PER_IP,
      windowSeconds: e.LOGIN_THROTTLE_WINDOW_SECONDS,
    },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxComplexity: e.GRAPHQL_MAX_COMPLEXITY },
    bodyLimit: e.BODY_LIMIT,
    trustProxy: e.TRUST_PROXY,
    apiWorkers: e.API_WORKERS,
    programMinPracticePercent: e.PROGRAM_MIN_PRACTICE_PERCENT,
    keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_SECONDS * 1000,
  };
}

/** Injection token for the typed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
