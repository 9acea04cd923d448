import { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { AppError } from '../common/errors';
import { createTestApp, type TestApp } from '../test/app';
import { ImportStatus } from './import.enums';
import { ImportsService } from './imports.service';

/** mulberry32: a small seeded PRNG, so every run fuzzes the same files. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), bytes: (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))) };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A well-formed ZIP (stored entries) whose entries hold whatever we give them. */
function zip(entries: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const HEADER = 'Họ và tên;Ngày sinh;Giới tính;Dân tộc;Xã/phường;Khối;Chức vụ';
const ROW = 'Nguyễn Văn Quang;02/02/1981;Nam;Kinh;Quỳnh Lưu;Khối Đảng;Chuyên viên';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let sut: TestApp;
let service: ImportsService;
let em: EntityManager;
let admin: AuthUser;
let classId: string;
let validXlsx: Buffer;
let headerOnlyXlsx: Buffer;

beforeAll(async () => {
  sut = await createTestApp();
  service = sut.app.get(ImportsService);
  em = sut.app.get(EntityManager);
  const [u] = await em.fork().execute(`select id from "user" where email = 'admin@demo.local'`);
  admin = { id: u.id, role: Role.ADMIN, communeId: null, officialId: null };
  const [c] = await em.fork().execute(`select id from training_class where code = 'NA-2026-L02'`);
  classId = c.id;
  validXlsx = await xlsx([HEADER.split(';'), ...Array.from({ length: 40 }, (_, i) => ROW.replace('Quang', `Quang ${'A'.repeat(i % 5 + 1)}`).split(';'))]);
  headerOnlyXlsx = await xlsx([HEADER.split(';')]);
});
afterAll(() => sut?.close());

type Gen = (r: ReturnType<typeof prng>) => Buffer | Promise<Buffer>;

/** Each kind of malformed file the importer must refuse cleanly. */
const KINDS: Record<string, Gen> = {
  'random bytes': (r) => r.bytes(1 + r.int(4096)),
  'truncated XLSX': (r) => validXlsx.subarray(0, 1 + r.int(validXlsx.length - 1)),
  'XLSX with a corrupted entry': (r) => {
    const b = Buffer.from(validXlsx);
    const at = 40 + r.int(Math.max(1, b.length - 200));
    r.bytes(64).copy(b, at);
    return b;
  },
  'ZIP with garbage entries': (r) =>
    zip([
      ['[Content_Types].xml', r.bytes(200)],
      ['xl/workbook.xml', Buffer.from('<workbook><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets>' + r.bytes(50).toString('latin1'))],
      ['xl/_rels/workbook.xml.rels', r.bytes(100)],
      ['xl/worksheets/sheet1.xml', Buffer.concat([Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'), r.bytes(300)])],
    ]),
  'wrong encoding (UTF-16 without BOM, cp1252, UTF-32)': (r) => {
    const text = [HEADER, ROW].join('\n');
    return [() => Buffer.from(text, 'utf16le'), () => iconv.encode(text, 'cp1252'), () => iconv.encode(text, 'utf32le')][r.int(3)]();
  },
  'huge cell (1 MB)': (r) => Buffer.from(`${HEADER}\n${ROW.replace('Quỳnh Lưu', 'x'.repeat(1_000_000 + r.int(100)))}`),
  '60,000 columns': (r) => Buffer.from(`${HEADER}${';c'.repeat(60_000 + r.int(10))}\n${ROW}`),
  'binary in CSV': (r) => Buffer.concat([Buffer.from(`${HEADER}\n${ROW}\n`), r.bytes(200), Buffer.from([0])]),
  'only the header (CSV)': (r) => Buffer.from(HEADER + '\r\n'.repeat(r.int(3))),
  'header-only XLSX': () => headerOnlyXlsx,
  'thousands of empty rows': (r) => Buffer.from(HEADER + '\n' + ';;;;;;\n'.repeat(2000 + r.int(3000))),
  'junk rows under a good header': (r) =>
    Buffer.from([HEADER, ...Array.from({ length: 1 + r.int(30) }, () => r.bytes(40).toString('base64').replace(/[+/]/g, ';'))].join('\n')),
};

describe('import fuzzing', () => {
  it('refuses ≥ 200 malformed files (fixed seed): each ends FAILED or INVALID with an error, nothing is written', async () => {
    const counts = async () => (await em.fork().execute(`select (select count(*) from official)::int as o, (select count(*) from enrollment)::int as e`))[0];
    const before = await counts();
    const r = prng(20261122);
    const kinds = Object.entries(KINDS);
    const outcomes: Record<string, Record<string, number>> = {};
    const cases: [string, Gen][] = Array.from({ length: 216 }, (_, i) => kinds[i % kinds.length]);
    // Four at a time: the analyses run in the background of one app, as concurrent uploads would.
    for (let i = 0; i < cases.length; i += 4) {
      await Promise.all(
        cases.slice(i, i + 4).map(async ([kind, gen]) => {
          const bytes = await gen(r);
          let outcome: string;
          try {
            const id = await service.start(admin, classId, kind.includes('XLSX') || kind.includes('ZIP') ? 'ds.xlsx' : 'ds.csv', bytes);
            await Promise.race([service.settled(id), new Promise((_, no) => setTimeout(() => no(new Error(`${kind}: analysis hung`)), 20_000))]);
            const report = await service.get(admin, id);
            expect([ImportStatus.FAILED, ImportStatus.INVALID], kind).toContain(report.status);
            if (report.status === ImportStatus.FAILED) {
              expect(report.fileError?.code, kind).toMatch(/^import\//);
              expect(report.fileError?.message.length, kind).toBeGreaterThan(5);
              outcome = report.fileError!.code;
            } else {
              expect(report.errorCount, kind).toBeGreaterThan(0);
              expect((await service.errors(id, 5)).length, kind).toBeGreaterThan(0);
              outcome = 'INVALID';
            }
            const refused = await service.commit(admin, id).then(
              () => 'committed',
              (e) => (e instanceof AppError ? (e.extensions.code as string) : String(e)),
            );
            expect(['import/has_errors', 'import/not_ready'], kind).toContain(refused);
          } catch (e) {
            // Refused at upload (e.g. an empty body): also a clean, namespaced refusal.
            if (!(e instanceof AppError)) throw e;
            outcome = `upload ${e.extensions.code as string}`;
          }
          (outcomes[kind] ??= {})[outcome] = (outcomes[kind][outcome] ?? 0) + 1;
        }),
      );
    }
    expect(await counts()).toEqual(before);
    expect(Object.keys(outcomes)).toHaveLength(kinds.length);
    console.log(JSON.stringify(outcomes, null, 1));
  }, 120_000);
});
