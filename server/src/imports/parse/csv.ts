import { ImportFileError, type ParseLimits } from './errors';

export interface RawRow {
  /** Row number as a spreadsheet shows it (1-based; blank lines count). */
  row: number;
  cells: unknown[];
}

/** The delimiter of the first line: the most frequent of `;`, `,` and tab outside quotes (Excel in Vietnamese locales saves `;`). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (counts[';'] + counts[','] + counts['\t'] > 0) break;
    } else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * RFC 4180 records of a decoded CSV: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and
 * CR all end a record. Trailing empty cells are dropped; blank records are skipped but still numbered.
 */
export function* readCsv(text: string, limits: ParseLimits, delimiter = detectDelimiter(text)): Generator<RawRow> {
  const n = text.length;
  let i = 0;
  let row = 0;
  while (i < n) {
    row++;
    const cells: string[] = [];
    let ended = false;
    while (!ended) {
      let value = '';
      if (text[i] === '"') {
        i++;
        let start = i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            // An unterminated quote runs to the end of the file: take what is there.
            value += text.slice(start);
            i = n;
            break;
          }
          value += text.slice(start, q);
          if (text[q + 1] === '"') {
            value += '"';
            i = start = q + 2;
          } else {
            i = q + 1;
            break;
          }
          if (value.length > limits.maxCellChars) break;
        }
        // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
      } else {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
        value = text.slice(i, j);
        i = j;
      }
      if (value.length > limits.maxCellChars) throw cellTooLarge(row, cells.length + 1, limits);
      cells.push(value);
      if (cells.length > limits.maxColumns * 10) throw tooManyColumns(limits);
      if (i >= n) ended = true;
      else if (text[i] === delimiter) i++;
      else {
        if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
        else i++;
        ended = true;
      }
    }
    while (cells.length && cells[cells.length - 1].trim() === '') cells.pop();
    if (cells.length > limits.maxColumns) throw tooManyColumns(limits);
    if (cells.length) yield { row, cells };
  }
}

export const cellTooLarge = (row: number, column: number, limits: ParseLimits) =>
  new ImportFileError(
    'import/cell_too_large',
    `Ô ở dòng ${row}, cột ${column} dài quá ${limits.maxCellChars.toLocaleString('vi-VN')} ký tự: tệp có lẽ không phải danh sách cán bộ.`,
  );

export const tooManyColumns = (limits: ParseLimits) =>
  new ImportFileError('import/too_many_columns', `Tệp có quá nhiều cột (tối đa ${limits.maxColumns}).`);
