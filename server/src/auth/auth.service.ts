import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AccessTokenService } from '../common/auth/access-token.service';
import type { AuthUser } from '../common/auth/auth-user';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { AppError, ErrorCode, ValidationError } from '../common/errors';
import { User } from '../users/user.entity';
import { hashPassword } from '../users/users.service';
import { LoginThrottleService } from './login-throttle.service';
import { RefreshToken } from './refresh-token.entity';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

export const toAuthUser = (u: User): AuthUser => ({
  id: u.id,
  role: u.role,
  communeId: u.commune?.id ?? null,
  officialId: u.official?.id ?? null,
});

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: AccessTokenService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Verified against when the email is unknown, so both kinds of failure take the same time.
  private dummyHash?: Promise<string>;

  /** Throttles, checks the credentials and opens a session. */
  async login(emailRaw: string, password: string, ip: string): Promise<Session> {
    const email = emailRaw.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw new ValidationError({ email: 'invalid_email' });
    if (!password) throw new ValidationError({ password: 'required' });
    if (password.length > 1024) throw new ValidationError({ password: 'too_long' });
    await this.throttle.before(email, ip);
    const user = await this.em.findOne(User, { email, active: true }, { populate: ['passwordHash'] });
    this.dummyHash ??= hashPassword(randomUUID());
    const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!ok || !user) {
      await this.throttle.failed(email);
      throw new AppError(ErrorCode.AuthInvalidCredentials, 'Wrong email or password.');
    }
    await this.throttle.succeeded(email);
    user.lastLoginAt = new Date();
    return this.issue(user, randomUUID());
  }

  /** Exchanges a refresh token for new tokens; a reused (already rotated) token revokes its whole family. */
  async refresh(refreshToken: string): Promise<Session> {
    const stored = await this.em.findOne(RefreshToken, { tokenHash: sha256(refreshToken) }, { populate: ['user'] });
    const invalid = () => new AppError(ErrorCode.AuthRefreshInvalid, 'The refresh token is invalid or expired; sign in again.');
    if (!stored || stored.expiresAt < new Date() || !stored.user.active) throw invalid();
    if (stored.revokedAt) {
      await this.em.nativeUpdate(RefreshToken, { family: stored.family, revokedAt: null }, { revokedAt: new Date() });
      throw invalid();
    }
    stored.revokedAt = new Date();
    return this.issue(stored.user, stored.family);
  }

  /** Revokes the given refresh token's family (this device). Unknown tokens are ignored: logout always succeeds. */
  async logout(refreshToken?: string | null): Promise<boolean> {
    if (!refreshToken) return true;
    const stored = await this.em.findOne(RefreshToken, { tokenHash: sha256(refreshToken) });
    if (stored) await this.em.nativeUpdate(RefreshToken, { family: stored.family, revokedAt: null }, { revokedAt: new Date() });
    return true;
  }

  private async issue(user: User, family: string): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    this.em.persist(new RefreshToken(user, sha256(refreshToken), family, expiresAt));
    await this.em.flush();
    const access = await this.tokens.sign(toAuthUser(user));
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, user };
  }
}
