import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { foldVietnamese } from '../common/text';
import { BaseEntity } from '../database/base.entity';
import { Commune } from '../geo/commune.entity';
import { Bloc, Gender, PoliticalTheoryLevel, Position, ProfessionalLevel, StateManagementLevel } from './official.enums';

/** A commune-level official (cán bộ, công chức cấp xã) in the directory. */
@Entity()
@Index({ name: 'official_commune_sort_idx', properties: ['commune', 'sortKey', 'id'] })
@Index({ name: 'official_sort_idx', properties: ['sortKey', 'id'] })
export class Official extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  fullName: string;

  /** Folded (no diacritics, lower case) full name: the directory's sort order and keyset cursor. */
  @Property({ type: 'string', length: 200 })
  sortKey: string;

  /** Folded name, phone and email, trigram-indexed for search insensitive to diacritics and case. */
  @Property({ type: 'text' })
  searchText: string;

  @Property({ type: 'date', nullable: true })
  dateOfBirth?: string | null;

  @Enum({ items: () => Gender, nativeEnumName: 'gender' })
  gender: Gender;

  @Property({ type: 'string', length: 50 })
  ethnicity: string;

  @Property({ type: 'boolean', default: false })
  hardshipArea: boolean & Opt = false;

  @ManyToOne(() => Commune)
  commune: Commune;

  @Enum({ items: () => Bloc, nativeEnumName: 'bloc' })
  bloc: Bloc;

  @Enum({ items: () => Position, nativeEnumName: 'position' })
  position: Position;

  @Enum({ items: () => ProfessionalLevel, nativeEnumName: 'professional_level', nullable: true })
  professionalLevel?: ProfessionalLevel | null;

  @Enum({ items: () => PoliticalTheoryLevel, nativeEnumName: 'political_theory_level', nullable: true })
  politicalTheoryLevel?: PoliticalTheoryLevel | null;

  @Enum({ items: () => StateManagementLevel, nativeEnumName: 'state_management_level', nullable: true })
  stateManagementLevel?: StateManagementLevel | null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  constructor(init: {
    fullName: string;
    gender: Gender;
    ethnicity: string;
    commune: Commune;
    bloc: Bloc;
    position: Position;
  }) {
    super();
    this.fullName = init.fullName;
    this.gender = init.gender;
    this.ethnicity = init.ethnicity;
    this.commune = init.commune;
    this.bloc = init.bloc;
    this.position = init.position;
    this.sortKey = '';
    this.searchText = '';
    this.refreshSearch();
  }

  /** Recomputes the folded columns; call after changing name, phone or email. */
  refreshSearch(): void {
    this.sortKey = foldVietnamese(this.fullName);
    this.searchText = officialSearchText(this.fullName, this.phone, this.email);
  }
}

/** What the trigram index searches: folded name, phone and email. */
export function officialSearchText(fullName: string, phone?: string | null, email?: string | null): string {
  return [foldVietnamese(fullName), phone ?? '', (email ?? '').toLowerCase()].filter(Boolean).join(' ');
}
