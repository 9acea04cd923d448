import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { CommuneKind } from '../officials/official.enums';
import { Province } from './province.entity';

/** Xã / phường / đặc khu: the lower level of local government. */
@Entity()
@Index({ properties: ['province', 'name'] })
export class Commune extends BaseEntity {
  @Property({ type: 'string', length: 10, unique: true })
  code: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Enum({ items: () => CommuneKind, nativeEnumName: 'commune_kind' })
  kind: CommuneKind;

  @ManyToOne(() => Province)
  province: Province;

  /** Mountain, border, island or especially hard area (vùng sâu, vùng xa, biên giới, hải đảo). */
  @Property({ type: 'boolean', default: false })
  hardshipArea: boolean & Opt = false;

  constructor(province: Province, code: string, name: string, kind: CommuneKind) {
    super();
    this.province = province;
    this.code = code;
    this.name = name;
    this.kind = kind;
  }
}
