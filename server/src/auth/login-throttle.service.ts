import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { AppError, ErrorCode } from '../common/errors';

const tooMany = (ms: number) =>
  new AppError(ErrorCode.AuthTooManyAttempts, 'Too many sign-in attempts; wait before trying again.', {
    retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)),
  });

/**
 * Throttles sign-in per account (failed attempts) and per client IP (all attempts). In memory for one process;
 * in Redis when REDIS_URL is set so that several API processes share the counters.
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const t = config.loginThrottle;
    const account = { keyPrefix: 'gd:login:acct', points: t.maxFailuresPerAccount, duration: t.windowSeconds };
    const ip = { keyPrefix: 'gd:login:ip', points: t.maxAttemptsPerIp, duration: t.windowSeconds };
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, lazyConnect: false });
      this.perAccount = new RateLimiterRedis({ storeClient: this.redis, ...account });
      this.perIp = new RateLimiterRedis({ storeClient: this.redis, ...ip });
    } else {
      this.perAccount = new RateLimiterMemory(account);
      this.perIp = new RateLimiterMemory(ip);
    }
  }

  /** Call before checking a password; throws `auth/too_many_attempts` when either limit is spent. */
  async before(email: string, ip: string): Promise<void> {
    const acct = await this.perAccount.get(email);
    if (acct && acct.consumedPoints >= this.perAccount.points) throw tooMany(acct.msBeforeNext);
    try {
      await this.perIp.consume(ip);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw tooMany(e.msBeforeNext);
      throw e;
    }
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.penalty(email, 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  onModuleDestroy() {
    this.redis?.disconnect();
  }
}
