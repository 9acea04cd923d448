import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { User } from '../users/user.entity';

/**
 * One issued refresh token, stored as a SHA-256 hash. Tokens rotate on every refresh; presenting an already
 * rotated token revokes its whole family (the usual sign of a stolen token).
 */
@Entity()
@Index({ properties: ['family'] })
export class RefreshToken extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: User;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash: string;

  @Property({ type: 'uuid' })
  family: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  constructor(user: User, tokenHash: string, family: string, expiresAt: Date) {
    super();
    this.user = user;
    this.tokenHash = tokenHash;
    this.family = family;
    this.expiresAt = expiresAt;
  }
}
