/**
 * Vietnamese personal names and ethnicities for the demo officials.
 *
 * Kinh names follow the usual "family + middle + given" order with national family-name frequencies
 * (Nguyễn ≈ 38 %) tilted toward Nghệ An (Hồ, Đậu, Thái, Phan are common there). Ethnic-minority
 * names follow each group's own conventions: Thái of western Nghệ An (Lô, Vi, Lang, Lữ, Quang, Sầm…),
 * Khơ Mú (Moong, Cụt, Xồng…), Mông (Vừ, Lầu, Mùa… with middle names Bá, Chồng, Nhìa / Y for women),
 * Ơ Đu (Lo); Ê Đê and M'nông of Đắk Lắk ("Y Moan Êban", "H' Linh Niê": title + given + family),
 * Gia Rai (family first: "Ksor Phơi", "Rơ Mah H' Bia"); Tày, Dao, Sán Chay, Sán Dìu of Quảng Ninh.
 * All strings are NFC.
 */
import { foldVietnamese } from '../../common/text';
import { Gender } from '../../officials/official.enums';
import type { EthnicProfile } from './communes';
import type { Rng, Weighted } from './prng';

/** Ethnic groups used by the demo data, with their Vietnamese names as stored on the profile. */
export const ETHNIC_GROUPS = [
  'Kinh',
  'Thái',
  'Khơ Mú',
  'Mông',
  'Ơ Đu',
  'Thổ',
  'Ê Đê',
  "M'nông",
  'Gia Rai',
  'Chăm',
  'Ba Na',
  'Tày',
  'Dao',
  'Sán Chay',
  'Sán Dìu',
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

/** Share of minority officials in a commune of the profile, and which groups they belong to. */
const PROFILES: Readonly<Record<EthnicProfile, { minorityShare: number; groups: ReadonlyArray<Weighted<EthnicGroup>> }>> = {
  KINH: { minorityShare: 0, groups: [] },
  NA_MIDLAND: { minorityShare: 0.08, groups: [['Thổ', 0.7], ['Thái', 0.3]] },
  NA_HILL: { minorityShare: 0.35, groups: [['Thái', 0.6], ['Thổ', 0.4]] },
  NA_KY_SON: { minorityShare: 0.85, groups: [['Mông', 0.36], ['Khơ Mú', 0.34], ['Thái', 0.3]] },
  NA_TUONG_DUONG: { minorityShare: 0.78, groups: [['Thái', 0.72], ['Khơ Mú', 0.14], ['Mông', 0.1], ['Ơ Đu', 0.04]] },
  NA_O_DU: { minorityShare: 0.82, groups: [['Thái', 0.5], ['Ơ Đu', 0.35], ['Khơ Mú', 0.15]] },
  NA_QUE_PHONG: { minorityShare: 0.8, groups: [['Thái', 0.86], ['Khơ Mú', 0.09], ['Mông', 0.05]] },
  NA_QUY_CHAU: { minorityShare: 0.78, groups: [['Thái', 0.95], ['Khơ Mú', 0.05]] },
  NA_QUY_HOP: { minorityShare: 0.68, groups: [['Thái', 0.75], ['Thổ', 0.25]] },
  NA_CON_CUONG: { minorityShare: 0.72, groups: [['Thái', 0.88], ['Thổ', 0.08], ['Khơ Mú', 0.04]] },
  DL_CITY: { minorityShare: 0.14, groups: [['Ê Đê', 0.9], ["M'nông", 0.05], ['Gia Rai', 0.05]] },
  DL_HIGHLAND: { minorityShare: 0.3, groups: [['Ê Đê', 0.85], ['Gia Rai', 0.08], ["M'nông", 0.07]] },
  DL_EDE: { minorityShare: 0.62, groups: [['Ê Đê', 0.85], ["M'nông", 0.1], ['Gia Rai', 0.05]] },
  DL_MNONG: { minorityShare: 0.6, groups: [["M'nông", 0.7], ['Ê Đê', 0.3]] },
  DL_JARAI: { minorityShare: 0.58, groups: [['Gia Rai', 0.6], ['Ê Đê', 0.4]] },
  PY_HIGHLAND: { minorityShare: 0.5, groups: [['Ê Đê', 0.5], ['Chăm', 0.35], ['Ba Na', 0.15]] },
  QN_HIGHLAND: { minorityShare: 0.6, groups: [['Tày', 0.4], ['Dao', 0.35], ['Sán Chay', 0.15], ['Sán Dìu', 0.1]] },
};

/** Ethnicity of one official of a commune with the given profile. */
export function pickEthnicity(rng: Rng, profile: EthnicProfile): EthnicGroup {
  const p = PROFILES[profile];
  if (p.minorityShare > 0 && rng.chance(p.minorityShare)) return rng.weighted(p.groups);
  return 'Kinh';
}

// -------------------------------------------------------------------------------------------------
// Kinh
// -------------------------------------------------------------------------------------------------

/** Family names, weights in percent (≈ national shares, tilted to Nghệ An). */
export const KINH_FAMILY_NAMES: ReadonlyArray<Weighted<string>> = [
  ['Nguyễn', 38], ['Trần', 9.5], ['Lê', 9], ['Phạm', 4.5], ['Hoàng', 4.5], ['Phan', 4], ['Hồ', 3.5],
  ['Võ', 3], ['Vũ', 1.8], ['Đặng', 1.8], ['Bùi', 1.8], ['Đỗ', 1.4], ['Ngô', 1.4], ['Đinh', 1.3],
  ['Dương', 1], ['Trương', 1], ['Đậu', 0.9], ['Thái', 0.8], ['Cao', 0.8], ['Hà', 0.8], ['Lương', 0.8],
  ['Đào', 0.7], ['Chu', 0.6], ['Lý', 0.5], ['Mai', 0.5], ['Tăng', 0.4], ['Kiều', 0.3], ['Tô', 0.3],
  ['Đoàn', 0.6], ['Lưu', 0.4], ['Lã', 0.1], ['Từ', 0.2], ['Thân', 0.2],
  ['Lại', 0.3], ['Quách', 0.2], ['Tạ', 0.4], ['Triệu', 0.2], ['Khổng', 0.1], ['Nghiêm', 0.2], ['Vương', 0.3],
];

const MALE_MIDDLE: ReadonlyArray<Weighted<string>> = [
  ['Văn', 30], ['Đình', 8], ['Hữu', 8], ['Đức', 7], ['Xuân', 6], ['Công', 5], ['Quang', 5], ['Minh', 5],
  ['Thanh', 4], ['Trọng', 4], ['Sỹ', 3], ['Bá', 3], ['Thế', 3], ['Ngọc', 3], ['Duy', 3], ['Anh', 2],
  ['Viết', 2], ['Khắc', 2], ['Mạnh', 2], ['Tiến', 2], ['Hồng', 2], ['Trung', 2], ['Quốc', 3], ['Hải', 1],
  ['Kim', 1], ['Doãn', 1], ['Tất', 1], ['Nhật', 1], ['Phú', 1], ['Cảnh', 1], ['Đăng', 1], ['Tuấn', 1],
];

const FEMALE_MIDDLE: ReadonlyArray<Weighted<string>> = [
  ['Thị', 56], ['Thu', 5], ['Ngọc', 5], ['Thanh', 5], ['Hồng', 4], ['Thùy', 3], ['Minh', 3], ['Phương', 3],
  ['Kim', 3], ['Hải', 2], ['Quỳnh', 2], ['Bích', 2], ['Khánh', 2], ['Hoài', 2], ['Mai', 2], ['Diệu', 1],
  ['Lan', 1], ['Tuyết', 1], ['Thảo', 1], ['Cẩm', 1],
];

/** Second middle names after "Thị" ("Nguyễn Thị Mai Thương"). */
const FEMALE_SECOND_MIDDLE: readonly string[] = ['Mai', 'Thu', 'Hồng', 'Thanh', 'Minh', 'Kim', 'Ngọc', 'Hải', 'Bích', 'Thúy'];

const MALE_GIVEN: readonly string[] = [
  'An', 'Anh', 'Bách', 'Bảo', 'Bình', 'Cảnh', 'Chiến', 'Chinh', 'Công', 'Cường', 'Danh', 'Dũng', 'Duy',
  'Dương', 'Đạt', 'Điệp', 'Định', 'Đông', 'Đức', 'Giang', 'Hải', 'Hào', 'Hậu', 'Hiến', 'Hiệp', 'Hiếu',
  'Hòa', 'Hoàng', 'Hùng', 'Huy', 'Hưng', 'Kiên', 'Khánh', 'Khoa', 'Kỳ', 'Lâm', 'Lập', 'Linh', 'Lộc',
  'Long', 'Luân', 'Lực', 'Lương', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Nhân', 'Phong', 'Phú',
  'Phúc', 'Phương', 'Quang', 'Quân', 'Quý', 'Quyết', 'Sang', 'Sáng', 'Sơn', 'Tài', 'Tâm', 'Tân',
  'Thái', 'Thắng', 'Thành', 'Thanh', 'Thiện', 'Thịnh', 'Thọ', 'Thông', 'Thuận', 'Tiến', 'Tình',
  'Toàn', 'Trung', 'Trường', 'Tuấn', 'Tùng', 'Tú', 'Tường', 'Việt', 'Vinh', 'Vũ', 'Vượng', 'Xuân',
  'Hạnh', 'Lợi', 'Hoan', 'Quế', 'Thuật', 'Kiệm', 'Diệu', 'Đoàn', 'Hợi', 'Sửu', 'Tý', 'Dần',
];

const FEMALE_GIVEN: readonly string[] = [
  'An', 'Anh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hòa',
  'Hồng', 'Huệ', 'Hương', 'Hường', 'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'My', 'Nga',
  'Ngân', 'Ngọc', 'Nguyệt', 'Nhàn', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Sen', 'Tâm', 'Thảo',
  'Thắm', 'Thanh', 'Thơ', 'Thủy', 'Thúy', 'Thư', 'Thương', 'Trang', 'Trinh', 'Tuyết', 'Vân', 'Yến',
  'Xuân', 'Lê', 'Hậu', 'Tình', 'Diệp', 'Khuyên', 'Lài', 'Hoài', 'Châu', 'Kiều', 'Mơ', 'Nhi', 'Phượng',
];

function kinhName(rng: Rng, gender: Gender, family?: string): string {
  const fam = family ?? rng.weighted(KINH_FAMILY_NAMES);
  if (gender === Gender.MALE) {
    return `${fam} ${rng.weighted(MALE_MIDDLE)} ${rng.pick(MALE_GIVEN)}`;
  }
  let middle = rng.weighted(FEMALE_MIDDLE);
  if (middle === 'Thị' && rng.chance(0.12)) middle = `Thị ${rng.pick(FEMALE_SECOND_MIDDLE)}`;
  let given = rng.pick(FEMALE_GIVEN);
  if (middle.endsWith(given)) given = rng.pick(FEMALE_GIVEN.filter((g) => !middle.endsWith(g)));
  return `${fam} ${middle} ${given}`;
}

// -------------------------------------------------------------------------------------------------
// Minority groups
// -------------------------------------------------------------------------------------------------

/** Thái of western Nghệ An. */
const THAI_FAMILY: ReadonlyArray<Weighted<string>> = [
  ['Lô', 18], ['Vi', 16], ['Lang', 12], ['Lữ', 10], ['Quang', 7], ['Sầm', 6], ['Lương', 8], ['Hà', 6],
  ['Kha', 5], ['Ngân', 5], ['Cầm', 3], ['Lò', 2], ['Mạc', 2],
];
const THAI_MALE_MIDDLE: ReadonlyArray<Weighted<string>> = [['Văn', 60], ['Đình', 10], ['Bá', 8], ['Thanh', 8], ['Xuân', 6], ['Minh', 8]];

const KHMU_FAMILY: ReadonlyArray<Weighted<string>> = [['Moong', 30], ['Cụt', 15], ['Xồng', 10], ['Lữ', 12], ['Kha', 12], ['Lô', 11], ['Lương', 10]];
const ODU_FAMILY: ReadonlyArray<Weighted<string>> = [['Lo', 70], ['Lô', 15], ['Vi', 15]];
const THO_FAMILY: ReadonlyArray<Weighted<string>> = [['Trương', 20], ['Lê', 20], ['Nguyễn', 20], ['Lữ', 10], ['Trần', 10], ['Hoàng', 10], ['Đinh', 10]];

const HMONG_FAMILY: ReadonlyArray<Weighted<string>> = [
  ['Vừ', 22], ['Lầu', 18], ['Mùa', 12], ['Xồng', 12], ['Và', 10], ['Thò', 8], ['Lỳ', 6], ['Hờ', 5], ['Giàng', 7],
];
const HMONG_MALE_MIDDLE: ReadonlyArray<Weighted<string>> = [['Bá', 45], ['Chồng', 15], ['Nhìa', 10], ['Văn', 20], ['Giống', 10]];
const HMONG_MALE_GIVEN: readonly string[] = [
  'Pao', 'Dê', 'Chồng', 'Xúa', 'Tu', 'Sùng', 'Chò', 'Cha', 'Dơ', 'Giống', 'Lầu', 'Nhìa', 'Tồng', 'Vảng',
  'Xay', 'Phừ', 'Tếnh', 'Sở', 'Chứ', 'Già', 'Thông', 'Lử', 'Kỷ', 'Tòng',
];
const HMONG_FEMALE_GIVEN: readonly string[] = ['Mỷ', 'Xênh', 'Dợ', 'Pàng', 'Ly', 'Máy', 'Xia', 'Dua', 'Chá', 'Mang', 'Nhía', 'Dênh', 'Só'];

const EDE_FAMILY: ReadonlyArray<Weighted<string>> = [
  ['Niê', 20], ['Êban', 12], ['Mlô', 10], ['Ktla', 7], ['Byă', 6], ['Adrơng', 6], ['Ayun', 6], ['Hđơk', 6],
  ['Knul', 5], ['Kpă', 4], ['Êya', 4], ['Ênuôl', 4], ['Mkriêng', 3], ['Kbuôr', 3], ['Kđoh', 3], ['Buôn Yă', 3],
  ['Êung', 2], ['Hwing', 2], ['Niê Kdăm', 2], ['Mlô Duôn Du', 1],
];
const EDE_MALE_GIVEN: readonly string[] = [
  'Moan', 'Ngông', 'Thanh', 'Biêr', 'Vinh', 'Khoa', 'Dhăm', 'Krach', 'Ju', 'Jut', 'Blu', 'Wai', 'Djăp',
  'Hoan', 'Sang', 'Thuýt', 'Kông', 'Yơn', 'Bhiông', 'Phăng', 'Tlam', 'Nguyên', 'Thắng', 'Duăn',
];
const EDE_FEMALE_GIVEN: readonly string[] = [
  'Linh', 'Nga', 'Yim', 'Zeo', 'Bia', 'Luyên', 'Nhi', 'Mai', 'Nhung', 'Hen', 'Ngoan', 'Bla', 'Ni', 'Yơn',
  'Đơ', 'Năm', 'Juen', 'Trang', 'Liên', 'Hoa', 'Xíu', 'Lan',
];
const MNONG_FAMILY: ReadonlyArray<Weighted<string>> = [
  ['Liêng Hot', 15], ['Bkrông', 20], ['Bon Jốc', 12], ['Dơng Jri', 10], ['Lơ Mu', 10], ['Rơ Ông', 8], ['Mlô', 10], ['Knul', 8], ['Buôn Krông', 7],
];
const MNONG_MALE_GIVEN: readonly string[] = ['Kiêm', 'Lăk', 'Dhưm', 'Bhăm', 'Brơm', 'Dăng', 'Wơn', 'Jơn', 'Siêng', 'Nguôl', 'Thông', 'Kông'];
const MNONG_FEMALE_GIVEN: readonly string[] = ['Đăm', 'Liêm', 'Bliên', 'Rin', 'Drih', 'Nhung', 'Yuên', 'Lơn', 'Biên', 'Ngơn'];

const JARAI_FAMILY: ReadonlyArray<Weighted<string>> = [['Ksor', 30], ['Rơ Mah', 18], ['Siu', 18], ['Rơ Lan', 12], ['Nay', 10], ['Kpă', 6], ['Puih', 6]];
const JARAI_MALE_GIVEN: readonly string[] = ['Phơi', 'Luân', 'Hlum', 'Kiên', 'Thoa', 'Nhim', 'Djét', 'Blôm', 'Khăp', 'Huynh', 'Yuih', 'Dôh', 'Thuân'];
const JARAI_FEMALE_GIVEN: readonly string[] = ['Bia', 'Yuih', 'Bơ', 'Mai', 'Nhái', 'Blơng', 'Lanh', 'Hyang', 'Tiên', 'Phiên'];

const CHAM_FAMILY: ReadonlyArray<Weighted<string>> = [['La', 35], ['Ma', 25], ['Lê', 20], ['Nay', 20]];
const BANA_FAMILY: ReadonlyArray<Weighted<string>> = [['Đinh', 45], ['Rơ Châm', 25], ['Lê', 15], ['Kpă', 15]];

const TAY_FAMILY: ReadonlyArray<Weighted<string>> = [['Hoàng', 25], ['Nông', 15], ['Lý', 15], ['Hà', 10], ['Vi', 10], ['Chu', 8], ['Lục', 8], ['Lương', 9]];
const DAO_FAMILY: ReadonlyArray<Weighted<string>> = [['Triệu', 30], ['Bàn', 20], ['Đặng', 15], ['Lý', 15], ['Chìu', 10], ['Tằng', 5], ['Phùn', 5]];
const DAO_MALE_MIDDLE: ReadonlyArray<Weighted<string>> = [['Văn', 50], ['Tài', 20], ['Quý', 10], ['Vần', 10], ['Kim', 10]];
const SANCHAY_FAMILY: ReadonlyArray<Weighted<string>> = [['Hoàng', 20], ['Lỷ', 20], ['La', 15], ['Tằng', 15], ['Dương', 10], ['Voòng', 10], ['Nịnh', 10]];
const SANDIU_FAMILY: ReadonlyArray<Weighted<string>> = [['Trần', 25], ['Lưu', 15], ['Diệp', 15], ['Voòng', 15], ['Dương', 15], ['Lý', 15]];

/** "Family Văn/Thị Given" with Kinh given names: Thái, Khơ Mú, Ơ Đu, Thổ, Tày, Dao, Sán Chay, Sán Dìu, Chăm, Ba Na. */
function vietStyle(rng: Rng, gender: Gender, family: ReadonlyArray<Weighted<string>>, maleMiddle: ReadonlyArray<Weighted<string>>): string {
  const fam = rng.weighted(family);
  if (gender === Gender.MALE) return `${fam} ${rng.weighted(maleMiddle)} ${rng.pick(MALE_GIVEN)}`;
  return `${fam} Thị ${rng.pick(FEMALE_GIVEN)}`;
}

const VAN_ONLY: ReadonlyArray<Weighted<string>> = [['Văn', 1]];

/**
 * A full name for an official of the given ethnicity and gender, NFC. Ê Đê / M'nông names put the
 * title first ("Y" for men, "H'" for women) and the family last; Gia Rai names put the family first.
 */
export function generateFullName(rng: Rng, ethnicity: string, gender: Gender): string {
  const male = gender === Gender.MALE;
  let name: string;
  switch (ethnicity) {
    case 'Thái':
      name = vietStyle(rng, gender, THAI_FAMILY, THAI_MALE_MIDDLE);
      break;
    case 'Khơ Mú':
      name = vietStyle(rng, gender, KHMU_FAMILY, VAN_ONLY);
      break;
    case 'Ơ Đu':
      name = vietStyle(rng, gender, ODU_FAMILY, VAN_ONLY);
      break;
    case 'Thổ':
      name = vietStyle(rng, gender, THO_FAMILY, MALE_MIDDLE);
      break;
    case 'Mông': {
      const fam = rng.weighted(HMONG_FAMILY);
      name = male
        ? `${fam} ${rng.weighted(HMONG_MALE_MIDDLE)} ${rng.pick(HMONG_MALE_GIVEN)}`
        : `${fam} ${rng.chance(0.5) ? 'Y' : 'Thị'} ${rng.pick(HMONG_FEMALE_GIVEN)}`;
      break;
    }
    case 'Ê Đê':
      name = male
        ? `Y ${rng.pick(EDE_MALE_GIVEN)} ${rng.weighted(EDE_FAMILY)}`
        : `H' ${rng.pick(EDE_FEMALE_GIVEN)} ${rng.weighted(EDE_FAMILY)}`;
      break;
    case "M'nông":
      name = male
        ? `Y ${rng.pick(MNONG_MALE_GIVEN)} ${rng.weighted(MNONG_FAMILY)}`
        : `H' ${rng.pick(MNONG_FEMALE_GIVEN)} ${rng.weighted(MNONG_FAMILY)}`;
      break;
    case 'Gia Rai':
      name = male
        ? `${rng.weighted(JARAI_FAMILY)} ${rng.pick(JARAI_MALE_GIVEN)}`
        : `${rng.weighted(JARAI_FAMILY)} H' ${rng.pick(JARAI_FEMALE_GIVEN)}`;
      break;
    case 'Chăm':
      name = vietStyle(rng, gender, CHAM_FAMILY, VAN_ONLY);
      break;
    case 'Ba Na':
      name = vietStyle(rng, gender, BANA_FAMILY, VAN_ONLY);
      break;
    case 'Tày':
      name = vietStyle(rng, gender, TAY_FAMILY, THAI_MALE_MIDDLE);
      break;
    case 'Dao':
      name = vietStyle(rng, gender, DAO_FAMILY, DAO_MALE_MIDDLE);
      break;
    case 'Sán Chay':
      name = vietStyle(rng, gender, SANCHAY_FAMILY, VAN_ONLY);
      break;
    case 'Sán Dìu':
      name = vietStyle(rng, gender, SANDIU_FAMILY, VAN_ONLY);
      break;
    default:
      name = kinhName(rng, gender);
  }
  return name.normalize('NFC');
}

/**
 * ASCII slug of a Vietnamese text for e-mail addresses: diacritics stripped, đ→d, lower case,
 * only [a-z0-9] kept ("Nguyễn Văn An" → "nguyenvanan", "H' Linh Niê" → "hlinhnie").
 */
export function asciiSlug(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, '');
}
