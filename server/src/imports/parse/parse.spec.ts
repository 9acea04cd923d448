import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type RawRow, readCsv } from './csv';
import { decodeText } from './decode';
import { DEFAULT_LIMITS, ImportFileError } from './errors';
import { openFile } from './file';
import { type CommuneLookup, mapHeader, parseDate, type ParsedRow, parseRow } from './rows';

const NGHE_AN = { id: 'p-40', name: 'Nghệ An' };
const COMMUNES: Record<string, string> = { 'quynh luu': 'c-quynh-luu', 'hai chau': 'c-hai-chau', 'con cuong': 'c-con-cuong' };
const NAMES: Record<string, string> = { 'c-quynh-luu': 'Quỳnh Lưu', 'c-hai-chau': 'Hải Châu', 'c-con-cuong': 'Con Cuông' };
const lookup: CommuneLookup = {
  defaultProvince: NGHE_AN,
  province: (name) => (name.toLowerCase().includes('nghệ an') ? NGHE_AN : null),
  commune: (name) => {
    const id = COMMUNES[name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/^(xa|phuong) /, '').trim()];
    return id ? { id, name: NAMES[id] } : null;
  },
};

const HEADER_VI = 'STT;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Xã/phường;Khối;Chức vụ;Trình độ chuyên môn;Lý luận chính trị;Quản lý nhà nước;Số điện thoại;Email;Vùng khó khăn';
const ROW_1 = '1;Nguyễn Thị Lan;05/03/1985;Nữ;Kinh;Quỳnh Lưu;Khối Đảng;Bí thư Đảng ủy;Đại học;Cao cấp, cử nhân;Chuyên viên chính và tương đương;0912 345 678;lan.nt@nghean.gov.vn;Không';
const ROW_2 = '2;Lô Văn Thắng;1979-11-20;Nam;Thái;Xã Con Cuông;Khối chính quyền (HĐND, UBND);Chủ tịch UBND;Thạc sĩ;Trung cấp;Chuyên viên;;;Có';

async function parse(bytes: Buffer, fileName = 'ds.csv', today = new Date('2026-11-22')) {
  const file = openFile(bytes, fileName, DEFAULT_LIMITS);
  const raws: RawRow[] = [];
  for await (const r of file.rows) raws.push(r);
  const columns = mapHeader(raws[0]);
  const rows: ParsedRow[] = raws.slice(1).map((r) => parseRow(r, columns, lookup, today));
  return { file, columns, rows };
}

/** Windows-1258 keeps tone marks as combining characters after a precomposed base (â, ê, ô, ơ, ư, ă, đ). */
function toWindows1258(text: string): Buffer {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const out = [...text.normalize('NFC')]
    .map((ch) => {
      const d = ch.normalize('NFD');
      const tones = d.match(TONES)?.join('') ?? '';
      return d.replace(TONES, '').normalize('NFC') + tones;
    })
    .join('');
  return iconv.encode(out, 'windows-1258');
}

describe('import parsing', () => {
  const csv = [HEADER_VI, ROW_1, ROW_2].join('\r\n');

  it('reads UTF-8 with Vietnamese headers and maps every value to the directory enums', async () => {
    const { file, rows } = await parse(Buffer.from(csv, 'utf8'));
    expect(file).toMatchObject({ format: 'CSV', encoding: 'UTF-8' });
    expect(rows[0]).toMatchObject({
      row: 2,
      fullName: 'Nguyễn Thị Lan',
      nameKey: 'nguyen thi lan',
      dateOfBirth: '1985-03-05',
      gender: 'FEMALE',
      ethnicity: 'Kinh',
      communeId: 'c-quynh-luu',
      bloc: 'PARTY',
      position: 'PARTY_SECRETARY',
      professionalLevel: 'BACHELOR',
      politicalTheoryLevel: 'ADVANCED',
      stateManagementLevel: 'PRINCIPAL_SPECIALIST',
      phone: '0912345678',
      email: 'lan.nt@nghean.gov.vn',
      hardshipArea: false,
      errors: [],
    });
    expect(rows[1]).toMatchObject({ dateOfBirth: '1979-11-20', gender: 'MALE', communeName: 'Con Cuông', bloc: 'GOVERNMENT', position: 'PEOPLES_COMMITTEE_CHAIR', phone: null, hardshipArea: true });
  });

  it('reads UTF-8 with a BOM, UTF-16LE and UTF-16BE with BOMs', async () => {
    const bom = await parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]));
    expect(bom.file.encoding).toBe('UTF-8');
    expect(bom.rows[0].fullName).toBe('Nguyễn Thị Lan');
    const le = await parse(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]));
    expect(le.file.encoding).toBe('UTF-16LE');
    expect(le.rows[1].communeName).toBe('Con Cuông');
    const be = await parse(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv, 'utf16le').swap16()]));
    expect(be.file.encoding).toBe('UTF-16BE');
    expect(be.rows[0].fullName).toBe('Nguyễn Thị Lan');
  });

  it('detects Windows-1258 bytes and returns NFC text', async () => {
    const bytes = toWindows1258(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { file, rows } = await parse(bytes);
    expect(file.encoding).toBe('windows-1258');
    expect(rows[0].fullName).toBe('Nguyễn Thị Lan');
    expect(rows[0].fullName).toBe(rows[0].fullName!.normalize('NFC'));
    expect(rows[1]).toMatchObject({ fullName: 'Lô Văn Thắng', ethnicity: 'Thái', communeId: 'c-con-cuong', errors: [] });
  });

  it('normalises NFD input to NFC', async () => {
    const { rows } = await parse(Buffer.from(csv.normalize('NFD'), 'utf8'));
    expect(rows[0].fullName).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    expect(rows[0].errors).toEqual([]);
    expect(rows[1].ethnicity).toBe('Thái'.normalize('NFC'));
  });

  it('matches English, diacritics-less and upper-case headers, with comma or tab delimiters', async () => {
    const en = 'Full name,Date of birth,Gender,Ethnicity,Commune,Bloc,Position,Phone\n"Nguyen Van An",1/2/1980,Male,Kinh,Quynh Luu,Party,Specialist,0987654321';
    const a = await parse(Buffer.from(en));
    expect(a.rows[0]).toMatchObject({ fullName: 'Nguyen Van An', dateOfBirth: '1980-02-01', gender: 'MALE', communeId: 'c-quynh-luu', position: 'SPECIALIST', errors: [] });
    const plain = 'HO VA TEN\tNGAY SINH\tGIOI TINH\tDAN TOC\tXA PHUONG\tKHOI\tCHUC VU\nTrần Văn Bình\t15.06.1975\tNam\tKinh\tHải Châu\tMặt trận\tChuyên viên';
    const b = await parse(Buffer.from(plain));
    expect(b.columns.fullName?.header).toBe('HO VA TEN');
    expect(b.rows[0]).toMatchObject({ dateOfBirth: '1975-06-15', bloc: 'FRONT', communeId: 'c-hai-chau', errors: [] });
  });

  it('skips blank lines but keeps the spreadsheet row numbers, and ignores trailing empty columns', async () => {
    const text = [HEADER_VI + ';;;', '', ROW_1 + ';;', ';;;;', '', ROW_2].join('\n');
    const { rows } = await parse(Buffer.from(text));
    expect(rows.map((r) => r.row)).toEqual([3, 6]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const rows = [...readCsv('a;b\n"x;y";"say ""hi""\nthere"\n', DEFAULT_LIMITS)];
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x;y', 'say "hi"\nthere'] },
    ]);
  });

  it('reads every date format communes use and refuses impossible dates', () => {
    expect(parseDate('05/03/1985')).toBe('1985-03-05');
    expect(parseDate('5/3/1985')).toBe('1985-03-05');
    expect(parseDate('1985-03-05')).toBe('1985-03-05');
    expect(parseDate(new Date(Date.UTC(1985, 2, 5)))).toBe('1985-03-05');
    expect(parseDate(31111)).toBe('1985-03-05'); // Excel serial
    expect(parseDate('31/02/1980')).toBeNull();
    expect(parseDate('1985')).toBeNull();
  });

  it('reports row errors with the header as written and Vietnamese messages', async () => {
    const text = [
      HEADER_VI,
      ';;31/02/1980;Nữ;Kinh;Quỳnh Lưuu;Khối Đảng;Chuyên viên;;;;12345;not-an-email;',
      '3;Hồ Thị Mai;01/01/2015;Khác;Kinh;Quỳnh Lưu;Khối X;Chuyên viên;;;;;;',
    ].join('\n');
    const { rows } = await parse(Buffer.from(text));
    expect(rows[0].errors.map((e) => [e.column, e.reason])).toEqual([
      ['Họ và tên', 'required'],
      ['Ngày sinh', 'invalid_date'],
      ['Xã/phường', 'commune_not_found'],
      ['Số điện thoại', 'invalid_phone'],
      ['Email', 'invalid_email'],
    ]);
    const messages = rows[0].errors.map((e) => e.message);
    expect(messages).toContain('Thiếu họ và tên');
    expect(messages).toContain('Ngày sinh không hợp lệ: "31/02/1980"');
    expect(messages).toContain('Không tìm thấy xã/phường "Quỳnh Lưuu" trong tỉnh Nghệ An');
    expect(rows[1].errors.map((e) => e.reason)).toEqual(['out_of_range', 'invalid_value', 'invalid_value']);
  });

  it('refuses unknown, duplicate and missing columns with namespaced codes', async () => {
    const code = async (text: string) => {
      try {
        await parse(Buffer.from(text));
      } catch (e) {
        return (e as ImportFileError).code;
      }
      return 'ok';
    };
    expect(await code('Họ và tên;Ngày sinh;Màu áo\nA;1/1/1980;xanh')).toBe('import/unknown_columns');
    expect(await code(HEADER_VI + ';Họ tên\n' + ROW_1)).toBe('import/duplicate_columns');
    expect(await code('Họ và tên;Ngày sinh\nA;1/1/1980')).toBe('import/missing_columns');
  });

  it('refuses binary content, huge cells and too many columns', () => {
    expect(() => decodeText(Buffer.from([0, 1, 2, 3, 0x50, 0x4b, 0, 0]))).toThrow(ImportFileError);
    expect(() => [...readCsv('a;' + 'x'.repeat(5000), DEFAULT_LIMITS)]).toThrow(/dài quá/);
    expect(() => [...readCsv(Array.from({ length: 200 }, (_, i) => `c${i}`).join(';'), DEFAULT_LIMITS)]).toThrow(/quá nhiều cột/);
  });

  it('reads XLSX with date cells, rich text and numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Xã/phường', 'Khối', 'Chức vụ', 'Số điện thoại']);
    ws.addRow([]);
    ws.addRow([{ richText: [{ text: 'Nguyễn ' }, { text: 'Văn Hùng' }] }, new Date(Date.UTC(1970, 6, 9)), 'Nam', 'Kinh', 'Hải Châu', 'Ban chỉ huy quân sự', 'Chỉ huy trưởng Ban CHQS', '0912000111']);
    ws.addRow(['Vi Thị Hoa', 29221, 'Nữ', 'Thái', 'Con Cuông', 'Khối Đảng', 'Phó Bí thư Đảng ủy', 912345678]);
    const { file, rows } = await parse(Buffer.from(await wb.xlsx.writeBuffer()), 'ds.xlsx');
    expect(file.format).toBe('XLSX');
    expect(rows.map((r) => r.row)).toEqual([3, 4]);
    expect(rows[0]).toMatchObject({ fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1970-07-09', bloc: 'MILITARY', position: 'MILITARY_COMMANDER', phone: '0912000111', errors: [] });
    // A phone typed into Excel as a number lost its leading zero: it comes back.
    expect(rows[1]).toMatchObject({ dateOfBirth: '1980-01-01', position: 'DEPUTY_PARTY_SECRETARY', phone: '0912345678', errors: [] });
  });

  it('keeps Vietnamese letters whole in large streamed XLSX files (inline and shared strings)', async () => {
    const names = ['Sầm Văn Hướng', 'Lữ Thị Xuân', 'Đậu Đức Thắng', 'Nguyễn Thị Thu Hà'];
    const rows = Array.from({ length: 3000 }, (_, i) => [`${names[i % 4]}`, `0${i % 9 + 1}/0${i % 9 + 1}/198${i % 10}`, i % 2 ? 'Nam' : 'Nữ', 'Kinh', 'Quỳnh Lưu', 'Khối Mặt trận và các tổ chức chính trị - xã hội', 'Chuyên viên']);
    const header = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Xã/phường', 'Khối', 'Chức vụ'];
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const inline = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const ws = inline.addWorksheet('DS');
    ws.addRow(header).commit();
    for (const r of rows) ws.addRow(r).commit();
    ws.commit();
    await inline.commit();
    const shared = new ExcelJS.Workbook();
    const ws2 = shared.addWorksheet('DS');
    ws2.addRows([header, ...rows]);
    for (const bytes of [Buffer.concat(chunks), Buffer.from(await shared.xlsx.writeBuffer())]) {
      const { rows: parsed } = await parse(bytes, 'ds.xlsx');
      expect(parsed).toHaveLength(3000);
      expect(parsed.filter((r) => r.errors.length)).toEqual([]);
      expect(new Set(parsed.map((r) => r.fullName))).toEqual(new Set(names));
    }
  });
});
