import { Bloc, Gender, PoliticalTheoryLevel, Position, ProfessionalLevel, StateManagementLevel } from '../../officials/official.enums';
import { matchKey } from './key';

/** The fields an import file can carry. */
export type ImportField =
  | 'fullName'
  | 'dateOfBirth'
  | 'gender'
  | 'ethnicity'
  | 'commune'
  | 'province'
  | 'bloc'
  | 'position'
  | 'professionalLevel'
  | 'politicalTheoryLevel'
  | 'stateManagementLevel'
  | 'phone'
  | 'email'
  | 'hardshipArea';

/** Columns a file must have: everything the directory requires of a new official. */
export const REQUIRED_FIELDS: ImportField[] = ['fullName', 'dateOfBirth', 'gender', 'ethnicity', 'commune', 'bloc', 'position'];

/** How each field's column is called in the communes' spreadsheets (Vietnamese first) and in English. */
export const FIELD_LABELS: Record<ImportField, { vi: string; aliases: string[] }> = {
  fullName: { vi: 'Họ và tên', aliases: ['họ và tên', 'họ tên', 'họ và tên cán bộ', 'tên cán bộ', 'full name', 'fullname', 'name'] },
  dateOfBirth: {
    vi: 'Ngày sinh',
    aliases: ['ngày sinh', 'ngày tháng năm sinh', 'sinh ngày', 'năm sinh', 'date of birth', 'birth date', 'birthdate', 'dob', 'birthday'],
  },
  gender: { vi: 'Giới tính', aliases: ['giới tính', 'nam nữ', 'gender', 'sex'] },
  ethnicity: { vi: 'Dân tộc', aliases: ['dân tộc', 'ethnicity', 'ethnic group', 'ethnic'] },
  commune: {
    vi: 'Xã/phường',
    aliases: ['xã phường', 'xã', 'phường', 'xã phường đặc khu', 'đơn vị', 'đơn vị hành chính', 'commune', 'ward', 'commune ward'],
  },
  province: { vi: 'Tỉnh', aliases: ['tỉnh', 'tỉnh thành phố', 'tỉnh thành', 'province'] },
  bloc: { vi: 'Khối', aliases: ['khối', 'khối công tác', 'bloc', 'block'] },
  position: { vi: 'Chức vụ', aliases: ['chức vụ', 'chức danh', 'chức vụ chức danh', 'position', 'job title', 'title'] },
  professionalLevel: {
    vi: 'Trình độ chuyên môn',
    aliases: ['trình độ chuyên môn', 'chuyên môn', 'trình độ chuyên môn nghiệp vụ', 'professional level', 'education', 'qualification'],
  },
  politicalTheoryLevel: {
    vi: 'Lý luận chính trị',
    aliases: ['lý luận chính trị', 'trình độ lý luận chính trị', 'llct', 'political theory', 'political theory level'],
  },
  stateManagementLevel: {
    vi: 'Quản lý nhà nước',
    aliases: ['quản lý nhà nước', 'trình độ quản lý nhà nước', 'qlnn', 'state management', 'state management level'],
  },
  phone: { vi: 'Số điện thoại', aliases: ['số điện thoại', 'điện thoại', 'sđt', 'số đt', 'đt', 'phone', 'phone number', 'mobile', 'telephone'] },
  email: { vi: 'Email', aliases: ['email', 'e mail', 'thư điện tử', 'địa chỉ email'] },
  hardshipArea: {
    vi: 'Vùng khó khăn',
    aliases: ['vùng khó khăn', 'vùng đặc biệt khó khăn', 'vùng sâu vùng xa', 'hardship area', 'hardship', 'remote area'],
  },
};

/** Columns that carry nothing to import but are common in the communes' lists (row numbers, notes). */
const IGNORED_HEADERS = ['stt', 'tt', 'số tt', 'số thứ tự', 'no', 'ghi chú', 'note', 'notes', 'remarks'].map(matchKey);

const HEADER_INDEX = new Map<string, ImportField>();
for (const [field, { aliases }] of Object.entries(FIELD_LABELS) as [ImportField, { aliases: string[] }][]) {
  for (const a of aliases) HEADER_INDEX.set(matchKey(a), field);
}

/** The field a header names, `ignore` for known filler columns, or null when unknown. */
export function fieldOfHeader(header: string): ImportField | 'ignore' | null {
  const k = matchKey(header);
  if (!k) return 'ignore';
  if (IGNORED_HEADERS.includes(k)) return 'ignore';
  return HEADER_INDEX.get(k) ?? null;
}

/** Cell values of enum columns: the web's Vietnamese labels, their common short forms and the English names. */
function table<E extends string>(entries: [E, string[]][]): Map<string, E> {
  const m = new Map<string, E>();
  for (const [value, labels] of entries) {
    m.set(matchKey(value), value);
    for (const l of labels) m.set(matchKey(l), value);
  }
  return m;
}

export const GENDERS = table<Gender>([
  [Gender.MALE, ['Nam', 'Male', 'M', 'Trai']],
  [Gender.FEMALE, ['Nữ', 'Female', 'F', 'Gái']],
]);

export const BLOCS = table<Bloc>([
  [Bloc.PARTY, ['Khối Đảng', 'Đảng', 'Party']],
  [Bloc.FRONT, ['Khối Mặt trận và các tổ chức chính trị - xã hội', 'Khối Mặt trận', 'Mặt trận', 'MTTQ', 'Mặt trận và các tổ chức chính trị - xã hội', 'Front']],
  [Bloc.GOVERNMENT, ['Khối chính quyền (HĐND, UBND)', 'Khối chính quyền', 'Chính quyền', 'HĐND, UBND', 'Government']],
  [Bloc.MILITARY, ['Ban chỉ huy quân sự', 'Ban CHQS', 'Quân sự', 'Khối quân sự', 'Military']],
]);

export const POSITIONS = table<Position>([
  [Position.PARTY_SECRETARY, ['Bí thư Đảng ủy', 'Bí thư', 'Party secretary']],
  [Position.DEPUTY_PARTY_SECRETARY, ['Phó Bí thư Đảng ủy', 'Phó Bí thư', 'Deputy party secretary']],
  [Position.PARTY_BUILDING_HEAD, ['Trưởng ban Xây dựng Đảng']],
  [Position.PARTY_BUILDING_DEPUTY_HEAD, ['Phó Trưởng ban Xây dựng Đảng']],
  [Position.PARTY_OFFICE_CHIEF, ['Chánh Văn phòng Đảng ủy']],
  [Position.PARTY_OFFICE_DEPUTY_CHIEF, ['Phó Chánh Văn phòng Đảng ủy']],
  [Position.INSPECTION_COMMITTEE_CHAIR, ['Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', 'Chủ nhiệm UBKT']],
  [Position.INSPECTION_COMMITTEE_VICE_CHAIR, ['Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', 'Phó Chủ nhiệm Ủy ban Kiểm tra', 'Phó Chủ nhiệm UBKT']],
  [Position.PEOPLES_COUNCIL_CHAIR, ['Chủ tịch HĐND', 'Chủ tịch Hội đồng nhân dân']],
  [Position.PEOPLES_COUNCIL_VICE_CHAIR, ['Phó Chủ tịch HĐND', 'Phó Chủ tịch Hội đồng nhân dân']],
  [Position.PEOPLES_COUNCIL_BOARD_HEAD, ['Trưởng ban HĐND']],
  [Position.PEOPLES_COMMITTEE_CHAIR, ['Chủ tịch UBND', 'Chủ tịch Ủy ban nhân dân']],
  [Position.PEOPLES_COMMITTEE_VICE_CHAIR, ['Phó Chủ tịch UBND', 'Phó Chủ tịch Ủy ban nhân dân']],
  [Position.DIVISION_HEAD, ['Trưởng phòng và tương đương', 'Trưởng phòng']],
  [Position.DIVISION_DEPUTY_HEAD, ['Phó Trưởng phòng và tương đương', 'Phó Trưởng phòng']],
  [Position.FRONT_CHAIR, ['Chủ tịch Ủy ban MTTQ', 'Chủ tịch MTTQ', 'Chủ tịch Ủy ban Mặt trận Tổ quốc']],
  [Position.FRONT_VICE_CHAIR, ['Phó Chủ tịch Ủy ban MTTQ', 'Phó Chủ tịch MTTQ', 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc']],
  [Position.MASS_ORGANISATION_HEAD, ['Người đứng đầu tổ chức chính trị - xã hội']],
  [Position.MASS_ORGANISATION_DEPUTY_HEAD, ['Cấp phó tổ chức chính trị - xã hội']],
  [Position.MILITARY_COMMANDER, ['Chỉ huy trưởng Ban CHQS', 'Chỉ huy trưởng', 'Chỉ huy trưởng Ban chỉ huy quân sự']],
  [Position.MILITARY_DEPUTY_COMMANDER, ['Chỉ huy phó Ban CHQS', 'Chỉ huy phó', 'Chỉ huy phó Ban chỉ huy quân sự']],
  [Position.SPECIALIST, ['Chuyên viên', 'Công chức', 'Specialist']],
]);

export const PROFESSIONAL_LEVELS = table<ProfessionalLevel>([
  [ProfessionalLevel.DOCTORATE, ['Tiến sĩ', 'TS', 'Doctorate', 'PhD']],
  [ProfessionalLevel.MASTER, ['Thạc sĩ', 'ThS', 'Master']],
  [ProfessionalLevel.BACHELOR, ['Đại học', 'Cử nhân', 'Kỹ sư', 'Bachelor']],
  [ProfessionalLevel.COLLEGE_OR_VOCATIONAL, ['Cao đẳng, trung cấp', 'Cao đẳng', 'Trung cấp', 'College']],
  [ProfessionalLevel.ELEMENTARY_OR_NONE, ['Sơ cấp và chưa qua đào tạo', 'Sơ cấp', 'Chưa qua đào tạo', 'None']],
]);

export const POLITICAL_THEORY_LEVELS = table<PoliticalTheoryLevel>([
  [PoliticalTheoryLevel.ADVANCED, ['Cao cấp, cử nhân', 'Cao cấp', 'Cử nhân', 'Advanced']],
  [PoliticalTheoryLevel.INTERMEDIATE, ['Trung cấp', 'Intermediate']],
  [PoliticalTheoryLevel.ELEMENTARY, ['Sơ cấp', 'Elementary']],
  [PoliticalTheoryLevel.NONE, ['Chưa qua đào tạo', 'Chưa', 'Không', 'None']],
]);

export const STATE_MANAGEMENT_LEVELS = table<StateManagementLevel>([
  [StateManagementLevel.SENIOR_PRINCIPAL_SPECIALIST, ['Chuyên viên cao cấp và tương đương', 'Chuyên viên cao cấp', 'CVCC']],
  [StateManagementLevel.PRINCIPAL_SPECIALIST, ['Chuyên viên chính và tương đương', 'Chuyên viên chính', 'CVC']],
  [StateManagementLevel.SPECIALIST, ['Chuyên viên và tương đương', 'Chuyên viên', 'CV']],
  [StateManagementLevel.NONE, ['Chưa qua bồi dưỡng', 'Chưa', 'Không', 'None']],
]);

export const YES_NO = new Map<string, boolean>([
  ...['có', 'x', 'yes', 'y', 'true', '1', 'đúng', 'khó khăn', 'vùng khó khăn'].map((k) => [matchKey(k), true] as [string, boolean]),
  ...['không', 'no', 'n', 'false', '0', 'sai'].map((k) => [matchKey(k), false] as [string, boolean]),
]);
