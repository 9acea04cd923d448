import { type RawRow, readCsv } from './csv';
import { decodeText } from './decode';
import { ImportFileError, type ParseLimits } from './errors';
import { readXlsx } from './xlsx';

export interface OpenedFile {
  format: 'CSV' | 'XLSX';
  encoding: string | null;
  rows: AsyncIterable<RawRow>;
}

/**
 * Opens an uploaded file by its content, not its name: a ZIP is an XLSX workbook, anything else must be CSV text.
 * Old binary .xls and other office formats are refused with a hint.
 */
export function openFile(buf: Buffer, fileName: string, limits: ParseLimits): OpenedFile {
  if (buf.length === 0) throw new ImportFileError('import/empty_file', 'Tệp rỗng.');
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) {
    return { format: 'XLSX', encoding: null, rows: readXlsx(buf, limits) };
  }
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    throw new ImportFileError('import/unsupported_format', 'Tệp Excel 97-2003 (.xls) chưa được hỗ trợ: hãy lưu lại dạng .xlsx hoặc .csv.');
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) {
    throw new ImportFileError('import/unreadable_file', 'Không đọc được tệp XLSX: tệp hỏng hoặc không phải bảng tính Excel.');
  }
  const { text, encoding } = decodeText(buf);
  async function* rows() {
    yield* readCsv(text, limits);
  }
  return { format: 'CSV', encoding, rows: rows() };
}
