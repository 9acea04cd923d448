import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Commune } from './commune.entity';

/** Tỉnh/thành phố: the upper level of the two-level local government (since 1/7/2025). */
@Entity()
export class Province extends BaseEntity {
  @Property({ type: 'string', length: 10, unique: true })
  code: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @OneToMany(() => Commune, (c) => c.province)
  communes = new Collection<Commune>(this);

  constructor(code: string, name: string) {
    super();
    this.code = code;
    this.name = name;
  }
}
