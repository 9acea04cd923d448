import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { cellTooLarge, type RawRow, tooManyColumns } from './csv';
import { ImportFileError, type ParseLimits } from './errors';

const unreadable = (why: string) =>
  new ImportFileError('import/unreadable_file', `Không đọc được tệp XLSX: ${why}. Hãy mở tệp bằng Excel và lưu lại dạng .xlsx.`);

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

/**
 * Structural check before streaming: a ZIP ends with an end-of-central-directory record pointing at a central
 * directory whose entries point at local headers inside the file. Truncated uploads fail here at once instead of
 * deep inside the unzipper.
 */
export function zipEntries(buf: Buffer): ZipEntry[] {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable('tệp bị cắt cụt hoặc hỏng');
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0 || offset + size > eocd || offset + 4 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) throw unreadable('mục lục ZIP hỏng');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) throw unreadable('mục lục ZIP hỏng');
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    if (local + 30 > offset || buf.readUInt32LE(local) !== 0x04034b50) throw unreadable('mục lục ZIP hỏng');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const entry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      dataStart,
    };
    if (dataStart + entry.compressedSize > offset) throw unreadable('mục lục ZIP hỏng');
    entries.push(entry);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Inflates every entry once, discarding the output, and checks it against the size the directory declares: corrupt
 * entries would otherwise stall exceljs's streaming unzipper. Streams, so a large sheet costs no memory.
 */
export async function verifyZip(buf: Buffer): Promise<void> {
  for (const e of zipEntries(buf)) {
    const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw unreadable(`mục "${e.name.slice(0, 60)}" hỏng`);
      continue;
    }
    if (e.method !== 8) throw unreadable('kiểu nén không được hỗ trợ');
    const inflated = await new Promise<number>((resolve, reject) => {
      let n = 0;
      const z = createInflateRaw();
      z.on('data', (chunk: Buffer) => {
        n += chunk.length;
        if (n > e.size) z.destroy(new Error('longer than declared'));
      });
      z.on('error', reject);
      z.on('end', () => resolve(n));
      z.end(data);
    }).catch(() => -1);
    if (inflated !== e.size) throw unreadable(`mục "${e.name.slice(0, 60)}" hỏng`);
  }
}

/**
 * Bytes per inflated chunk. Small on purpose: each chunk becomes a string (two bytes per character once a Vietnamese
 * letter is in it) and the scanner's slices of it; kept under V8's large-object size (128 KB) they die young, cheaply,
 * instead of piling up as garbage only a full collection frees (256 KB chunks: +71–77 MB peak RSS parsing a
 * 100,000-row sheet; 32 KB: +51 MB).
 */
const CHUNK = 32 * 1024;

/** Inflates one entry as a stream of Buffers of at most CHUNK bytes. */
function entryStream(buf: Buffer, e: ZipEntry): AsyncIterable<Buffer> {
  const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) return Readable.from(pieces(data));
  const z = createInflateRaw({ chunkSize: CHUNK });
  z.end(data);
  return z;
}

function* pieces(data: Buffer): Generator<Buffer> {
  for (let i = 0; i < data.length; i += CHUNK) yield data.subarray(i, i + CHUNK);
}

function entryText(buf: Buffer, e: ZipEntry | undefined): string {
  if (!e) return '';
  const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
  return (e.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities resolved. */
function xmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e] ?? m;
  });
}

const RPH = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const T = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;

/** The text of a shared string item or an inline string: its <t> runs joined, phonetic hints left out. */
function runsText(xml: string): string {
  let out = '';
  for (const m of xml.replace(RPH, '').matchAll(T)) out += m[1];
  return xmlText(out);
}

/**
 * Complete elements named `tag` from an entry, streamed: chunks go through a StringDecoder (so characters split across
 * chunk boundaries stay whole; exceljs's streaming reader garbles such Vietnamese letters) and each batch ends at the
 * last complete element. OOXML parts are machine-written, so scanning with regular expressions is safe and several
 * times faster than a general XML parser.
 */
async function* elements(chunks: AsyncIterable<Buffer>, tag: string, maxPending: number): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  const whole = new RegExp(`<(?:\\w+:)?${tag}\\b(?:[^>]*/>|[\\s\\S]*?</(?:\\w+:)?${tag}>)`, 'g');
  const close = new RegExp(`</(?:\\w+:)?${tag}>|<(?:\\w+:)?${tag}\\b[^>]*/>`, 'g');
  let pending = '';
  const take = (final: boolean): string[] => {
    let end = pending.length;
    if (!final) {
      let last = -1;
      close.lastIndex = 0;
      for (let m = close.exec(pending); m; m = close.exec(pending)) last = m.index + m[0].length;
      if (last < 0) return [];
      end = last;
    }
    const part = pending.slice(0, end);
    pending = pending.slice(end);
    return part.match(whole) ?? [];
  };
  for await (const chunk of chunks) {
    pending += decoder.write(chunk);
    const batch = take(false);
    if (pending.length > maxPending) throw unreadable('một dòng quá lớn');
    if (batch.length) yield batch;
  }
  pending += decoder.end();
  const batch = take(true);
  if (batch.length) yield batch;
}

/** Shared strings: the text of each <si>. */
async function sharedStrings(buf: Buffer, e: ZipEntry | undefined, limits: ParseLimits): Promise<string[]> {
  const out: string[] = [];
  if (!e) return out;
  for await (const batch of elements(entryStream(buf, e), 'si', limits.maxCellChars * 20 + 1_000_000)) {
    for (const si of batch) {
      const text = runsText(si);
      out.push(text.length > limits.maxCellChars ? text.slice(0, limits.maxCellChars + 1) : text);
    }
  }
  return out;
}

/** The first worksheet's entry, following workbook.xml and its relationships. */
function firstSheet(buf: Buffer, entries: Map<string, ZipEntry>): ZipEntry | undefined {
  const workbook = entryText(buf, entries.get('xl/workbook.xml'));
  const rels = entryText(buf, entries.get('xl/_rels/workbook.xml.rels'));
  const rid = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (rid) {
    const rel = new RegExp(`<Relationship\\b[^>]*\\bId="${rid.replace(/[^\w]/g, '')}"[^>]*>`).exec(rels)?.[0];
    const target = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (target) {
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
      if (entries.has(path)) return entries.get(path);
    }
  }
  return entries.get('xl/worksheets/sheet1.xml');
}

/** 0-based column of a cell reference ("C7" → 2). */
function columnOf(ref: string | undefined): number | null {
  if (!ref) return null;
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else break;
  }
  return n ? n - 1 : null;
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const IS = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const ATTR_R = /\br="([A-Z]+)\d*"/;
const ATTR_T = /\bt="(\w+)"/;
const ROW_R = /^<(?:\w+:)?row\b[^>]*?\br="(\d+)"/;

/**
 * Rows of the first worksheet, streamed from the ZIP with zlib (memory stays flat on 100,000-row files). Cells come
 * back as strings, numbers (dates are Excel serial numbers; the date column converts them) and booleans.
 */
export async function* readXlsx(buf: Buffer, limits: ParseLimits): AsyncGenerator<RawRow> {
  await verifyZip(buf);
  const entries = new Map(zipEntries(buf).map((e) => [e.name, e]));
  const sheet = firstSheet(buf, entries);
  if (!sheet) throw unreadable('không có trang tính nào');
  try {
    const shared = await sharedStrings(buf, entries.get('xl/sharedStrings.xml'), limits);
    let rowNo = 0;
    // A row may hold up to maxColumns × 10 cells of maxCellChars each before the limits below refuse it.
    for await (const batch of elements(entryStream(buf, sheet), 'row', limits.maxCellChars * limits.maxColumns + 4_000_000)) {
      for (const rowXml of batch) {
        const r = ROW_R.exec(rowXml);
        rowNo = r ? Number(r[1]) : rowNo + 1;
        const cells: unknown[] = [];
        CELL.lastIndex = 0;
        for (let m = CELL.exec(rowXml); m; m = CELL.exec(rowXml)) {
          const attrs = m[1];
          const inner = m[2] ?? '';
          const ref = ATTR_R.exec(attrs);
          const col = ref ? (columnOf(ref[1]) ?? cells.length) : cells.length;
          if (col >= limits.maxColumns * 10) throw tooManyColumns(limits);
          const type = ATTR_T.exec(attrs)?.[1] ?? 'n';
          let value: unknown = '';
          if (type === 'inlineStr') {
            const is = IS.exec(inner);
            value = is ? runsText(is[1]) : '';
          } else {
            const v = V.exec(inner);
            if (v) {
              const text = xmlText(v[1]);
              if (type === 's') value = shared[Number(text)] ?? '';
              else if (type === 'str') value = text;
              else if (type === 'b') value = text === '1';
              else if (type === 'e') value = '';
              else if (type === 'd') value = new Date(text);
              else value = text.trim() === '' ? '' : Number(text);
            }
          }
          if (typeof value === 'string' && value.length > limits.maxCellChars) throw cellTooLarge(rowNo, col + 1, limits);
          while (cells.length < col) cells.push('');
          cells[col] = value;
        }
        while (cells.length && isBlank(cells[cells.length - 1])) cells.pop();
        if (cells.length > limits.maxColumns) throw tooManyColumns(limits);
        if (cells.length) yield { row: rowNo, cells };
      }
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw unreadable('nội dung hỏng');
  }
}

export const isBlank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');
