import { SessionMode } from '../classes/class.enums';
import { Bloc, CommuneKind, Gender, PoliticalTheoryLevel, Position, ProfessionalLevel, StateManagementLevel } from '../officials/official.enums';
import { TopicKind } from '../programs/program.enums';

/**
 * Vietnamese labels written into exported spreadsheets (the same wording as the web's `enums` in vi.json). Exports
 * are read and filed by provincial staff, so they are always in Vietnamese whatever the user's interface language.
 */
export const VI = {
  Gender: { MALE: 'Nam', FEMALE: 'Nữ' } satisfies Record<Gender, string>,
  Bloc: {
    PARTY: 'Khối Đảng',
    FRONT: 'Khối Mặt trận và các tổ chức chính trị - xã hội',
    GOVERNMENT: 'Khối chính quyền (HĐND, UBND)',
    MILITARY: 'Ban chỉ huy quân sự',
  } satisfies Record<Bloc, string>,
  Position: {
    PARTY_SECRETARY: 'Bí thư Đảng ủy',
    DEPUTY_PARTY_SECRETARY: 'Phó Bí thư Đảng ủy',
    PARTY_BUILDING_HEAD: 'Trưởng ban Xây dựng Đảng',
    PARTY_BUILDING_DEPUTY_HEAD: 'Phó Trưởng ban Xây dựng Đảng',
    PARTY_OFFICE_CHIEF: 'Chánh Văn phòng Đảng ủy',
    PARTY_OFFICE_DEPUTY_CHIEF: 'Phó Chánh Văn phòng Đảng ủy',
    INSPECTION_COMMITTEE_CHAIR: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy',
    INSPECTION_COMMITTEE_VICE_CHAIR: 'Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy',
    PEOPLES_COUNCIL_CHAIR: 'Chủ tịch HĐND',
    PEOPLES_COUNCIL_VICE_CHAIR: 'Phó Chủ tịch HĐND',
    PEOPLES_COUNCIL_BOARD_HEAD: 'Trưởng ban HĐND',
    PEOPLES_COMMITTEE_CHAIR: 'Chủ tịch UBND',
    PEOPLES_COMMITTEE_VICE_CHAIR: 'Phó Chủ tịch UBND',
    DIVISION_HEAD: 'Trưởng phòng và tương đương',
    DIVISION_DEPUTY_HEAD: 'Phó Trưởng phòng và tương đương',
    FRONT_CHAIR: 'Chủ tịch Ủy ban MTTQ',
    FRONT_VICE_CHAIR: 'Phó Chủ tịch Ủy ban MTTQ',
    MASS_ORGANISATION_HEAD: 'Người đứng đầu tổ chức chính trị - xã hội',
    MASS_ORGANISATION_DEPUTY_HEAD: 'Cấp phó tổ chức chính trị - xã hội',
    MILITARY_COMMANDER: 'Chỉ huy trưởng Ban CHQS',
    MILITARY_DEPUTY_COMMANDER: 'Chỉ huy phó Ban CHQS',
    SPECIALIST: 'Chuyên viên',
  } satisfies Record<Position, string>,
  ProfessionalLevel: {
    DOCTORATE: 'Tiến sĩ',
    MASTER: 'Thạc sĩ',
    BACHELOR: 'Đại học',
    COLLEGE_OR_VOCATIONAL: 'Cao đẳng, trung cấp',
    ELEMENTARY_OR_NONE: 'Sơ cấp và chưa qua đào tạo',
  } satisfies Record<ProfessionalLevel, string>,
  PoliticalTheoryLevel: {
    ADVANCED: 'Cao cấp, cử nhân',
    INTERMEDIATE: 'Trung cấp',
    ELEMENTARY: 'Sơ cấp',
    NONE: 'Chưa qua đào tạo',
  } satisfies Record<PoliticalTheoryLevel, string>,
  StateManagementLevel: {
    SENIOR_PRINCIPAL_SPECIALIST: 'Chuyên viên cao cấp và tương đương',
    PRINCIPAL_SPECIALIST: 'Chuyên viên chính và tương đương',
    SPECIALIST: 'Chuyên viên và tương đương',
    NONE: 'Chưa qua bồi dưỡng',
  } satisfies Record<StateManagementLevel, string>,
  CommuneKind: { COMMUNE: 'Xã', WARD: 'Phường', SPECIAL_ZONE: 'Đặc khu' } satisfies Record<CommuneKind, string>,
  TopicKind: {
    THEORY: 'Lý thuyết',
    PRACTICE: 'Thực hành',
    CASE_EXERCISE: 'Xử lý tình huống',
    ROLE_PLAY: 'Đóng vai',
    FIELD_TRIP: 'Đi thực tế',
    REFLECTION_ESSAY: 'Bài thu hoạch',
  } satisfies Record<TopicKind, string>,
  SessionMode: { ROOM: 'Tại lớp', ONLINE: 'Trực tuyến', BOTH: 'Tại lớp và trực tuyến' } satisfies Record<SessionMode, string>,
  Weekday: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
} as const;
