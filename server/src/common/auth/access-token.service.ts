import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config';
import { AppError, ErrorCode } from '../errors';
import { type AuthUser, Role } from './auth-user';

const ISSUER = 'giang-duong';
const AUDIENCE = 'gd-api';

/** Signs and verifies the short-lived access JWT (HS256). Claims carry role and scope so requests need no lookup. */
@Injectable()
export class AccessTokenService {
  // A KeyObject made once: passing raw bytes makes jose import the key again on every call.
  private readonly key: KeyObject;
  // Verified tokens, so a client's many requests with one token verify it once. Expiry is still checked per use.
  private readonly verified = new Map<string, { user: AuthUser; exp: number }>();
  private static readonly CACHE_MAX = 10_000;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  async sign(user: AuthUser): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000);
    const token = await new SignJWT({ role: user.role, cid: user.communeId, oid: user.officialId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<AuthUser> {
    return (await this.verifyWithExpiry(token)).user;
  }

  /** Like `verify`, and also says when the token expires (a subscription socket is closed then). */
  async verifyWithExpiry(token: string): Promise<{ user: AuthUser; expiresAt: Date }> {
    const hit = this.verified.get(token);
    if (hit && hit.exp * 1000 > Date.now()) return { user: hit.user, expiresAt: new Date(hit.exp * 1000) };
    if (hit) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      const role = payload.role as Role;
      if (!payload.sub || !Object.values(Role).includes(role)) throw new Error('bad claims');
      const user: AuthUser = {
        id: payload.sub,
        role,
        communeId: typeof payload.cid === 'string' ? payload.cid : null,
        officialId: typeof payload.oid === 'string' ? payload.oid : null,
      };
      if (this.verified.size >= AccessTokenService.CACHE_MAX) this.verified.clear();
      const exp = payload.exp ?? 0;
      this.verified.set(token, { user, exp });
      return { user, expiresAt: new Date(exp * 1000) };
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) {
        throw new AppError(ErrorCode.AuthTokenExpired, 'The access token has expired; refresh it.');
      }
      throw new AppError(ErrorCode.AuthUnauthenticated, 'The access token is invalid.');
    }
  }
}
