import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, ErrorCode } from '../common/errors';
import { Commune } from './commune.entity';
import { Province } from './province.entity';

export interface CommuneView {
  id: string;
  code: string;
  name: string;
  kind: Commune['kind'];
  hardshipArea: boolean;
  provinceId: string;
}
export interface ProvinceView {
  id: string;
  code: string;
  name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * Provinces and communes: reference data that every directory row points at. It changes only through migrations
 * and seeding, so it is read once per process and served from memory (`invalidate()` after changing it).
 */
@Injectable()
export class GeoService {
  private cache?: Promise<{ provinces: ProvinceView[]; communes: Map<string, CommuneView> }>;

  constructor(private readonly em: EntityManager) {}

  invalidate(): void {
    this.cache = undefined;
  }

  private load() {
    this.cache ??= (async () => {
      const em = this.em.fork();
      const provinces = await em.find(Province, {}, { orderBy: { name: 'asc' } });
      const communes = await em.find(Commune, {}, { orderBy: { name: 'asc' } });
      return {
        provinces: provinces.map((p) => ({ id: p.id, code: p.code, name: p.name })),
        communes: new Map(
          communes.map((c) => [
            c.id,
            { id: c.id, code: c.code, name: c.name, kind: c.kind, hardshipArea: c.hardshipArea, provinceId: c.province.id },
          ]),
        ),
      };
    })().catch((e) => {
      this.cache = undefined;
      throw e;
    });
    return this.cache;
  }

  /** Every province; any signed-in user may read them. */
  async provinces(_user: AuthUser): Promise<ProvinceView[]> {
    return (await this.load()).provinces;
  }

  async province(id: string): Promise<ProvinceView> {
    const p = (await this.load()).provinces.find((x) => x.id === id);
    if (!p) throw new AppError(ErrorCode.ProvinceNotFound, `No province with id ${id}.`);
    return p;
  }

  /** Communes of one province (or all), in name order. */
  async communes(_user: AuthUser, provinceId?: string | null): Promise<CommuneView[]> {
    const { communes } = await this.load();
    if (provinceId && !(await this.load()).provinces.some((p) => p.id === provinceId)) {
      throw new AppError(ErrorCode.ProvinceNotFound, `No province with id ${provinceId}.`);
    }
    const all = [...communes.values()];
    return provinceId ? all.filter((c) => c.provinceId === provinceId) : all;
  }

  /** A lookup function over the cached communes (one await per request instead of one per row). */
  async communeLookup(): Promise<(id: string) => CommuneView> {
    const { communes } = await this.load();
    return (id) => {
      const c = communes.get(id);
      if (!c) throw new AppError(ErrorCode.CommuneNotFound, `No commune with id ${id}.`);
      return c;
    };
  }

  /** One commune, or `commune/not_found` naming the id. */
  async commune(id: string): Promise<CommuneView> {
    const c = isUuid(id) ? (await this.load()).communes.get(id) : undefined;
    if (!c) throw new AppError(ErrorCode.CommuneNotFound, `No commune with id ${id}.`);
    return c;
  }
}
