import { FieldReason, ValidationError } from '../../common/errors';
import { isIsoDate } from '../../common/graphql/local-date.scalar';
import { Bloc, Gender, PoliticalTheoryLevel, Position, ProfessionalLevel, StateManagementLevel } from '../../officials/official.enums';
import { LIMITS, validateOfficialFields } from '../../officials/official.validation';
import type { RawRow } from './csv';
import { ImportFileError } from './errors';
import {
  BLOCS,
  FIELD_LABELS,
  fieldOfHeader,
  GENDERS,
  type ImportField,
  POLITICAL_THEORY_LEVELS,
  POSITIONS,
  PROFESSIONAL_LEVELS,
  REQUIRED_FIELDS,
  STATE_MANAGEMENT_LEVELS,
  YES_NO,
} from './fields';
import { matchKey, nameKey } from './key';
import { isBlank } from './xlsx';

/** One problem in one cell. */
export interface RowError {
  row: number;
  column: string;
  reason: string;
  message: string;
  value: string | null;
}

/** Columns found in the header row: field → 0-based index and header as written. */
export type ColumnMap = Partial<Record<ImportField, { index: number; header: string }>>;

/** A data row, normalised to the directory's values, with its errors. */
export interface ParsedRow {
  row: number;
  fullName: string | null;
  nameKey: string | null;
  dateOfBirth: string | null;
  gender: Gender | null;
  ethnicity: string | null;
  communeId: string | null;
  /** The matched commune's name, else the cell as written. */
  communeName: string | null;
  bloc: Bloc | null;
  position: Position | null;
  professionalLevel: ProfessionalLevel | null;
  politicalTheoryLevel: PoliticalTheoryLevel | null;
  stateManagementLevel: StateManagementLevel | null;
  phone: string | null;
  email: string | null;
  hardshipArea: boolean | null;
  errors: RowError[];
}

/** Finds communes by name: within the given province (row or class), else anywhere when the name is unique. */
export interface CommuneLookup {
  /** The province named by a cell, or null. */
  province(name: string): { id: string; name: string } | null;
  commune(name: string, provinceId: string | null): { id: string; name: string } | 'ambiguous' | null;
  /** The class's province, used when the file has no province column. */
  defaultProvince: { id: string; name: string } | null;
}

/** Reads the header row: every non-empty header must be known, once; the required ones must be there. */
export function mapHeader(header: RawRow): ColumnMap {
  const columns: ColumnMap = {};
  const unknown: string[] = [];
  const duplicate: string[] = [];
  header.cells.forEach((cell, index) => {
    const text = cellText(cell);
    const field = fieldOfHeader(text);
    if (field === 'ignore') return;
    if (!field) unknown.push(text);
    else if (columns[field]) duplicate.push(text);
    else columns[field] = { index, header: text };
  });
  const list = (xs: string[]) => xs.slice(0, 10).map((x) => `"${shorten(x, 60)}"`).join(', ');
  if (unknown.length) {
    throw new ImportFileError(
      'import/unknown_columns',
      `Dòng tiêu đề (dòng ${header.row}) có cột không nhận ra: ${list(unknown)}. Các cột dùng được: ${Object.values(FIELD_LABELS)
        .map((l) => l.vi)
        .join(', ')}.`,
    );
  }
  if (duplicate.length) throw new ImportFileError('import/duplicate_columns', `Cột bị lặp lại trong dòng tiêu đề: ${list(duplicate)}.`);
  const missing = REQUIRED_FIELDS.filter((f) => !columns[f]);
  if (missing.length) {
    throw new ImportFileError('import/missing_columns', `Thiếu cột bắt buộc: ${missing.map((f) => FIELD_LABELS[f].vi).join(', ')}.`);
  }
  return columns;
}

/** A cell as trimmed NFC text (numbers as written, dates as dd/mm/yyyy). */
export function cellText(v: unknown): string {
  if (v == null) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  return String(v).normalize('NFC').replace(/\s+/g, ' ').trim();
}

const pad = (n: number) => String(n).padStart(2, '0');
const shorten = (s: string, n = 80) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/**
 * A date of birth as YYYY-MM-DD: dd/mm/yyyy and d/m/yyyy (also with - or .), yyyy-mm-dd, Excel date cells and Excel
 * serial numbers. Null when it is not a real calendar date.
 */
export function parseDate(v: unknown): string | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    // Excel dates arrive as UTC midnight; a time part means a clock skew of the writer, so round to the nearest day.
    const d = new Date(Math.round(v.getTime() / 86_400_000) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 2_958_465) return null;
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  const s = cellText(v);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let iso: string | null = null;
  if (m) iso = `${m[3]}-${pad(+m[2])}-${pad(+m[1])}`;
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(s))) iso = `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
  else if (/^\d{4,5}$/.test(s) && +s > 3000) return parseDate(+s); // a serial number typed as text
  return iso && isIsoDate(iso) ? iso : null;
}

const REASON_TEXT: Partial<Record<FieldReason, (label: string, value: string) => string>> = {
  required: (label) => `Thiếu ${label.toLowerCase()}`,
  too_long: (label) => `${label} quá dài`,
  too_short: (label, v) => `${label} quá ngắn: "${v}"`,
  invalid_value: (label, v) => `${label} không hợp lệ: "${v}"`,
  invalid_date: (label, v) => `${label} không hợp lệ: "${v}"`,
  out_of_range: (label, v) => `${label} ngoài khoảng cho phép (sinh từ năm 1940 và đủ 18 tuổi): "${v}"`,
  invalid_phone: (label, v) => `${label} không hợp lệ: "${v}" (10 hoặc 11 chữ số, bắt đầu bằng 0 hoặc +84)`,
  invalid_email: (label, v) => `${label} không hợp lệ: "${v}"`,
};

/** Converts one data row, collecting every problem in it. */
export function parseRow(raw: RawRow, columns: ColumnMap, lookup: CommuneLookup, today = new Date()): ParsedRow {
  const errors: RowError[] = [];
  const raw_ = (f: ImportField): unknown => {
    const c = columns[f];
    return c ? raw.cells[c.index] : undefined;
  };
  const text = (f: ImportField) => cellText(raw_(f));
  const fail = (f: ImportField, reason: string, message: string, value?: string) =>
    errors.push({ row: raw.row, column: columns[f]?.header ?? FIELD_LABELS[f].vi, reason, message, value: value ? shorten(value) : null });
  const reasonFail = (f: ImportField, reason: FieldReason, value: string) =>
    fail(f, reason, (REASON_TEXT[reason] ?? REASON_TEXT.invalid_value!)(FIELD_LABELS[f].vi, shorten(value)), value);

  const out: ParsedRow = {
    row: raw.row,
    fullName: null,
    nameKey: null,
    dateOfBirth: null,
    gender: null,
    ethnicity: null,
    communeId: null,
    communeName: null,
    bloc: null,
    position: null,
    professionalLevel: null,
    politicalTheoryLevel: null,
    stateManagementLevel: null,
    phone: null,
    email: null,
    hardshipArea: null,
    errors,
  };

  // Free-text fields go through the directory's own validator, so imports accept exactly what the form accepts.
  const fullName = text('fullName');
  const ethnicity = text('ethnicity');
  const dobText = text('dateOfBirth');
  const dob = isBlank(raw_('dateOfBirth')) ? null : parseDate(raw_('dateOfBirth'));
  // Excel stores a phone typed as 0912345678 as the number 912345678: give the leading zero back.
  const phoneRaw = raw_('phone');
  const phone = typeof phoneRaw === 'number' && Number.isInteger(phoneRaw) && phoneRaw > 0 && /^\d{9,10}$/.test(String(phoneRaw)) ? `0${phoneRaw}` : text('phone');
  const email = text('email');
  const fields: Record<string, ImportField> = { fullName: 'fullName', ethnicity: 'ethnicity', dateOfBirth: 'dateOfBirth', phone: 'phone', email: 'email' };
  const given: Record<string, string> = { fullName, ethnicity, dateOfBirth: dobText, phone, email };
  if (!dobText) reasonFail('dateOfBirth', 'required', '');
  else if (!dob) reasonFail('dateOfBirth', 'invalid_date', dobText);
  try {
    const clean = validateOfficialFields(
      { fullName, ethnicity, ...(dob ? { dateOfBirth: dob } : {}), phone: phone || null, email: email || null },
      'create',
      today,
    );
    Object.assign(out, { fullName: clean.fullName, ethnicity: clean.ethnicity, dateOfBirth: clean.dateOfBirth ?? null });
    out.phone = clean.phone ?? null;
    out.email = clean.email ?? null;
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    for (const [name, reason] of Object.entries(e.fields)) reasonFail(fields[name], reason, given[name]);
    // Keep what was valid, for the preview.
    if (!e.fields.fullName && fullName) out.fullName = fullName.normalize('NFC');
    if (!e.fields.ethnicity) out.ethnicity = ethnicity || null;
    if (!e.fields.dateOfBirth) out.dateOfBirth = dob;
    if (!e.fields.phone) out.phone = phone ? phone.replace(/[\s.()-]/g, '').replace(/^\+84/, '0') : null;
    if (!e.fields.email) out.email = email ? email.toLowerCase() : null;
  }
  if (out.fullName) out.nameKey = nameKey(out.fullName);
  if (out.fullName && out.fullName.length > LIMITS.fullName) out.fullName = null;

  const pick = <E>(f: ImportField, map: Map<string, E>, required: boolean, hint = ''): E | null => {
    const v = text(f);
    if (!v) {
      if (required) reasonFail(f, 'required', '');
      return null;
    }
    const found = map.get(matchKey(v));
    if (found === undefined) fail(f, 'invalid_value', `${FIELD_LABELS[f].vi} không hợp lệ: "${shorten(v)}"${hint}`, v);
    return found ?? null;
  };
  out.gender = pick('gender', GENDERS, true, ' (ghi Nam hoặc Nữ)');
  out.bloc = pick('bloc', BLOCS, true, ' (Khối Đảng, Khối Mặt trận…, Khối chính quyền, Ban chỉ huy quân sự)');
  out.position = pick('position', POSITIONS, true);
  out.professionalLevel = pick('professionalLevel', PROFESSIONAL_LEVELS, false);
  out.politicalTheoryLevel = pick('politicalTheoryLevel', POLITICAL_THEORY_LEVELS, false);
  out.stateManagementLevel = pick('stateManagementLevel', STATE_MANAGEMENT_LEVELS, false);
  out.hardshipArea = pick('hardshipArea', YES_NO, false, ' (ghi Có hoặc Không)');

  // Commune: within the row's province when there is a column, else the class's province, else unique anywhere.
  let province = lookup.defaultProvince;
  const provinceText = text('province');
  if (provinceText) {
    const p = lookup.province(provinceText);
    if (!p) fail('province', 'province_not_found', `Không tìm thấy tỉnh "${shorten(provinceText)}"`, provinceText);
    province = p;
  }
  const communeText = text('commune');
  out.communeName = communeText || null;
  if (!communeText) reasonFail('commune', 'required', '');
  else if (!provinceText || province) {
    const c = lookup.commune(communeText, province?.id ?? null);
    if (c === 'ambiguous') {
      fail('commune', 'commune_ambiguous', `Có nhiều xã/phường tên "${shorten(communeText)}": thêm cột Tỉnh để phân biệt`, communeText);
    } else if (!c) {
      fail(
        'commune',
        'commune_not_found',
        `Không tìm thấy xã/phường "${shorten(communeText)}"${province ? ` trong tỉnh ${province.name}` : ''}`,
        communeText,
      );
    } else {
      out.communeId = c.id;
      out.communeName = c.name;
    }
  }
  errors.sort((a, b) => (columns[fieldByHeader(columns, a.column)]?.index ?? 0) - (columns[fieldByHeader(columns, b.column)]?.index ?? 0));
  return out;
}

function fieldByHeader(columns: ColumnMap, header: string): ImportField {
  for (const [f, c] of Object.entries(columns)) if (c?.header === header) return f as ImportField;
  return 'fullName';
}

/** Removes the kind prefix people type before a commune's name ("Xã Quỳnh Lưu", "P. Vinh Hưng"). */
export function stripCommunePrefix(name: string): string {
  return name.replace(/^\s*(xã|phường|đặc khu|thị trấn|x\.|p\.)\s+/iu, '');
}
