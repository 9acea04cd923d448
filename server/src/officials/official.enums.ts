/**
 * Vocabulary of the officials directory, exactly as DOMAIN.md (Nghệ An scheme, 10/11/2025) describes it.
 * The Vietnamese labels live in the web's i18n files and the importer's header/value matcher.
 */

/** Giới tính. */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** Khối công tác. */
export enum Bloc {
  /** Khối Đảng */
  PARTY = 'PARTY',
  /** Khối Mặt trận và các tổ chức chính trị - xã hội */
  FRONT = 'FRONT',
  /** Khối chính quyền: HĐND, UBND */
  GOVERNMENT = 'GOVERNMENT',
  /** Ban chỉ huy quân sự */
  MILITARY = 'MILITARY',
}

/** Chức danh. */
export enum Position {
  PARTY_SECRETARY = 'PARTY_SECRETARY', // Bí thư Đảng ủy
  DEPUTY_PARTY_SECRETARY = 'DEPUTY_PARTY_SECRETARY', // Phó Bí thư Đảng ủy
  PARTY_BUILDING_HEAD = 'PARTY_BUILDING_HEAD', // Trưởng ban Xây dựng Đảng
  PARTY_BUILDING_DEPUTY_HEAD = 'PARTY_BUILDING_DEPUTY_HEAD', // Phó Trưởng ban Xây dựng Đảng
  PARTY_OFFICE_CHIEF = 'PARTY_OFFICE_CHIEF', // Chánh Văn phòng Đảng ủy
  PARTY_OFFICE_DEPUTY_CHIEF = 'PARTY_OFFICE_DEPUTY_CHIEF', // Phó Chánh Văn phòng Đảng ủy
  INSPECTION_COMMITTEE_CHAIR = 'INSPECTION_COMMITTEE_CHAIR', // Chủ nhiệm Ủy ban Kiểm tra Đảng ủy
  INSPECTION_COMMITTEE_VICE_CHAIR = 'INSPECTION_COMMITTEE_VICE_CHAIR', // Phó Chủ nhiệm Ủy ban Kiểm tra
  PEOPLES_COUNCIL_CHAIR = 'PEOPLES_COUNCIL_CHAIR', // Chủ tịch HĐND
  PEOPLES_COUNCIL_VICE_CHAIR = 'PEOPLES_COUNCIL_VICE_CHAIR', // Phó Chủ tịch HĐND
  PEOPLES_COUNCIL_BOARD_HEAD = 'PEOPLES_COUNCIL_BOARD_HEAD', // Trưởng ban HĐND
  PEOPLES_COMMITTEE_CHAIR = 'PEOPLES_COMMITTEE_CHAIR', // Chủ tịch UBND
  PEOPLES_COMMITTEE_VICE_CHAIR = 'PEOPLES_COMMITTEE_VICE_CHAIR', // Phó Chủ tịch UBND
  DIVISION_HEAD = 'DIVISION_HEAD', // Trưởng phòng và tương đương
  DIVISION_DEPUTY_HEAD = 'DIVISION_DEPUTY_HEAD', // Phó Trưởng phòng và tương đương
  FRONT_CHAIR = 'FRONT_CHAIR', // Chủ tịch Ủy ban MTTQ
  FRONT_VICE_CHAIR = 'FRONT_VICE_CHAIR', // Phó Chủ tịch Ủy ban MTTQ
  MASS_ORGANISATION_HEAD = 'MASS_ORGANISATION_HEAD', // Người đứng đầu tổ chức chính trị - xã hội
  MASS_ORGANISATION_DEPUTY_HEAD = 'MASS_ORGANISATION_DEPUTY_HEAD', // Cấp phó tổ chức chính trị - xã hội
  MILITARY_COMMANDER = 'MILITARY_COMMANDER', // Chỉ huy trưởng Ban CHQS
  MILITARY_DEPUTY_COMMANDER = 'MILITARY_DEPUTY_COMMANDER', // Chỉ huy phó Ban CHQS
  SPECIALIST = 'SPECIALIST', // Chuyên viên
}

/** Trình độ chuyên môn. */
export enum ProfessionalLevel {
  DOCTORATE = 'DOCTORATE', // Tiến sĩ
  MASTER = 'MASTER', // Thạc sĩ
  BACHELOR = 'BACHELOR', // Đại học
  COLLEGE_OR_VOCATIONAL = 'COLLEGE_OR_VOCATIONAL', // Cao đẳng, trung cấp
  ELEMENTARY_OR_NONE = 'ELEMENTARY_OR_NONE', // Sơ cấp và chưa qua đào tạo
}

/** Trình độ lý luận chính trị. */
export enum PoliticalTheoryLevel {
  ADVANCED = 'ADVANCED', // Cao cấp, cử nhân
  INTERMEDIATE = 'INTERMEDIATE', // Trung cấp
  ELEMENTARY = 'ELEMENTARY', // Sơ cấp
  NONE = 'NONE', // Chưa qua đào tạo
}

/** Trình độ quản lý nhà nước. */
export enum StateManagementLevel {
  SENIOR_PRINCIPAL_SPECIALIST = 'SENIOR_PRINCIPAL_SPECIALIST', // Chuyên viên cao cấp và tương đương
  PRINCIPAL_SPECIALIST = 'PRINCIPAL_SPECIALIST', // Chuyên viên chính và tương đương
  SPECIALIST = 'SPECIALIST', // Chuyên viên và tương đương
  NONE = 'NONE', // Chưa qua bồi dưỡng
}

/** Loại đơn vị hành chính cấp xã. */
export enum CommuneKind {
  COMMUNE = 'COMMUNE', // Xã
  WARD = 'WARD', // Phường
  SPECIAL_ZONE = 'SPECIAL_ZONE', // Đặc khu
}
