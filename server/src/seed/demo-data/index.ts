/**
 * Deterministic demo data for Giảng Đường: the post-1/7/2025 communes of Nghệ An, Đắk Lắk and
 * Quảng Ninh and their officials. Pure TypeScript: no database, no I/O.
 *
 *   const provinces = demoProvinces();
 *   const officials = generateOfficials(provinces); // seed 20251110
 */
export {
  type CommuneSeed,
  type EthnicProfile,
  type ProvinceSeed,
  COMMUNE_NAME_ALIASES,
  EXPECTED_COMMUNE_COUNTS,
  SEED_000_COURSE_COMMUNES,
  canonicalCommuneName,
  demoProvinces,
  ethnicProfileOf,
  formerDistrictOf,
  seed000CourseCommuneNames,
} from './communes';
export { type OfficialSeed, DEFAULT_DEMO_SEED, NGHE_AN_SCHEME_FIGURES, apportion, generateOfficials } from './officials';
export { type EthnicGroup, ETHNIC_GROUPS, KINH_FAMILY_NAMES, asciiSlug, generateFullName, pickEthnicity } from './names';
export { type Weighted, Rng, createRng, hashSeed } from './prng';
export { type ProgramSeed, type ProgramTopicSeed, DEMO_PROGRAMS } from './programs';

/** The commune whose coordinator account the demo logs in as (host of the seed-000 course). */
export const DEMO_COORDINATOR_COMMUNE = { provinceCode: '40', name: 'Quỳnh Lưu' } as const;
export { type ClassSeed, type SessionSeed, DEMO_CLASSES, DEMO_LECTURERS, demoTimetable } from './classes';
