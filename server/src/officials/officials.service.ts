import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { AppError, ErrorCode, forbidden, ValidationError } from '../common/errors';
import { queryPrepared } from '../database/prepared';
import { Commune } from '../geo/commune.entity';
import { GeoService, isUuid } from '../geo/geo.service';
import type { OfficialFilter, OfficialsArgs } from './dto/official-filter.input';
import type { CreateOfficialInput, UpdateOfficialInput } from './dto/official.input';
import { Official } from './official.entity';
import { LIMITS, validateOfficialFields } from './official.validation';
import { OfficialEventsService } from './official-events.service';
import {
  decodeCursor,
  encodeCursor,
  officialFromRow,
  type OfficialRow,
  officialsListSql,
  type ScopedOfficialFilter,
} from './officials.sql';

export interface OfficialPage {
  edges: { cursor: string; node: OfficialRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * The officials directory. Who sees what: administrators and lecturers read everyone; coordinators read and edit
 * only their own commune; trainees read only their own record; only administrators and coordinators write.
 */
@Injectable()
export class OfficialsService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoService,
    private readonly events: OfficialEventsService,
  ) {}

  async list(user: AuthUser, args: OfficialsArgs): Promise<OfficialPage> {
    if (user.role === Role.TRAINEE) throw forbidden('listing the officials directory');
    const filter = await this.scopeFilter(user, args.filter ?? {});
    if (!Number.isInteger(args.first) || args.first < 0 || args.first > LIMITS.pageSize) {
      throw new ValidationError({ first: 'out_of_range' });
    }
    const after = args.after ? decodeCursor(args.after) : null;
    if (args.after && !after) throw new ValidationError({ after: 'invalid_value' });

    const sql = officialsListSql(filter, args.first, after);
    const result = await queryPrepared(this.em, sql.text, sql.values);
    const rows = result.filter((r) => r.id !== null);
    const hasNextPage = rows.length > args.first;
    const communeOf = await this.geo.communeLookup();
    const nodes = rows.slice(0, args.first).map((r) => officialFromRow(r, communeOf));
    const edges = nodes.map((node) => ({ cursor: encodeCursor({ sortKey: node.sortKey, id: node.id }), node }));
    return {
      edges,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: (result[0]?.total_count as number | undefined) ?? 0,
    };
  }

  /** One official the caller may see; `official/not_found` otherwise (out-of-scope records are not revealed). */
  async get(user: AuthUser, id: string): Promise<OfficialRow> {
    return this.view(await this.find(user, id));
  }

  /** A trainee account's own record (`User.official`); no scope check: the account is the caller's own. */
  async ownRecord(officialId: string): Promise<OfficialRow | null> {
    const official = await this.em.findOne(Official, { id: officialId });
    return official ? this.view(official) : null;
  }

  private async view(o: Official): Promise<OfficialRow> {
    const communeOf = await this.geo.communeLookup();
    return {
      id: o.id,
      fullName: o.fullName,
      sortKey: o.sortKey,
      dateOfBirth: o.dateOfBirth ?? null,
      gender: o.gender,
      ethnicity: o.ethnicity,
      hardshipArea: o.hardshipArea,
      bloc: o.bloc,
      position: o.position,
      professionalLevel: o.professionalLevel ?? null,
      politicalTheoryLevel: o.politicalTheoryLevel ?? null,
      stateManagementLevel: o.stateManagementLevel ?? null,
      phone: o.phone ?? null,
      email: o.email ?? null,
      active: o.active,
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
      commune: communeOf(o.commune.id),
    };
  }

  private async find(user: AuthUser, id: string): Promise<Official> {
    const official = isUuid(id) ? await this.em.findOne(Official, { id }) : null;
    if (!official || !this.canRead(user, official)) {
      throw new AppError(ErrorCode.OfficialNotFound, `No official with id ${id} that you may see.`);
    }
    return official;
  }

  async create(user: AuthUser, input: CreateOfficialInput): Promise<OfficialRow> {
    this.assertWriter(user);
    const clean = validateOfficialFields(input, 'create');
    const commune = await this.writableCommune(user, input.communeId);
    const official = new Official({
      fullName: clean.fullName!,
      gender: input.gender,
      ethnicity: clean.ethnicity!,
      commune: this.em.getReference(Commune, commune.id),
      bloc: input.bloc,
      position: input.position,
    });
    official.dateOfBirth = clean.dateOfBirth ?? null;
    official.hardshipArea = input.hardshipArea ?? commune.hardshipArea;
    official.professionalLevel = input.professionalLevel ?? null;
    official.politicalTheoryLevel = input.politicalTheoryLevel ?? null;
    official.stateManagementLevel = input.stateManagementLevel ?? null;
    official.phone = clean.phone ?? null;
    official.email = clean.email ?? null;
    official.refreshSearch();
    await this.em.persistAndFlush(official);
    return this.publish(official);
  }

  async update(user: AuthUser, id: string, input: UpdateOfficialInput): Promise<OfficialRow> {
    this.assertWriter(user);
    const official = await this.find(user, id);
    const clean = validateOfficialFields(input, 'update');
    const required = ['gender', 'bloc', 'position', 'hardshipArea'] as const;
    const nulled = Object.fromEntries(required.filter((k) => input[k] === null).map((k) => [k, 'required' as const]));
    if (Object.keys(nulled).length) throw new ValidationError(nulled);
    if (input.communeId !== undefined && input.communeId !== official.commune.id) {
      if (user.role !== Role.ADMIN) throw forbidden('moving an official to another commune');
      if (input.communeId === null) throw new ValidationError({ communeId: 'required' });
      const commune = await this.writableCommune(user, input.communeId);
      official.commune = this.em.getReference(Commune, commune.id);
    }
    if (clean.fullName !== undefined) official.fullName = clean.fullName;
    if (clean.ethnicity !== undefined) official.ethnicity = clean.ethnicity;
    if (clean.dateOfBirth !== undefined) official.dateOfBirth = clean.dateOfBirth;
    if (clean.phone !== undefined) official.phone = clean.phone;
    if (clean.email !== undefined) official.email = clean.email;
    if (input.gender) official.gender = input.gender;
    if (input.bloc) official.bloc = input.bloc;
    if (input.position) official.position = input.position;
    if (typeof input.hardshipArea === 'boolean') official.hardshipArea = input.hardshipArea;
    if (input.professionalLevel !== undefined) official.professionalLevel = input.professionalLevel;
    if (input.politicalTheoryLevel !== undefined) official.politicalTheoryLevel = input.politicalTheoryLevel;
    if (input.stateManagementLevel !== undefined) official.stateManagementLevel = input.stateManagementLevel;
    official.refreshSearch();
    await this.em.flush();
    return this.publish(official);
  }

  /** Marks an official as no longer serving; the record stays for history and reports. */
  async deactivate(user: AuthUser, id: string): Promise<OfficialRow> {
    this.assertWriter(user);
    const official = await this.find(user, id);
    official.active = false;
    await this.em.flush();
    return this.publish(official);
  }

  private async publish(official: Official): Promise<OfficialRow> {
    const view = await this.view(official);
    this.events.changed(view);
    return view;
  }

  /** Whether `user` may read `official` (used by the subscription filter too). */
  canRead(user: AuthUser, official: { id: string; commune: { id: string } }): boolean {
    switch (user.role) {
      case Role.ADMIN:
      case Role.LECTURER:
        return true;
      case Role.COORDINATOR:
        return !!user.communeId && official.commune.id === user.communeId;
      case Role.TRAINEE:
        return !!user.officialId && official.id === user.officialId;
    }
  }

  private assertWriter(user: AuthUser): void {
    if (user.role !== Role.ADMIN && user.role !== Role.COORDINATOR) throw forbidden('changing the officials directory');
  }

  private async writableCommune(user: AuthUser, communeId: string) {
    const commune = await this.geo.commune(communeId);
    if (user.role === Role.COORDINATOR && commune.id !== user.communeId) {
      throw forbidden('editing officials of another commune');
    }
    return commune;
  }

  /** Validates filter values and narrows them to what the caller may see. */
  private async scopeFilter(user: AuthUser, f: OfficialFilter): Promise<ScopedOfficialFilter> {
    if (f.search && f.search.length > LIMITS.search) throw new ValidationError({ search: 'too_long' });
    if (f.communeId) await this.geo.commune(f.communeId);
    if (f.provinceId) await this.geo.province(f.provinceId);
    if (user.role === Role.COORDINATOR) {
      if (!user.communeId) throw forbidden('listing officials without an assigned commune');
      if (f.communeId && f.communeId !== user.communeId) throw forbidden('listing officials of another commune');
      return { ...f, communeId: user.communeId };
    }
    return { ...f };
  }
}
