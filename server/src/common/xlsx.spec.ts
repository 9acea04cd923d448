import { describe, expect, it } from 'vitest';
import { attachmentDisposition, excelDate, fileSafe, safeCell } from './xlsx';

describe('safeCell', () => {
  it.each(['=HYPERLINK("http://evil","x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises %j', (v) => {
    expect(safeCell(v)).toBe(`'${v}`);
  });

  it('leaves ordinary Vietnamese text alone', () => {
    expect(safeCell('Nguyễn Thị Hoa')).toBe('Nguyễn Thị Hoa');
    expect(safeCell('Kinh')).toBe('Kinh');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell('')).toBe('');
  });

  it('turns missing values into empty cells', () => {
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeNull();
  });
});

describe('excelDate', () => {
  it('reads calendar dates as UTC midnight', () => {
    expect(excelDate('2025-08-18')?.toISOString()).toBe('2025-08-18T00:00:00.000Z');
    expect(excelDate(null)).toBeNull();
    expect(excelDate('18/08/2025')).toBeNull();
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('Danh-sach-lop-NA26-01.xlsx')).toBe(
      `attachment; filename="Danh-sach-lop-NA26-01.xlsx"; filename*=UTF-8''Danh-sach-lop-NA26-01.xlsx`,
    );
    expect(attachmentDisposition('Thời khóa biểu "Lớp 1".xlsx')).toBe(
      `attachment; filename="Thoi-khoa-bieu-Lop-1-.xlsx"; filename*=UTF-8''Th%E1%BB%9Di%20kh%C3%B3a%20bi%E1%BB%83u%20%22L%E1%BB%9Bp%201%22.xlsx`,
    );
  });

  it('makes file-name parts from class codes', () => {
    expect(fileSafe('NA26-01')).toBe('NA26-01');
    expect(fileSafe('ĐL/2025 (1)')).toBe('DL-2025-1');
    expect(fileSafe('///')).toBe('lop');
  });
});
