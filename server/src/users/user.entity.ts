import { Entity, Enum, ManyToOne, OneToOne, type Opt, Property } from '@mikro-orm/core';
import { Role } from '../common/auth/auth-user';
import { BaseEntity } from '../database/base.entity';
import { Commune } from '../geo/commune.entity';
import { Official } from '../officials/official.entity';

/** A sign-in account with exactly one role. */
@Entity()
export class User extends BaseEntity {
  @Property({ type: 'string', length: 254, unique: true })
  email: string;

  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role: Role;

  @Property({ type: 'string', length: 200 })
  displayName: string;

  /** A coordinator's commune (required for COORDINATOR, empty otherwise). */
  @ManyToOne(() => Commune, { nullable: true })
  commune?: Commune | null;

  /** A trainee's own directory record. */
  @OneToOne(() => Official, { nullable: true, owner: true, unique: true })
  official?: Official | null;

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  constructor(email: string, passwordHash: string, role: Role, displayName: string) {
    super();
    this.email = email.toLowerCase();
    this.passwordHash = passwordHash;
    this.role = role;
    this.displayName = displayName;
  }
}
