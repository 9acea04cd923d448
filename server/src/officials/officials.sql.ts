import { foldVietnamese } from '../common/text';
import type { CommuneView } from '../geo/geo.service';
import type { Official } from './official.entity';
import type { Bloc, Gender, PoliticalTheoryLevel, Position, ProfessionalLevel, StateManagementLevel } from './official.enums';

/** A filter after validation and access scoping. */
export interface ScopedOfficialFilter {
  communeId?: string | null;
  provinceId?: string | null;
  bloc?: Bloc | null;
  position?: Position | null;
  professionalLevel?: ProfessionalLevel | null;
  politicalTheoryLevel?: PoliticalTheoryLevel | null;
  stateManagementLevel?: StateManagementLevel | null;
  gender?: Gender | null;
  hardshipArea?: boolean | null;
  search?: string | null;
  includeInactive?: boolean | null;
}

export interface KeysetCursor {
  sortKey: string;
  id: string;
}

export interface Sql {
  /** Statement with `?` placeholders (knex/MikroORM style). */
  text: string;
  values: unknown[];
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

function where(f: ScopedOfficialFilter): Sql {
  const parts: string[] = [];
  const values: unknown[] = [];
  const eq = (column: string, value: unknown) => {
    if (value === undefined || value === null) return;
    parts.push(`o.${column} = ?`);
    values.push(value);
  };
  if (!f.includeInactive) parts.push('o.active = true');
  eq('commune_id', f.communeId);
  eq('bloc', f.bloc);
  eq('position', f.position);
  eq('professional_level', f.professionalLevel);
  eq('political_theory_level', f.politicalTheoryLevel);
  eq('state_management_level', f.stateManagementLevel);
  eq('gender', f.gender);
  eq('hardship_area', f.hardshipArea);
  if (f.provinceId) {
    parts.push('o.commune_id in (select c.id from commune c where c.province_id = ?)');
    values.push(f.provinceId);
  }
  // Every word must match: words with a digit or '@' look in phone and email, the others in the folded name.
  // Trigram indexes serve LIKE '%word%' on both columns.
  for (const word of foldVietnamese(f.search ?? '').split(' ').filter(Boolean)) {
    parts.push(/[\d@]/.test(word) ? 'o.search_text like ?' : 'o.sort_key like ?');
    values.push(`%${likeEscape(word)}%`);
  }
  return { text: parts.length ? `where ${parts.join(' and ')}` : '', values };
}

// What officialFromRow reads: everything but the search column.
const ROW_COLUMNS = [
  'id', 'full_name', 'sort_key', 'date_of_birth', 'gender', 'ethnicity', 'hardship_area', 'commune_id', 'bloc', 'position',
  'professional_level', 'political_theory_level', 'state_management_level', 'phone', 'email', 'active', 'created_at', 'updated_at',
]
  .map((c) => `o.${c}`)
  .join(', ');

/**
 * The directory's one statement: the total count of matching officials joined with one page of them in name order
 * (keyset after `after`). One round trip instead of two; an empty page still returns one row carrying the count
 * (with a null id). Shared by the service and the `officials-list` benchmark, so the benchmark times exactly what
 * the API runs.
 */
export function officialsListSql(filter: ScopedOfficialFilter, first: number, after?: KeysetCursor | null): Sql {
  const w = where(filter);
  const pageWhere = after
    ? { text: `${w.text ? w.text + ' and' : 'where'} (o.sort_key, o.id) > (?, ?)`, values: [...w.values, after.sortKey, after.id] }
    : w;
  return {
    text:
      `select p.*, c.total_count from (select count(*)::int as total_count from official o ${w.text}) c ` +
      `left join lateral (select ${ROW_COLUMNS} from official o ${pageWhere.text} order by o.sort_key, o.id limit ?) p on true`,
    values: [...w.values, ...pageWhere.values, first + 1],
  };
}

/** `?` placeholders to PostgreSQL's `$1, $2…` for use with node-postgres directly. */
export function toPgPlaceholders(sql: Sql): { text: string; values: unknown[] } {
  let i = 0;
  return { text: sql.text.replace(/\?/g, () => `$${++i}`), values: sql.values };
}

export function encodeCursor(c: KeysetCursor): string {
  return Buffer.from(JSON.stringify([c.sortKey, c.id])).toString('base64url');
}

/** Decodes a cursor; null when it is not one of ours. */
export function decodeCursor(s: string): KeysetCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/.test(v[1])) {
      return { sortKey: v[0], id: v[1] };
    }
  } catch {
    /* fall through */
  }
  return null;
}

/** An official as the API shows it: the entity's public fields with its commune resolved from the cache. */
export type OfficialRow = Pick<
  Official,
  | 'id'
  | 'fullName'
  | 'sortKey'
  | 'dateOfBirth'
  | 'gender'
  | 'ethnicity'
  | 'hardshipArea'
  | 'bloc'
  | 'position'
  | 'professionalLevel'
  | 'politicalTheoryLevel'
  | 'stateManagementLevel'
  | 'phone'
  | 'email'
  | 'active'
  | 'createdAt'
  | 'updatedAt'
> & { commune: CommuneView };

/**
 * Maps a raw `official` row. Reads are hot and never modified, so they skip ORM hydration (which cost a quarter of
 * the directory's CPU time); writes go through the entity.
 */
export function officialFromRow(r: Record<string, unknown>, communeOf: (id: string) => CommuneView): OfficialRow {
  const date = r.date_of_birth;
  return {
    id: r.id as string,
    fullName: r.full_name as string,
    sortKey: r.sort_key as string,
    dateOfBirth: date instanceof Date ? date.toISOString().slice(0, 10) : ((date as string | null) ?? null),
    gender: r.gender as OfficialRow['gender'],
    ethnicity: r.ethnicity as string,
    hardshipArea: r.hardship_area as boolean,
    bloc: r.bloc as OfficialRow['bloc'],
    position: r.position as OfficialRow['position'],
    professionalLevel: (r.professional_level ?? null) as OfficialRow['professionalLevel'],
    politicalTheoryLevel: (r.political_theory_level ?? null) as OfficialRow['politicalTheoryLevel'],
    stateManagementLevel: (r.state_management_level ?? null) as OfficialRow['stateManagementLevel'],
    phone: (r.phone ?? null) as string | null,
    email: (r.email ?? null) as string | null,
    active: r.active as boolean,
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
    commune: communeOf(r.commune_id as string),
  };
}
