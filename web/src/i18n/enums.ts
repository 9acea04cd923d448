import type {
  Bloc,
  CommuneKind,
  DeliveryFormat,
  Gender,
  LecturerKind,
  PoliticalTheoryLevel,
  Position,
  ProfessionalLevel,
  SessionMode,
  StateManagementLevel,
  TopicKind,
} from '@/gql/graphql'

/**
 * Runtime lists of the schema's enum values, in the order the Nghệ An scheme lists them.
 * `Record<E, true>` makes a value added to the schema a compile error here until it is listed.
 */
function values<E extends string>(all: Record<E, true>, order: readonly E[]): readonly E[] {
  const missing = (Object.keys(all) as E[]).filter((v) => !order.includes(v))
  return missing.length ? [...order, ...missing] : order
}

export const BLOCS = values<Bloc>(
  { PARTY: true, FRONT: true, GOVERNMENT: true, MILITARY: true },
  ['PARTY', 'FRONT', 'GOVERNMENT', 'MILITARY'],
)

export const GENDERS = values<Gender>({ MALE: true, FEMALE: true }, ['MALE', 'FEMALE'])

export const POSITIONS = values<Position>(
  {
    PARTY_SECRETARY: true,
    DEPUTY_PARTY_SECRETARY: true,
    PARTY_BUILDING_HEAD: true,
    PARTY_BUILDING_DEPUTY_HEAD: true,
    PARTY_OFFICE_CHIEF: true,
    PARTY_OFFICE_DEPUTY_CHIEF: true,
    INSPECTION_COMMITTEE_CHAIR: true,
    INSPECTION_COMMITTEE_VICE_CHAIR: true,
    PEOPLES_COUNCIL_CHAIR: true,
    PEOPLES_COUNCIL_VICE_CHAIR: true,
    PEOPLES_COUNCIL_BOARD_HEAD: true,
    PEOPLES_COMMITTEE_CHAIR: true,
    PEOPLES_COMMITTEE_VICE_CHAIR: true,
    DIVISION_HEAD: true,
    DIVISION_DEPUTY_HEAD: true,
    FRONT_CHAIR: true,
    FRONT_VICE_CHAIR: true,
    MASS_ORGANISATION_HEAD: true,
    MASS_ORGANISATION_DEPUTY_HEAD: true,
    MILITARY_COMMANDER: true,
    MILITARY_DEPUTY_COMMANDER: true,
    SPECIALIST: true,
  },
  [
    'PARTY_SECRETARY',
    'DEPUTY_PARTY_SECRETARY',
    'PARTY_BUILDING_HEAD',
    'PARTY_BUILDING_DEPUTY_HEAD',
    'PARTY_OFFICE_CHIEF',
    'PARTY_OFFICE_DEPUTY_CHIEF',
    'INSPECTION_COMMITTEE_CHAIR',
    'INSPECTION_COMMITTEE_VICE_CHAIR',
    'PEOPLES_COUNCIL_CHAIR',
    'PEOPLES_COUNCIL_VICE_CHAIR',
    'PEOPLES_COUNCIL_BOARD_HEAD',
    'PEOPLES_COMMITTEE_CHAIR',
    'PEOPLES_COMMITTEE_VICE_CHAIR',
    'DIVISION_HEAD',
    'DIVISION_DEPUTY_HEAD',
    'FRONT_CHAIR',
    'FRONT_VICE_CHAIR',
    'MASS_ORGANISATION_HEAD',
    'MASS_ORGANISATION_DEPUTY_HEAD',
    'MILITARY_COMMANDER',
    'MILITARY_DEPUTY_COMMANDER',
    'SPECIALIST',
  ],
)

export const PROFESSIONAL_LEVELS = values<ProfessionalLevel>(
  { DOCTORATE: true, MASTER: true, BACHELOR: true, COLLEGE_OR_VOCATIONAL: true, ELEMENTARY_OR_NONE: true },
  ['DOCTORATE', 'MASTER', 'BACHELOR', 'COLLEGE_OR_VOCATIONAL', 'ELEMENTARY_OR_NONE'],
)

export const POLITICAL_THEORY_LEVELS = values<PoliticalTheoryLevel>(
  { ADVANCED: true, INTERMEDIATE: true, ELEMENTARY: true, NONE: true },
  ['ADVANCED', 'INTERMEDIATE', 'ELEMENTARY', 'NONE'],
)

export const STATE_MANAGEMENT_LEVELS = values<StateManagementLevel>(
  { SENIOR_PRINCIPAL_SPECIALIST: true, PRINCIPAL_SPECIALIST: true, SPECIALIST: true, NONE: true },
  ['SENIOR_PRINCIPAL_SPECIALIST', 'PRINCIPAL_SPECIALIST', 'SPECIALIST', 'NONE'],
)

export const COMMUNE_KINDS = values<CommuneKind>(
  { COMMUNE: true, WARD: true, SPECIAL_ZONE: true },
  ['COMMUNE', 'WARD', 'SPECIAL_ZONE'],
)

export const TOPIC_KINDS = values<TopicKind>(
  { THEORY: true, PRACTICE: true, CASE_EXERCISE: true, ROLE_PLAY: true, FIELD_TRIP: true, REFLECTION_ESSAY: true },
  ['THEORY', 'PRACTICE', 'CASE_EXERCISE', 'ROLE_PLAY', 'FIELD_TRIP', 'REFLECTION_ESSAY'],
)

export const DELIVERY_FORMATS = values<DeliveryFormat>({ IN_PERSON: true, ONLINE: true, BLENDED: true }, ['IN_PERSON', 'ONLINE', 'BLENDED'])

export const SESSION_MODES = values<SessionMode>({ ROOM: true, ONLINE: true, BOTH: true }, ['ROOM', 'ONLINE', 'BOTH'])

export const LECTURER_KINDS = values<LecturerKind>({ SCHOOL: true, VISITING: true, CONCURRENT: true }, ['SCHOOL', 'VISITING', 'CONCURRENT'])

export const ENUM_VALUES = {
  Bloc: BLOCS,
  Gender: GENDERS,
  Position: POSITIONS,
  ProfessionalLevel: PROFESSIONAL_LEVELS,
  PoliticalTheoryLevel: POLITICAL_THEORY_LEVELS,
  StateManagementLevel: STATE_MANAGEMENT_LEVELS,
  CommuneKind: COMMUNE_KINDS,
  TopicKind: TOPIC_KINDS,
  DeliveryFormat: DELIVERY_FORMATS,
  SessionMode: SESSION_MODES,
  LecturerKind: LECTURER_KINDS,
} as const

export type EnumName = keyof typeof ENUM_VALUES

/** The i18n key of an enum value's label, e.g. `enums.Bloc.PARTY`. */
export function enumLabelKey(name: EnumName, value: string): string {
  return `enums.${name}.${value}`
}
