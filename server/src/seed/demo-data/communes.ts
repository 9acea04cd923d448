/**
 * Commune-level administrative units of the three demo provinces, after the two-level local
 * government reform of 1/7/2025 (province → commune / ward / special zone).
 *
 * All names are the real post-reform units (Nghị quyết của UBTVQH on rearranging commune-level units
 * of each province, 16/6/2025; cross-checked against the 2026 regional minimum-wage decree, which
 * lists units by name, and public post-2025 unit lists). Nghệ An has 130 (119 communes + 11 wards),
 * Đắk Lắk 102 (88 communes + 14 wards, including former Phú Yên), Quảng Ninh 54 (22 communes,
 * 30 wards, special zones Vân Đồn and Cô Tô). Nothing is synthetic.
 *
 * Seed 000 (the Nghệ An course of 18-19/9/2025) spells three of its communes wrongly: "Hải Chân",
 * "Tân Chân" and "Đồng Thành" are the communes Hải Châu, Tân Châu (former Diễn Châu district) and
 * Đông Thành (former Yên Thành district). The list below uses the official names;
 * {@link COMMUNE_NAME_ALIASES} maps the article's spellings, so imports and searches typed from the
 * article still resolve.
 *
 * The hardship flag ("vùng sâu, vùng xa, biên giới, hải đảo, đặc biệt khó khăn") is an approximation
 * for demo purposes: whole former mountain/border districts (western Nghệ An; the remote west, south
 * and north of Đắk Lắk and the mountains of former Phú Yên; the border, highland and island units of
 * Quảng Ninh), not the official list of especially difficult communes.
 */
import { CommuneKind } from '../../officials/official.enums';

export interface CommuneSeed {
  code: string;
  name: string;
  kind: CommuneKind;
  hardship: boolean;
}

export interface ProvinceSeed {
  code: string;
  name: string;
  communes: CommuneSeed[];
}

/**
 * Ethnic make-up of a commune's officials (see names.ts for the distributions): which minority
 * groups are common there and how large their share among the commune's officials is.
 */
export type EthnicProfile =
  | 'KINH'
  | 'NA_MIDLAND'
  | 'NA_HILL'
  | 'NA_KY_SON'
  | 'NA_TUONG_DUONG'
  | 'NA_O_DU'
  | 'NA_QUE_PHONG'
  | 'NA_QUY_CHAU'
  | 'NA_QUY_HOP'
  | 'NA_CON_CUONG'
  | 'DL_CITY'
  | 'DL_HIGHLAND'
  | 'DL_EDE'
  | 'DL_MNONG'
  | 'DL_JARAI'
  | 'PY_HIGHLAND'
  | 'QN_HIGHLAND';

interface Row {
  name: string;
  kind: CommuneKind;
  hardship: boolean;
  /** Former district (huyện/thị xã/thành phố) the unit came from; documentation only. */
  formerDistrict: string;
  ethnic: EthnicProfile;
}

const X = CommuneKind.COMMUNE;
const P = CommuneKind.WARD;
const DK = CommuneKind.SPECIAL_ZONE;

function group(
  formerDistrict: string,
  kind: CommuneKind,
  hardship: boolean,
  ethnic: EthnicProfile,
  names: readonly string[],
): Row[] {
  return names.map((name) => ({ name, kind, hardship, formerDistrict, ethnic }));
}

// ---------------------------------------------------------------------------------------------
// Nghệ An (40): 130 units = 11 wards + 119 communes.
// ---------------------------------------------------------------------------------------------
const NGHE_AN: readonly Row[] = [
  ...group('TP Vinh', P, false, 'KINH', ['Trường Vinh', 'Thành Vinh', 'Vinh Hưng', 'Vinh Phú', 'Vinh Lộc', 'Cửa Lò']),
  ...group('TX Hoàng Mai', P, false, 'KINH', ['Hoàng Mai', 'Tân Mai', 'Quỳnh Mai']),
  ...group('TX Thái Hòa', P, false, 'NA_MIDLAND', ['Thái Hòa', 'Tây Hiếu']),
  ...group('TX Thái Hòa', X, false, 'NA_MIDLAND', ['Đông Hiếu']),
  ...group('Quỳnh Lưu', X, false, 'KINH', [
    'Quỳnh Lưu', 'Quỳnh Văn', 'Quỳnh Anh', 'Quỳnh Tam', 'Quỳnh Phú', 'Quỳnh Sơn', 'Quỳnh Thắng',
  ]),
  ...group('Diễn Châu', X, false, 'KINH', [
    'Diễn Châu', 'Đức Châu', 'Quảng Châu', 'Hải Châu', 'Tân Châu', 'An Châu', 'Minh Châu', 'Hùng Châu',
  ]),
  ...group('Yên Thành', X, false, 'KINH', [
    'Yên Thành', 'Quan Thành', 'Hợp Minh', 'Vân Tụ', 'Vân Du', 'Quang Đồng', 'Giai Lạc', 'Bình Minh', 'Đông Thành',
  ]),
  ...group('Nghi Lộc', X, false, 'KINH', [
    'Nghi Lộc', 'Phúc Lộc', 'Đông Lộc', 'Trung Lộc', 'Thần Lĩnh', 'Hải Lộc', 'Văn Kiều',
  ]),
  ...group('Hưng Nguyên', X, false, 'KINH', ['Hưng Nguyên', 'Yên Trung', 'Hưng Nguyên Nam', 'Lam Thành']),
  ...group('Nam Đàn', X, false, 'KINH', ['Vạn An', 'Nam Đàn', 'Đại Huệ', 'Thiên Nhẫn', 'Kim Liên']),
  ...group('Đô Lương', X, false, 'KINH', ['Đô Lương', 'Bạch Ngọc', 'Văn Hiến', 'Bạch Hà', 'Thuần Trung', 'Lương Sơn']),
  ...group('Thanh Chương', X, false, 'KINH', ['Cát Ngạn', 'Tam Đồng', 'Hoa Quân', 'Kim Bảng', 'Bích Hào', 'Đại Đồng', 'Xuân Lâm']),
  // Thanh Chương's communes on the Lao border.
  ...group('Thanh Chương', X, true, 'NA_HILL', ['Hạnh Lâm', 'Sơn Lâm']),
  ...group('Nghĩa Đàn', X, false, 'NA_MIDLAND', [
    'Nghĩa Đàn', 'Nghĩa Thọ', 'Nghĩa Lâm', 'Nghĩa Mai', 'Nghĩa Hưng', 'Nghĩa Khánh', 'Nghĩa Lộc',
  ]),
  ...group('Tân Kỳ', X, false, 'NA_MIDLAND', ['Tân Kỳ', 'Tân Phú', 'Tân An', 'Nghĩa Đồng', 'Nghĩa Hành', 'Tiên Đồng']),
  ...group('Tân Kỳ', X, true, 'NA_HILL', ['Giai Xuân']),
  ...group('Anh Sơn', X, false, 'NA_MIDLAND', ['Anh Sơn', 'Yên Xuân', 'Nhân Hòa', 'Anh Sơn Đông', 'Vĩnh Tường']),
  ...group('Anh Sơn', X, true, 'NA_HILL', ['Thành Bình Thọ']),
  // Western mountain and border districts: all hardship communes.
  ...group('Quỳ Hợp', X, true, 'NA_QUY_HOP', [
    'Quỳ Hợp', 'Tam Hợp', 'Châu Lộc', 'Châu Hồng', 'Mường Ham', 'Mường Chọng', 'Minh Hợp',
  ]),
  ...group('Quỳ Châu', X, true, 'NA_QUY_CHAU', ['Quỳ Châu', 'Châu Tiến', 'Hùng Chân', 'Châu Bình']),
  ...group('Quế Phong', X, true, 'NA_QUE_PHONG', ['Quế Phong', 'Tiền Phong', 'Tri Lễ', 'Mường Quàng', 'Thông Thụ']),
  ...group('Con Cuông', X, true, 'NA_CON_CUONG', ['Con Cuông', 'Môn Sơn', 'Mậu Thạch', 'Cam Phục', 'Châu Khê', 'Bình Chuẩn']),
  ...group('Tương Dương', X, true, 'NA_TUONG_DUONG', [
    'Tam Quang', 'Tam Thái', 'Tương Dương', 'Lượng Minh', 'Yên Na', 'Yên Hòa', 'Hữu Khuông', 'Nhôn Mai',
  ]),
  // Nga My is home to most of the Ơ Đu, the smallest ethnic group of Nghệ An.
  ...group('Tương Dương', X, true, 'NA_O_DU', ['Nga My']),
  ...group('Kỳ Sơn', X, true, 'NA_KY_SON', [
    'Mường Xén', 'Hữu Kiệm', 'Nậm Cắn', 'Chiêu Lưu', 'Na Loi', 'Mường Típ', 'Na Ngoi', 'Mỹ Lý', 'Bắc Lý',
    'Keng Đu', 'Huồi Tụ', 'Mường Lống',
  ]),
];

// ---------------------------------------------------------------------------------------------
// Đắk Lắk (66): 102 units = 14 wards + 88 communes; includes the former Phú Yên province.
// ---------------------------------------------------------------------------------------------
const DAK_LAK: readonly Row[] = [
  ...group('TP Buôn Ma Thuột', P, false, 'DL_CITY', ['Buôn Ma Thuột', 'Tân An', 'Tân Lập', 'Thành Nhất', 'Ea Kao']),
  ...group('TX Buôn Hồ', P, false, 'DL_CITY', ['Buôn Hồ', 'Cư Bao']),
  ...group('Phú Yên (cũ)', P, false, 'KINH', ['Tuy Hòa', 'Phú Yên', 'Bình Kiến', 'Xuân Đài', 'Sông Cầu', 'Đông Hòa', 'Hòa Hiệp']),
  ...group('TP Buôn Ma Thuột', X, false, 'DL_CITY', ['Hòa Phú', 'Hòa Xuân']),
  ...group('Đắk Lắk (cũ)', X, false, 'DL_HIGHLAND', [
    'Cư M\'gar', 'Cuôr Đăng', 'Ea Drông', 'Ea M\'Droh', 'Ea Tul', 'Quảng Phú', // Cư M'gar
    'Krông Pắc', 'Ea Kly', 'Ea Knuếc', 'Ea Phê', 'Tân Tiến', 'Vụ Bổn', // Krông Pắc
    'Krông Ana', 'Dur Kmăl', 'Ea Na', // Krông Ana
    'Dray Bhăng', 'Ea Ktur', 'Ea Ning', // Cư Kuin
    'Ea Kar', 'Ea Knốp', 'Ea Ô', 'Ea Păl', // Ea Kar
    'Krông Năng', 'Dliê Ya', 'Phú Xuân', 'Tam Giang', // Krông Năng
    'Krông Búk', 'Pơng Drang', 'Ea Drăng', // Krông Búk, Ea H'Leo town
  ]),
  ...group('Đắk Lắk (cũ)', X, true, 'DL_EDE', [
    'Ea Kiết', 'Cư Pơng', 'Cư Yang',
    'Buôn Đôn', 'Ea Wer', 'Ea Nuôl',
    'Krông Bông', 'Dang Kang', 'Hòa Sơn', 'Cư Pui', 'Yang Mao',
    'M\'Drắk', 'Ea Riêng', 'Cư M\'ta', 'Krông Á', 'Cư Prao', 'Ea Trang',
  ]),
  ...group('Lắk', X, true, 'DL_MNONG', ['Liên Sơn Lắk', 'Đắk Liêng', 'Nam Ka', 'Đắk Phơi', 'Krông Nô']),
  ...group('Ea Súp, Ea H\'Leo', X, true, 'DL_JARAI', [
    'Ea Súp', 'Ea Rốk', 'Ea Bung', 'Ia Lốp', 'Ia Rvê', 'Ea H\'Leo', 'Ea Hiao', 'Ea Wy', 'Ea Khăl',
  ]),
  ...group('Phú Yên (cũ)', X, false, 'KINH', [
    'Tây Hòa', 'Hòa Mỹ', 'Hòa Thịnh', 'Sơn Thành', 'Phú Hòa 1', 'Phú Hòa 2', 'Ô Loan',
    'Tuy An Bắc', 'Tuy An Đông', 'Tuy An Nam', 'Tuy An Tây', 'Xuân Cảnh', 'Xuân Lộc', 'Xuân Thọ',
  ]),
  ...group('Phú Yên (cũ)', X, true, 'PY_HIGHLAND', [
    'Sông Hinh', 'Đức Bình', 'Ea Bá', 'Ea Ly', // Sông Hinh
    'Sơn Hòa', 'Vân Hòa', 'Tây Sơn', 'Suối Trai', // Sơn Hòa
    'Đồng Xuân', 'Xuân Lãnh', 'Phú Mỡ', 'Xuân Phước', // Đồng Xuân
  ]),
];

// ---------------------------------------------------------------------------------------------
// Quảng Ninh (22): 54 units = 2 special zones + 30 wards + 22 communes.
// ---------------------------------------------------------------------------------------------
const QUANG_NINH: readonly Row[] = [
  ...group('TP Hạ Long', P, false, 'KINH', [
    'Hạ Long', 'Bãi Cháy', 'Hồng Gai', 'Hà Tu', 'Hà Lầm', 'Cao Xanh', 'Việt Hưng', 'Tuần Châu', 'Hoành Bồ',
  ]),
  ...group('TP Hạ Long', X, false, 'KINH', ['Thống Nhất']),
  ...group('TP Hạ Long', X, true, 'QN_HIGHLAND', ['Quảng La', 'Kỳ Thượng']),
  ...group('TP Cẩm Phả', P, false, 'KINH', ['Cẩm Phả', 'Quang Hanh', 'Cửa Ông', 'Mông Dương']),
  ...group('TP Uông Bí', P, false, 'KINH', ['Uông Bí', 'Vàng Danh', 'Yên Tử']),
  ...group('TX Đông Triều', P, false, 'KINH', ['Đông Triều', 'Mạo Khê', 'Bình Khê', 'An Sinh', 'Hoàng Quế']),
  ...group('TX Quảng Yên', P, false, 'KINH', ['Quảng Yên', 'Đông Mai', 'Hiệp Hòa', 'Hà An', 'Liên Hòa', 'Phong Cốc']),
  ...group('TP Móng Cái', P, false, 'KINH', ['Móng Cái 1', 'Móng Cái 2', 'Móng Cái 3']),
  ...group('TP Móng Cái', X, false, 'KINH', ['Hải Ninh', 'Hải Hòa']),
  ...group('TP Móng Cái', X, true, 'QN_HIGHLAND', ['Hải Sơn']),
  ...group('TP Móng Cái', X, true, 'KINH', ['Vĩnh Thực']),
  ...group('Vân Đồn, Cô Tô', DK, true, 'KINH', ['Vân Đồn', 'Cô Tô']),
  ...group('Tiên Yên', X, false, 'KINH', ['Tiên Yên', 'Hải Lạng']),
  ...group('Tiên Yên', X, true, 'QN_HIGHLAND', ['Điền Xá', 'Đông Ngũ']),
  ...group('Hải Hà', X, false, 'KINH', ['Quảng Hà']),
  ...group('Hải Hà', X, true, 'QN_HIGHLAND', ['Quảng Đức', 'Đường Hoa']),
  ...group('Hải Hà', X, true, 'KINH', ['Cái Chiên']),
  ...group('Đầm Hà', X, false, 'KINH', ['Đầm Hà', 'Quảng Tân']),
  ...group('Bình Liêu', X, true, 'QN_HIGHLAND', ['Bình Liêu', 'Hoành Mô', 'Lục Hồn']),
  ...group('Ba Chẽ', X, true, 'QN_HIGHLAND', ['Ba Chẽ', 'Lương Minh']),
];

interface ProvinceTable {
  code: string;
  name: string;
  rows: readonly Row[];
}

const TABLES: readonly ProvinceTable[] = [
  { code: '40', name: 'Nghệ An', rows: NGHE_AN },
  { code: '66', name: 'Đắk Lắk', rows: DAK_LAK },
  { code: '22', name: 'Quảng Ninh', rows: QUANG_NINH },
];

/** Number of units each demo province must have (checked at module load). */
export const EXPECTED_COMMUNE_COUNTS: Readonly<Record<string, number>> = { '40': 130, '66': 102, '22': 54 };

/** Stable commune code: province code + 3-digit index in the table above ('40001'). */
function communeCode(provinceCode: string, index: number): string {
  return `${provinceCode}${String(index + 1).padStart(3, '0')}`;
}

const ETHNIC_BY_CODE = new Map<string, EthnicProfile>();
const FORMER_DISTRICT_BY_CODE = new Map<string, string>();
for (const t of TABLES) {
  if (t.rows.length !== EXPECTED_COMMUNE_COUNTS[t.code]) {
    throw new Error(`demo-data: ${t.name} has ${t.rows.length} units, expected ${EXPECTED_COMMUNE_COUNTS[t.code]}`);
  }
  t.rows.forEach((r, i) => {
    ETHNIC_BY_CODE.set(communeCode(t.code, i), r.ethnic);
    FORMER_DISTRICT_BY_CODE.set(communeCode(t.code, i), r.formerDistrict);
  });
}

/** The three demo provinces with their post-1/7/2025 units (fresh objects on every call). */
export function demoProvinces(): ProvinceSeed[] {
  return TABLES.map((t) => ({
    code: t.code,
    name: t.name,
    communes: t.rows.map((r, i) => ({
      code: communeCode(t.code, i),
      name: r.name.normalize('NFC'),
      kind: r.kind,
      hardship: r.hardship,
    })),
  }));
}

/**
 * Ethnic profile of a demo commune by code; for communes not in the demo tables (custom provinces),
 * a hardship commune gets a generic mountain profile and any other commune 'KINH'.
 */
export function ethnicProfileOf(commune: CommuneSeed, provinceCode: string): EthnicProfile {
  const known = ETHNIC_BY_CODE.get(commune.code);
  if (known) return known;
  if (!commune.hardship) return 'KINH';
  return provinceCode === '66' ? 'DL_EDE' : provinceCode === '22' ? 'QN_HIGHLAND' : 'NA_QUY_CHAU';
}

/** Former (pre-1/7/2025) district of a demo commune, for documentation and fixtures. */
export function formerDistrictOf(communeCode: string): string | undefined {
  return FORMER_DISTRICT_BY_CODE.get(communeCode);
}

/**
 * The communes whose officials attended the Nghệ An course of 18-19/9/2025 (seed 000), exactly as
 * the article prints them. The article says 27 communes but names 26. Three are misspelt; see
 * {@link COMMUNE_NAME_ALIASES}.
 */
export const SEED_000_COURSE_COMMUNES: readonly string[] = [
  'Quỳnh Lưu', 'Quỳnh Văn', 'Quỳnh Anh', 'Quỳnh Tam', 'Quỳnh Phú', 'Quỳnh Sơn', 'Quỳnh Thắng',
  'Yên Thành', 'Quan Thành', 'Hợp Minh', 'Vân Tụ', 'Vân Du', 'Quang Đồng', 'Giai Lạc', 'Bình Minh',
  'Đồng Thành', 'Hoàng Mai', 'Tân Mai', 'Quỳnh Mai', 'Diễn Châu', 'Quảng Châu', 'Hải Chân', 'Tân Chân',
  'An Châu', 'Minh Châu', 'Hùng Châu',
];

/** Misspellings found in the seeds → the official unit name, per province code. */
export const COMMUNE_NAME_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '40': { 'Hải Chân': 'Hải Châu', 'Tân Chân': 'Tân Châu', 'Đồng Thành': 'Đông Thành' },
};

/** The official name for a name as typed (NFC; seed misspellings corrected), or the name itself. */
export function canonicalCommuneName(provinceCode: string, name: string): string {
  const n = name.normalize('NFC').trim();
  return COMMUNE_NAME_ALIASES[provinceCode]?.[n] ?? n;
}

/** The communes of the seed-000 course, resolved to the official names of Nghệ An's units. */
export function seed000CourseCommuneNames(): string[] {
  return SEED_000_COURSE_COMMUNES.map((n) => canonicalCommuneName('40', n));
}
