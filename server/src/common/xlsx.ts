/**
 * Helpers shared by the XLSX exports (and anything else that writes spreadsheets from user-entered text).
 */

/** First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text value that spreadsheet apps will show as text, never evaluate: text starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe, as OWASP recommends. Exports also write every string as a string cell
 * (exceljs never turns a plain string into a formula), so the apostrophe guards copies pasted or re-saved as CSV.
 * Null and undefined become an empty cell.
 */
export function safeCell(value: string | null | undefined): string | null {
  if (value == null) return null;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A calendar date `YYYY-MM-DD` as the Date exceljs writes as that day's Excel serial number (UTC midnight). */
export function excelDate(isoDate: string | null | undefined): Date | null {
  if (!isoDate) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/**
 * `Content-Disposition` for a download: an ASCII fallback `filename` (diacritics folded, unsafe characters replaced)
 * and the exact UTF-8 name as `filename*` (RFC 5987 / RFC 6266).
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A class code as a file-name part: letters, digits and dashes only. */
export function fileSafe(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'lop'
  );
}
