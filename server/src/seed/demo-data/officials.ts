/**
 * Deterministic demo officials (cán bộ, công chức cấp xã) for the three demo provinces.
 *
 * - Nghệ An (40): the whole commune-level workforce of the scheme of 10/11/2025 (seed 003, §I.1):
 *   8,624 officials in 130 communes/wards, with the scheme's exact totals by bloc and by each
 *   qualification level (see {@link NGHE_AN_SCHEME_FIGURES}).
 * - Đắk Lắk (66): the party secretary and a deputy secretary of each of the 102 communes/wards,
 *   the cohort of the 18-22/8/2025 secretaries course (seed 001).
 * - Quảng Ninh (22): the four key leaders of each of the 54 units (party secretary, People's
 *   Committee chair, People's Council chair, Front chair), the four target groups of the 2022-2025
 *   programme (seed 004).
 * - Any other province code: the same four key leaders per commune.
 *
 * Same provinces + same seed → identical output: every random draw comes from sfc32 streams derived
 * from (seed, province code[, commune code]); no clock, no Math.random.
 */
import {
  Bloc,
  CommuneKind,
  Gender,
  PoliticalTheoryLevel,
  Position,
  ProfessionalLevel,
  StateManagementLevel,
} from '../../officials/official.enums';
import { ethnicProfileOf, type CommuneSeed, type ProvinceSeed } from './communes';
import { asciiSlug, generateFullName, pickEthnicity } from './names';
import { createRng, hashSeed, type Rng, type Weighted } from './prng';

export interface OfficialSeed {
  fullName: string;
  dateOfBirth: string /* YYYY-MM-DD */;
  gender: Gender;
  ethnicity: string;
  hardshipArea: boolean;
  communeCode: string;
  bloc: Bloc;
  position: Position;
  professionalLevel: ProfessionalLevel | null;
  politicalTheoryLevel: PoliticalTheoryLevel;
  stateManagementLevel: StateManagementLevel;
  phone: string;
  email: string | null;
}

export const DEFAULT_DEMO_SEED = 20251110;

/**
 * Nghệ An's commune-level officials as of 10/11/2025 (seed 003, §I.1 and footnotes 2-3).
 *
 * The scheme's four blocs sum to 8,553, not 8,624; it does not say where the other 71 work. We put
 * them in GOVERNMENT (4,748 + 71 = 4,819), the bloc that holds the People's Committee's divisions and
 * the public-administration service centre, where unlisted civil servants most plausibly sit.
 * (Footnote 3 says the party bloc's 2,277 include three military-command posts and the commune
 * political centre, 72 people; we model them as party-bloc specialists.)
 *
 * The professional levels sum to 8,512: 112 officials have no professional level in the scheme's
 * table (not yet declared / being updated when the figures were compiled), so they get
 * `professionalLevel: null` ("not recorded"). The other two qualifications sum to 8,624 exactly.
 */
export const NGHE_AN_SCHEME_FIGURES = {
  total: 8624,
  bloc: {
    [Bloc.PARTY]: 2277,
    [Bloc.FRONT]: 1191,
    [Bloc.GOVERNMENT]: 4748 + 71, // 71 not broken down by the scheme: see above.
    [Bloc.MILITARY]: 337,
  },
  professional: {
    [ProfessionalLevel.DOCTORATE]: 5,
    [ProfessionalLevel.MASTER]: 1018,
    [ProfessionalLevel.BACHELOR]: 7430,
    [ProfessionalLevel.COLLEGE_OR_VOCATIONAL]: 54,
    [ProfessionalLevel.ELEMENTARY_OR_NONE]: 5,
  },
  /** 8,624 − 8,512: professional level not recorded (null). */
  professionalNotRecorded: 112,
  politicalTheory: {
    [PoliticalTheoryLevel.ADVANCED]: 965,
    [PoliticalTheoryLevel.INTERMEDIATE]: 7005,
    [PoliticalTheoryLevel.ELEMENTARY]: 552,
    [PoliticalTheoryLevel.NONE]: 102,
  },
  stateManagement: {
    [StateManagementLevel.SENIOR_PRINCIPAL_SPECIALIST]: 25,
    [StateManagementLevel.PRINCIPAL_SPECIALIST]: 828,
    [StateManagementLevel.SPECIALIST]: 7306,
    [StateManagementLevel.NONE]: 465,
  },
} as const;

// -------------------------------------------------------------------------------------------------
// Roles
// -------------------------------------------------------------------------------------------------

/** A post finer than Position (which mass organisation, which bloc a specialist works in). */
type Role =
  | 'PS' | 'DPS' | 'PBH' | 'PBDH' | 'POC' | 'PODC' | 'ICC' | 'ICVC' | 'PARTY_SPEC'
  | 'FC' | 'FVC' | 'WOMEN_HEAD' | 'YOUTH_HEAD' | 'FARMERS_HEAD' | 'VETERANS_HEAD' | 'MO_DEPUTY' | 'FRONT_SPEC'
  | 'HDC' | 'HDVC' | 'HDBH' | 'UBC' | 'UBVC' | 'DIV_HEAD' | 'DIV_DEPUTY' | 'GOV_SPEC'
  | 'MIL_CMD' | 'MIL_DEPUTY';

interface RoleSpec {
  position: Position;
  bloc: Bloc;
  /** 0-100: how senior the post is; drives the qualification ranking. */
  seniority: number;
  /** Probability the holder is a woman. */
  female: number;
  /** Birth-year range (inclusive). */
  born: readonly [number, number];
  /** Probability an e-mail address is on file (lowered in hardship communes). */
  email: number;
}

const R = (
  position: Position,
  bloc: Bloc,
  seniority: number,
  female: number,
  born: readonly [number, number],
  email: number,
): RoleSpec => ({ position, bloc, seniority, female, born, email });

const ROLES: Readonly<Record<Role, RoleSpec>> = {
  PS: R(Position.PARTY_SECRETARY, Bloc.PARTY, 100, 0.1, [1966, 1980], 0.8),
  DPS: R(Position.DEPUTY_PARTY_SECRETARY, Bloc.PARTY, 88, 0.2, [1967, 1985], 0.78),
  PBH: R(Position.PARTY_BUILDING_HEAD, Bloc.PARTY, 74, 0.3, [1968, 1986], 0.72),
  PBDH: R(Position.PARTY_BUILDING_DEPUTY_HEAD, Bloc.PARTY, 50, 0.38, [1974, 1992], 0.66),
  POC: R(Position.PARTY_OFFICE_CHIEF, Bloc.PARTY, 70, 0.32, [1970, 1988], 0.72),
  PODC: R(Position.PARTY_OFFICE_DEPUTY_CHIEF, Bloc.PARTY, 48, 0.45, [1976, 1994], 0.66),
  ICC: R(Position.INSPECTION_COMMITTEE_CHAIR, Bloc.PARTY, 74, 0.22, [1967, 1985], 0.72),
  ICVC: R(Position.INSPECTION_COMMITTEE_VICE_CHAIR, Bloc.PARTY, 50, 0.32, [1972, 1990], 0.66),
  PARTY_SPEC: R(Position.SPECIALIST, Bloc.PARTY, 22, 0.36, [1978, 2000], 0.6),

  FC: R(Position.FRONT_CHAIR, Bloc.FRONT, 80, 0.28, [1966, 1982], 0.72),
  FVC: R(Position.FRONT_VICE_CHAIR, Bloc.FRONT, 56, 0.42, [1970, 1990], 0.62),
  WOMEN_HEAD: R(Position.MASS_ORGANISATION_HEAD, Bloc.FRONT, 60, 1, [1970, 1990], 0.62), // Hội Liên hiệp Phụ nữ
  YOUTH_HEAD: R(Position.MASS_ORGANISATION_HEAD, Bloc.FRONT, 54, 0.3, [1988, 1997], 0.7), // Đoàn Thanh niên
  FARMERS_HEAD: R(Position.MASS_ORGANISATION_HEAD, Bloc.FRONT, 60, 0.08, [1966, 1982], 0.5), // Hội Nông dân
  VETERANS_HEAD: R(Position.MASS_ORGANISATION_HEAD, Bloc.FRONT, 58, 0, [1965, 1975], 0.4), // Hội Cựu chiến binh
  MO_DEPUTY: R(Position.MASS_ORGANISATION_DEPUTY_HEAD, Bloc.FRONT, 40, 0.5, [1975, 1995], 0.55),
  FRONT_SPEC: R(Position.SPECIALIST, Bloc.FRONT, 22, 0.42, [1980, 2000], 0.58),

  HDC: R(Position.PEOPLES_COUNCIL_CHAIR, Bloc.GOVERNMENT, 90, 0.14, [1966, 1982], 0.78),
  HDVC: R(Position.PEOPLES_COUNCIL_VICE_CHAIR, Bloc.GOVERNMENT, 72, 0.3, [1968, 1986], 0.72),
  HDBH: R(Position.PEOPLES_COUNCIL_BOARD_HEAD, Bloc.GOVERNMENT, 60, 0.3, [1970, 1988], 0.68),
  UBC: R(Position.PEOPLES_COMMITTEE_CHAIR, Bloc.GOVERNMENT, 92, 0.1, [1967, 1984], 0.8),
  UBVC: R(Position.PEOPLES_COMMITTEE_VICE_CHAIR, Bloc.GOVERNMENT, 78, 0.2, [1970, 1988], 0.75),
  DIV_HEAD: R(Position.DIVISION_HEAD, Bloc.GOVERNMENT, 60, 0.3, [1970, 1990], 0.7),
  DIV_DEPUTY: R(Position.DIVISION_DEPUTY_HEAD, Bloc.GOVERNMENT, 44, 0.38, [1975, 1994], 0.64),
  GOV_SPEC: R(Position.SPECIALIST, Bloc.GOVERNMENT, 22, 0.36, [1978, 2000], 0.58),

  MIL_CMD: R(Position.MILITARY_COMMANDER, Bloc.MILITARY, 62, 0, [1972, 1990], 0.45),
  MIL_DEPUTY: R(Position.MILITARY_DEPUTY_COMMANDER, Bloc.MILITARY, 38, 0.02, [1980, 1997], 0.35),
};

/** Listing order of posts within a commune. */
const ROLE_ORDER: readonly Role[] = [
  'PS', 'DPS', 'HDC', 'UBC', 'FC', 'HDVC', 'UBVC', 'ICC', 'PBH', 'POC', 'ICVC', 'PBDH', 'PODC',
  'HDBH', 'DIV_HEAD', 'DIV_DEPUTY', 'FVC', 'WOMEN_HEAD', 'YOUTH_HEAD', 'FARMERS_HEAD', 'VETERANS_HEAD',
  'MO_DEPUTY', 'MIL_CMD', 'MIL_DEPUTY', 'PARTY_SPEC', 'GOV_SPEC', 'FRONT_SPEC',
];
const ROLE_RANK = new Map<Role, number>(ROLE_ORDER.map((r, i) => [r, i]));

/** Posts every commune has in each bloc (Nghệ An full staffing). */
const MANDATORY: Readonly<Record<Bloc, readonly Role[]>> = {
  [Bloc.PARTY]: ['PS', 'DPS', 'PBH', 'PBDH', 'POC', 'PODC', 'ICC', 'ICVC'],
  [Bloc.FRONT]: ['FC', 'FVC', 'WOMEN_HEAD', 'YOUTH_HEAD', 'FARMERS_HEAD', 'VETERANS_HEAD'],
  [Bloc.GOVERNMENT]: [
    'HDC', 'HDVC', 'HDBH', 'HDBH', // People's Council: chair, vice chair, heads of its two boards
    'UBC', 'UBVC', 'UBVC', // People's Committee: chair, two vice chairs
    'DIV_HEAD', 'DIV_HEAD', 'DIV_HEAD', 'DIV_HEAD', // Văn phòng HĐND-UBND, Kinh tế, Văn hóa - Xã hội, TT phục vụ HCC
    'DIV_DEPUTY', 'DIV_DEPUTY', 'DIV_DEPUTY', 'DIV_DEPUTY',
  ],
  [Bloc.MILITARY]: ['MIL_CMD', 'MIL_DEPUTY'],
};

/** Further posts filled (in this order, each with its probability) while the bloc has room; the rest are specialists. */
const OPTIONAL: Readonly<Record<Bloc, ReadonlyArray<Weighted<Role>>>> = {
  [Bloc.PARTY]: [['DPS', 0.5], ['PBDH', 0.5], ['ICVC', 0.3], ['PODC', 0.2]],
  [Bloc.FRONT]: [['FVC', 0.5], ['MO_DEPUTY', 0.5], ['MO_DEPUTY', 0.5], ['MO_DEPUTY', 0.3]],
  [Bloc.GOVERNMENT]: [['UBVC', 0.3], ['DIV_DEPUTY', 0.6], ['DIV_DEPUTY', 0.5], ['DIV_DEPUTY', 0.4], ['DIV_DEPUTY', 0.3]],
  [Bloc.MILITARY]: [],
};

const SPECIALIST_OF: Readonly<Record<Bloc, Role>> = {
  [Bloc.PARTY]: 'PARTY_SPEC',
  [Bloc.FRONT]: 'FRONT_SPEC',
  [Bloc.GOVERNMENT]: 'GOV_SPEC',
  [Bloc.MILITARY]: 'MIL_DEPUTY',
};

const BLOCS: readonly Bloc[] = [Bloc.PARTY, Bloc.FRONT, Bloc.GOVERNMENT, Bloc.MILITARY];

function composeBloc(rng: Rng, bloc: Bloc, size: number): Role[] {
  const roles = MANDATORY[bloc].slice(0, size);
  if (roles.length < MANDATORY[bloc].length) {
    throw new Error(`demo-data: ${bloc} bloc of ${size} cannot hold its ${MANDATORY[bloc].length} mandatory posts`);
  }
  for (const [role, p] of OPTIONAL[bloc]) {
    if (roles.length >= size) break;
    if (rng.chance(p)) roles.push(role);
  }
  while (roles.length < size) roles.push(SPECIALIST_OF[bloc]);
  return roles;
}

// -------------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------------

/**
 * Largest-remainder apportionment: `total` split over items proportionally to `weights`, each item
 * getting at least its minimum. Ties go to the lower index (deterministic).
 */
export function apportion(total: number, weights: readonly number[], minimums: readonly number[]): number[] {
  const result = minimums.slice();
  const rest = total - minimums.reduce((a, b) => a + b, 0);
  if (rest < 0) throw new Error(`apportion: minimums exceed ${total}`);
  const sumW = weights.reduce((a, b) => a + b, 0);
  const fractions: Array<[number, number]> = [];
  let given = 0;
  weights.forEach((w, i) => {
    const quota = (rest * w) / sumW;
    const whole = Math.floor(quota);
    result[i] += whole;
    given += whole;
    fractions.push([i, quota - whole]);
  });
  fractions.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (let k = 0; k < rest - given; k++) result[fractions[k][0]] += 1;
  return result;
}

/** Assign exact counts of levels to items in descending score order (ties by index). */
function assignByRank<L>(indices: readonly number[], scores: readonly number[], counts: ReadonlyArray<readonly [L, number]>): Map<number, L> {
  const need = counts.reduce((a, [, n]) => a + n, 0);
  if (need !== indices.length) throw new Error(`assignByRank: ${indices.length} items, ${need} levels`);
  const order = indices.slice().sort((a, b) => scores[b] - scores[a] || a - b);
  const out = new Map<number, L>();
  let k = 0;
  for (const [level, n] of counts) for (let j = 0; j < n; j++) out.set(order[k++], level);
  return out;
}

/** Birth year range centred (triangular) within [lo, hi]. */
function birthDate(rng: Rng, [lo, hi]: readonly [number, number]): { iso: string; year: number } {
  const t = (rng.next() + rng.next()) / 2;
  const year = Math.min(hi, lo + Math.floor(t * (hi - lo + 1)));
  const month = rng.int(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = rng.int(1, days);
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year };
}

/** Vietnamese mobile prefixes (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile) in the 03x/08x/09x ranges. */
const MOBILE_PREFIXES: readonly string[] = [
  '032', '033', '034', '035', '036', '037', '038', '039', '081', '082', '083', '084', '085', '086', '088',
  '089', '090', '091', '092', '093', '094', '096', '097', '098', '099',
];

function uniquePhone(rng: Rng, used: Set<string>): string {
  for (;;) {
    const phone = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 9_999_999)).padStart(7, '0');
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

const EMAIL_DOMAINS: Readonly<Record<string, string>> = {
  '40': 'nghean.gov.vn',
  '66': 'daklak.gov.vn',
  '22': 'quangninh.gov.vn',
};

function uniqueEmail(fullName: string, communeName: string, domain: string, used: Set<string>): string {
  const local = asciiSlug(fullName);
  const place = asciiSlug(communeName);
  for (let n = 1; ; n++) {
    const email = `${local}${n === 1 ? '' : n}.${place}@${domain}`;
    if (!used.has(email)) {
      used.add(email);
      return email;
    }
  }
}

// -------------------------------------------------------------------------------------------------
// Generation
// -------------------------------------------------------------------------------------------------

/** One official before qualifications, phone and e-mail are set. */
interface Draft {
  commune: CommuneSeed;
  role: Role;
  spec: RoleSpec;
  gender: Gender;
  ethnicity: string;
  fullName: string;
  dateOfBirth: string;
  age: number;
  /** Shared "career strength" behind all three qualifications (standard normal). */
  latent: number;
}

const REFERENCE_YEAR = 2025;

function draft(rng: Rng, commune: CommuneSeed, provinceCode: string, role: Role): Draft {
  const spec = ROLES[role];
  const gender = rng.chance(spec.female) ? Gender.FEMALE : Gender.MALE;
  const ethnicity = pickEthnicity(rng, ethnicProfileOf(commune, provinceCode));
  const fullName = generateFullName(rng, ethnicity, gender);
  const dob = birthDate(rng, spec.born);
  return {
    commune,
    role,
    spec,
    gender,
    ethnicity,
    fullName,
    dateOfBirth: dob.iso,
    age: REFERENCE_YEAR - dob.year,
    latent: rng.normal(),
  };
}

/** Nghệ An: full staffing of every commune, with the scheme's exact totals. */
function fullStaffDrafts(province: ProvinceSeed, seed: number): Draft[] {
  const rng = createRng(hashSeed(seed, province.code, 'sizes'));
  const communes = province.communes;
  // Relative size of each commune's apparatus: wards and larger communes a little bigger, remote ones smaller.
  const weights = communes.map((c) => {
    let w = 0.8 + 0.45 * rng.next();
    if (c.kind !== CommuneKind.COMMUNE) w *= 1.1;
    if (c.hardship) w *= 0.92;
    return Math.min(1.3, Math.max(0.75, w));
  });
  const perBloc = new Map<Bloc, number[]>();
  for (const bloc of BLOCS) {
    const total = NGHE_AN_SCHEME_FIGURES.bloc[bloc];
    perBloc.set(bloc, apportion(total, weights, communes.map(() => MANDATORY[bloc].length)));
  }
  const drafts: Draft[] = [];
  communes.forEach((commune, ci) => {
    const crng = createRng(hashSeed(seed, province.code, commune.code, 'staff'));
    const roles: Role[] = [];
    for (const bloc of BLOCS) roles.push(...composeBloc(crng, bloc, perBloc.get(bloc)![ci]));
    roles.sort((a, b) => ROLE_RANK.get(a)! - ROLE_RANK.get(b)!);
    for (const role of roles) drafts.push(draft(crng, commune, province.code, role));
  });
  return drafts;
}

interface Levels {
  professionalLevel: ProfessionalLevel | null;
  politicalTheoryLevel: PoliticalTheoryLevel;
  stateManagementLevel: StateManagementLevel;
}

/** Nghệ An: hand out the scheme's exact level counts, seniors (by post, then age and a personal factor) first. */
function exactLevels(drafts: readonly Draft[], seed: number, provinceCode: string): Levels[] {
  const rng = createRng(hashSeed(seed, provinceCode, 'levels'));
  const n = drafts.length;
  const all = drafts.map((_, i) => i);
  const f = NGHE_AN_SCHEME_FIGURES;

  const polScore = drafts.map((d) => d.spec.seniority + 0.45 * (d.age - 35) + 6 * d.latent + 5 * rng.normal());
  const smScore = drafts.map((d) => d.spec.seniority + 0.45 * (d.age - 35) + 6 * d.latent + 8 * rng.normal());
  const profScore = drafts.map(
    (d) =>
      0.35 * d.spec.seniority +
      0.2 * (d.age - 35) +
      9 * d.latent +
      12 * rng.normal() -
      (d.spec.bloc === Bloc.MILITARY ? 15 : 0) -
      (d.commune.hardship ? 4 : 0),
  );

  // 112 officials without a recorded professional level: never key leaders; more often military
  // staff (whose military-school training is recorded elsewhere) and specialists.
  const nullKeys = drafts.map((d, i) => {
    const w = d.spec.seniority >= 70 ? 0 : d.spec.bloc === Bloc.MILITARY ? 3 : d.spec.position === Position.SPECIALIST ? 1 : 0.5;
    return [i, w === 0 ? -1 : Math.pow(rng.next(), 1 / w)] as const;
  });
  nullKeys.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const notRecorded = new Set(nullKeys.slice(0, f.professionalNotRecorded).map(([i]) => i));
  const recorded = all.filter((i) => !notRecorded.has(i));

  const prof = assignByRank(recorded, profScore, [
    [ProfessionalLevel.DOCTORATE, f.professional.DOCTORATE],
    [ProfessionalLevel.MASTER, f.professional.MASTER],
    [ProfessionalLevel.BACHELOR, f.professional.BACHELOR],
    [ProfessionalLevel.COLLEGE_OR_VOCATIONAL, f.professional.COLLEGE_OR_VOCATIONAL],
    [ProfessionalLevel.ELEMENTARY_OR_NONE, f.professional.ELEMENTARY_OR_NONE],
  ]);
  const pol = assignByRank(all, polScore, [
    [PoliticalTheoryLevel.ADVANCED, f.politicalTheory.ADVANCED],
    [PoliticalTheoryLevel.INTERMEDIATE, f.politicalTheory.INTERMEDIATE],
    [PoliticalTheoryLevel.ELEMENTARY, f.politicalTheory.ELEMENTARY],
    [PoliticalTheoryLevel.NONE, f.politicalTheory.NONE],
  ]);
  const sm = assignByRank(all, smScore, [
    [StateManagementLevel.SENIOR_PRINCIPAL_SPECIALIST, f.stateManagement.SENIOR_PRINCIPAL_SPECIALIST],
    [StateManagementLevel.PRINCIPAL_SPECIALIST, f.stateManagement.PRINCIPAL_SPECIALIST],
    [StateManagementLevel.SPECIALIST, f.stateManagement.SPECIALIST],
    [StateManagementLevel.NONE, f.stateManagement.NONE],
  ]);
  const out: Levels[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      professionalLevel: prof.get(i) ?? null,
      politicalTheoryLevel: pol.get(i)!,
      stateManagementLevel: sm.get(i)!,
    });
  }
  return out;
}

/** Key leaders elsewhere: plausible independent draws (no published totals to match). */
function leaderLevels(rng: Rng, d: Draft): Levels {
  const top = d.spec.seniority >= 90;
  return {
    professionalLevel: rng.weighted<ProfessionalLevel>([
      [ProfessionalLevel.DOCTORATE, 0.01],
      [ProfessionalLevel.MASTER, top ? 0.4 : 0.3],
      [ProfessionalLevel.BACHELOR, top ? 0.59 : 0.68],
      [ProfessionalLevel.COLLEGE_OR_VOCATIONAL, top ? 0 : 0.01],
    ]),
    politicalTheoryLevel: rng.weighted<PoliticalTheoryLevel>([
      [PoliticalTheoryLevel.ADVANCED, top ? 0.8 : 0.5],
      [PoliticalTheoryLevel.INTERMEDIATE, top ? 0.2 : 0.5],
    ]),
    stateManagementLevel: rng.weighted<StateManagementLevel>([
      [StateManagementLevel.SENIOR_PRINCIPAL_SPECIALIST, top ? 0.04 : 0.01],
      [StateManagementLevel.PRINCIPAL_SPECIALIST, top ? 0.6 : 0.45],
      [StateManagementLevel.SPECIALIST, top ? 0.36 : 0.52],
      [StateManagementLevel.NONE, top ? 0 : 0.02],
    ]),
  };
}

/** Posts generated per commune for provinces without full staffing. */
const LEADER_PROFILES: Readonly<Record<string, readonly Role[]>> = {
  /** Đắk Lắk: the secretaries course of 18-22/8/2025 (bí thư, phó bí thư đảng ủy of the 102 units). */
  '66': ['PS', 'DPS'],
  /** Quảng Ninh and any other province: the four target groups of seed 004. */
  default: ['PS', 'UBC', 'HDC', 'FC'],
};

function leaderDrafts(province: ProvinceSeed, seed: number): Draft[] {
  const roles = LEADER_PROFILES[province.code] ?? LEADER_PROFILES.default;
  const drafts: Draft[] = [];
  for (const commune of province.communes) {
    const crng = createRng(hashSeed(seed, province.code, commune.code, 'leaders'));
    for (const role of roles) drafts.push(draft(crng, commune, province.code, role));
  }
  return drafts;
}

/**
 * Demo officials for the given provinces (use {@link demoProvinces}). Nghệ An ('40') gets its full
 * 8,624-strong workforce with the scheme's exact totals; Đắk Lắk ('66') 2 party leaders per commune;
 * Quảng Ninh ('22') and any other province 4 key leaders per commune. Phones are unique across the
 * whole result, e-mails (≈ 60 % of officials) too. Deterministic for a given seed.
 */
export function generateOfficials(provinces: ProvinceSeed[], seed: number = DEFAULT_DEMO_SEED): OfficialSeed[] {
  const phones = new Set<string>();
  const emails = new Set<string>();
  const result: OfficialSeed[] = [];
  for (const province of provinces) {
    const full = province.code === '40';
    const drafts = full ? fullStaffDrafts(province, seed) : leaderDrafts(province, seed);
    const rng = createRng(hashSeed(seed, province.code, 'contact'));
    const levels = full ? exactLevels(drafts, seed, province.code) : drafts.map((d) => leaderLevels(rng, d));
    const domain = EMAIL_DOMAINS[province.code] ?? `${asciiSlug(province.name)}.gov.vn`;
    drafts.forEach((d, i) => {
      const phone = uniquePhone(rng, phones);
      const emailP = d.spec.email - (d.commune.hardship ? 0.12 : 0);
      const email = rng.chance(emailP) ? uniqueEmail(d.fullName, d.commune.name, domain, emails) : null;
      result.push({
        fullName: d.fullName,
        dateOfBirth: d.dateOfBirth,
        gender: d.gender,
        ethnicity: d.ethnicity,
        hardshipArea: d.commune.hardship,
        communeCode: d.commune.code,
        bloc: d.spec.bloc,
        position: d.spec.position,
        ...levels[i],
        phone,
        email,
      });
    });
  }
  return result;
}
