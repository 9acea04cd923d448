import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { AuthUser } from '../common/auth/auth-user';
import { Role } from '../common/auth/auth-user';
import { AppError, ErrorCode, ValidationError } from '../common/errors';
import { Commune } from '../geo/commune.entity';
import { Official } from '../officials/official.entity';
import { User } from './user.entity';

/** argon2id with OWASP's recommended minimums (19 MiB, 2 passes). */
export const hashPassword = (password: string) =>
  argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  displayName: string;
  communeId?: string | null;
  officialId?: string | null;
}

@Injectable()
export class UsersService {
  constructor(private readonly em: EntityManager) {}

  /** The caller's own account. */
  async me(user: AuthUser): Promise<User> {
    const found = await this.em.findOne(User, { id: user.id, active: true });
    if (!found) throw new AppError(ErrorCode.AuthUnauthenticated, 'This account no longer exists or was deactivated.');
    return found;
  }

  /** Creates an account (CLI `create-admin` and the seeder); validates like any other input. */
  async create(input: NewUser, em: EntityManager = this.em): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const errors: Record<string, 'invalid_email' | 'too_short' | 'required'> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) errors.email = 'invalid_email';
    if (input.password.length < 8) errors.password = 'too_short';
    if (input.role === Role.COORDINATOR && !input.communeId) errors.communeId = 'required';
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const user = new User(email, await hashPassword(input.password), input.role, input.displayName);
    if (input.communeId) user.commune = em.getReference(Commune, input.communeId);
    if (input.officialId) user.official = em.getReference(Official, input.officialId);
    await em.persistAndFlush(user);
    return user;
  }

  async count(): Promise<number> {
    return this.em.fork().count(User, {});
  }
}
