import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { AppError, ErrorCode, forbidden } from '../common/errors';
import { TrainingClass } from '../classes/class.entity';
import { GeoService, isUuid } from '../geo/geo.service';
import { OfficialEventsService } from '../officials/official-events.service';
import { officialFromRow } from '../officials/officials.sql';
import { canonicalCommuneName } from '../seed/demo-data/communes';
import { ImportEnrolmentAction, ImportRowAction, ImportStatus } from './import.enums';
import { OfficialImport } from './official-import.entity';
import { type RawRow } from './parse/csv';
import { ImportFileError, type ParseLimits } from './parse/errors';
import { openFile } from './parse/file';
import { matchKey } from './parse/key';
import { type ColumnMap, type CommuneLookup, mapHeader, type ParsedRow, parseRow, type RowError, stripCommunePrefix } from './parse/rows';
import * as SQL from './imports.sql';

export interface ImportView {
  id: string;
  fileName: string;
  format: string | null;
  encoding: string | null;
  status: ImportStatus;
  classId: string;
  totalRows: number | null;
  processedRows: number;
  progressPercent: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  toEnrol: number;
  toWaitlist: number;
  alreadyEnrolled: number;
  errorCount: number;
  fileError: { code: string; message: string } | null;
  createdAt: Date;
  committedAt: Date | null;
}

export interface PreviewRowView {
  row: number;
  fullName: string | null;
  dateOfBirth: string | null;
  communeName: string | null;
  action: ImportRowAction;
  enrolment: ImportEnrolmentAction;
  errors: RowError[];
}

/** Steps of a commit, for tests that inject a failure after one of them. */
export type CommitStep = 'officials' | 'updates' | 'enrolments';

const BATCH = 1000;
/**
 * A staged batch is sent once its JSON reaches this many characters (~64 KB of two-byte Vietnamese text): larger strings
 * go to V8's large-object space, which only a full collection frees: with 1,000-row batches (and the XLSX scanner's
 * 256 KB chunks) a 100,000-row import grew the heap to 311 MB, of which 70 MB was live (docs/benchmarks.md).
 */
const BATCH_CHARS = 32_000;
/** How long the commit mutation waits for the transaction before answering COMMITTING. */
const COMMIT_WAIT_MS = 20_000;
const PROGRESS_EVERY_MS = 250;
/** Staged rows a query may return at once. */
const MAX_PAGE = 1000;
/**
 * A commit that created or updated at most this many officials publishes one `officialChanged` per official, as the
 * mutations do; a larger one publishes one per commune it touched (its first official there), which is enough for the
 * directory (it refetches on any event) and keeps the coordinators' commune filter exact.
 */
export const IMPORT_EVENTS_EACH_UP_TO = 200;

/**
 * Bulk enrolment from the spreadsheets communes send (administrators). An upload is analysed in the background:
 * the file is streamed row by row (CSV text in any of the encodings Vietnamese offices produce, or XLSX through the
 * project's own streaming ZIP + XML reader, parse/xlsx.ts), each row is normalised with the directory's own
 * validators and staged in batches;
 * then a few set-based statements match rows to existing officials (commune + folded name + date of birth) and
 * decide seats and waitlist places in file order. Commit replays that classification under the class lock in one
 * transaction and writes everything with INSERT/UPDATE … FROM the staging table, so it is all or nothing and a
 * second import of the same file changes nothing.
 */
@Injectable()
export class ImportsService {
  private readonly log = new Logger(ImportsService.name);
  private readonly running = new Map<string, Promise<void>>();
  private readonly limits: ParseLimits;
  /** Test hook: throw right after this commit step, inside the transaction. */
  failCommitAfter: CommitStep | null = null;

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly geo: GeoService,
    private readonly events: OfficialEventsService,
  ) {
    this.limits = { maxRows: config.imports.maxRows, maxColumns: config.imports.maxColumns, maxCellChars: config.imports.maxCellChars };
  }

  get maxBytes(): number {
    return this.config.imports.maxBytes;
  }

  /** Checked before the upload's body is read: administrators only, and the class must exist. */
  async checkUpload(user: AuthUser, classId: string): Promise<void> {
    assertAdmin(user);
    if (!isUuid(classId ?? '') || (await this.em.fork().count(TrainingClass, { id: classId })) === 0) {
      throw new AppError(ErrorCode.ClassNotFound, `Không tìm thấy lớp ${String(classId ?? '').slice(0, 40)}.`);
    }
  }

  /** Records an upload and starts its analysis in the background; returns the import's id at once. */
  async start(user: AuthUser, classId: string, fileName: string, bytes: Buffer): Promise<string> {
    await this.checkUpload(user, classId);
    if (bytes.length === 0) throw new AppError(ErrorCode.ImportEmptyFile, 'Tệp rỗng: hãy chọn tệp danh sách cán bộ (CSV hoặc XLSX).');
    const em = this.em.fork();
    const name = (fileName || 'import').normalize('NFC').replace(/[\p{Cc}]/gu, '').slice(0, 255) || 'import';
    const imp = new OfficialImport({ fileName: name, trainingClass: em.getReference(TrainingClass, classId), createdBy: user.id });
    await em.persistAndFlush(imp);
    const job = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.analyse(imp.id, classId, name, bytes))
      .finally(() => this.running.delete(imp.id));
    this.running.set(imp.id, job);
    return imp.id;
  }

  /** Resolves when the background analysis of an import (if any) has ended. */
  async settled(id: string): Promise<void> {
    await this.running.get(id);
  }

  async get(user: AuthUser, id: string): Promise<ImportView> {
    assertAdmin(user);
    return this.view(await this.find(id));
  }

  /** Row errors in row order, then column order. */
  async errors(id: string, first = 200): Promise<RowError[]> {
    const rows: { e: RowError }[] = await this.em.fork().execute(
      `select e.value as e from official_import_row r, jsonb_array_elements(r.errors) with ordinality as e(value, n)
       where r.import_id = ? and r.error_count > 0 order by r.row_no, e.n limit ?`,
      [id, clamp(first)],
    );
    return rows.map((r) => ({ ...r.e, value: r.e.value ?? null }));
  }

  async preview(id: string, first = 50, offset = 0, onlyErrors = false): Promise<PreviewRowView[]> {
    const rows: {
      row_no: number;
      full_name: string | null;
      date_of_birth: string | Date | null;
      commune_name: string | null;
      action: ImportRowAction | null;
      enrolment: ImportEnrolmentAction | null;
      errors: RowError[];
    }[] = await this.em.fork().execute(
      `select row_no, full_name, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth, commune_name, action, enrolment, errors
       from official_import_row where import_id = ? ${onlyErrors ? 'and error_count > 0' : ''} order by row_no limit ? offset ?`,
      [id, clamp(first), Math.max(0, Math.floor(offset) || 0)],
    );
    return rows.map((r) => ({
      row: r.row_no,
      fullName: r.full_name,
      dateOfBirth: (r.date_of_birth as string | null) ?? null,
      communeName: r.commune_name,
      action: r.action ?? (r.errors.length ? ImportRowAction.ERROR : ImportRowAction.UNCHANGED),
      enrolment: r.enrolment ?? ImportEnrolmentAction.NONE,
      errors: r.errors.map((e) => ({ ...e, value: e.value ?? null })),
    }));
  }

  /**
   * Writes a READY import in one transaction. Only one of concurrent commits claims it (READY → COMMITTING); the
   * others are refused. On any failure nothing is written and the import is READY again.
   */
  async commit(user: AuthUser, id: string): Promise<ImportView> {
    assertAdmin(user);
    const imp = await this.find(id);
    const conn = this.em.getConnection();
    const claimed: { id: string }[] = await conn.execute(
      `update official_import set status = 'COMMITTING', processed_rows = 0, updated_at = now() where id = ? and status = 'READY' returning id`,
      [id],
    );
    if (!claimed.length) {
      const status = (await this.find(id)).status;
      if (status === ImportStatus.INVALID) {
        throw new AppError(ErrorCode.ImportHasErrors, `Tệp còn ${imp.errorCount} lỗi: sửa tệp và tải lên lại trước khi ghi.`);
      }
      if (status === ImportStatus.COMMITTED || status === ImportStatus.COMMITTING) {
        throw new AppError(ErrorCode.ImportAlreadyCommitted, 'Tệp này đã được ghi vào danh sách.');
      }
      throw new AppError(ErrorCode.ImportNotReady, status === ImportStatus.FAILED ? 'Tệp không đọc được nên không thể ghi.' : 'Tệp đang được kiểm tra, hãy chờ.', {
        status,
      });
    }
    const total = imp.totalRows ?? 0;
    const progress = (done: number) =>
      conn.execute(`update official_import set processed_rows = ? where id = ?`, [Math.min(total, Math.round(done)), id]).catch(() => undefined);
    const timings: Record<string, number> = {};
    let mark = performance.now();
    const step = (name: string) => {
      const now = performance.now();
      timings[name] = Math.round(now - mark);
      mark = now;
    };
    const job = (async () => {
      try {
        await this.em.fork().transactional(async (tx) => {
          const classId = imp.trainingClass.id;
          const rows: { capacity: number }[] = await tx.execute('select capacity from training_class where id = ? for update', [classId]);
          if (!rows.length) throw new AppError(ErrorCode.ClassNotFound, 'Lớp không còn tồn tại.');
          const capacity = Number(rows[0]!.capacity);
          await tx.execute(SQL.FILL_SEATS, [classId, capacity, classId]);
          step('lock_and_fill');
          const { seats, waiting } = await classify(tx, id, classId, capacity, step);
          const counts = await readCounts(tx, id);
          if (counts.error_count > 0) throw new AppError(ErrorCode.ImportHasErrors, 'Tệp còn lỗi.');
          // Staged rows live in an unlogged table: a database crash empties it, and then the file must be sent again.
          if (counts.total !== imp.totalRows) {
            throw new AppError(ErrorCode.ImportNotReady, 'Dữ liệu tạm của lần nhập này đã mất: hãy tải tệp lên lại.');
          }
          await progress(total * 0.1);
          await tx.execute(SQL.INSERT_OFFICIALS, [id]);
          step('insert_officials');
          this.maybeFail('officials');
          await progress(total * 0.4);
          await tx.execute(SQL.UPDATE_OFFICIALS, [id]);
          step('update_officials');
          this.maybeFail('updates');
          await progress(total * 0.6);
          await tx.execute(SQL.INSERT_ENROLMENTS, [classId, waiting, seats, id]);
          step('insert_enrolments');
          this.maybeFail('enrolments');
          await tx.execute(
            `update official_import set status = 'COMMITTED', committed_at = now(), updated_at = now(), processed_rows = total_rows,
               to_create = ?, to_update = ?, unchanged = ?, to_enrol = ?, to_waitlist = ?, already_enrolled = ?, error_count = 0
             where id = ?`,
            [counts.to_create, counts.to_update, counts.unchanged, counts.to_enrol, counts.to_waitlist, counts.already_enrolled, id],
          );
        });
      } catch (e) {
        await conn.execute(`update official_import set status = 'READY', processed_rows = total_rows where id = ? and status = 'COMMITTING'`, [id]);
        throw e;
      }
      step('finish');
      this.lastCommitTimings = timings;
      this.log.debug({ importId: id, timings }, 'import committed');
      // Only now that the transaction has committed; the import is written whether or not the events go out.
      await this.publishCommitted(id).catch((err) => this.log.error({ importId: id, err }, 'import change events not published'));
    })();
    this.running.set(id, job.catch(() => undefined).finally(() => this.running.delete(id)));
    // Small imports answer COMMITTED (or the failure) at once; a very large one answers COMMITTING after a while and
    // goes on in the background: poll `officialImport` (status, processedRows) until COMMITTED, or READY if it failed.
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      job.then(() => 'done'),
      new Promise<'waiting'>((resolve) => (timer = setTimeout(() => resolve('waiting'), COMMIT_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
    if (waited === 'waiting') job.catch((e) => this.log.error({ importId: id, err: e }, 'background import commit failed'));
    return this.view(await this.find(id));
  }

  /** Tells `officialChanged` subscribers about the officials a committed import created or updated. */
  private async publishCommitted(id: string): Promise<void> {
    const em = this.em.fork();
    let rows: Record<string, unknown>[] = await em.execute(SQL.AFFECTED_OFFICIALS, [id, IMPORT_EVENTS_EACH_UP_TO + 1]);
    if (!rows.length) return;
    if (rows.length > IMPORT_EVENTS_EACH_UP_TO) rows = await em.execute(SQL.AFFECTED_OFFICIAL_PER_COMMUNE, [id]);
    const communeOf = await this.geo.communeLookup();
    for (const r of rows) this.events.changed(officialFromRow(r, communeOf));
  }

  /** Milliseconds per step of the last commit (for benchmarks and logs). */
  lastCommitTimings: Record<string, number> = {};

  private maybeFail(step: CommitStep) {
    if (this.failCommitAfter === step) throw new Error(`injected failure after ${step}`);
  }

  private async find(id: string): Promise<OfficialImport> {
    const imp = isUuid(id ?? '') ? await this.em.fork().findOne(OfficialImport, { id }) : null;
    if (!imp) throw new AppError(ErrorCode.ImportNotFound, `Không tìm thấy lần nhập ${String(id).slice(0, 40)}.`);
    return imp;
  }

  private view(i: OfficialImport): ImportView {
    const done = i.status !== ImportStatus.ANALYSING && i.status !== ImportStatus.COMMITTING;
    const percent = done ? 100 : i.totalRows ? Math.min(99, Math.floor((i.processedRows * 100) / i.totalRows)) : 0;
    return {
      id: i.id,
      fileName: i.fileName,
      format: i.format ?? null,
      encoding: i.encoding ?? null,
      status: i.status,
      classId: i.trainingClass.id,
      totalRows: i.totalRows ?? null,
      processedRows: i.processedRows,
      progressPercent: percent,
      toCreate: i.toCreate,
      toUpdate: i.toUpdate,
      unchanged: i.unchanged,
      toEnrol: i.toEnrol,
      toWaitlist: i.toWaitlist,
      alreadyEnrolled: i.alreadyEnrolled,
      errorCount: i.errorCount,
      fileError: i.fileErrorCode ? { code: i.fileErrorCode, message: i.fileErrorMessage ?? '' } : null,
      createdAt: i.createdAt,
      committedAt: i.committedAt ?? null,
    };
  }

  /** The background analysis: stream, normalise, stage, classify. Never throws: failures end the import FAILED. */
  private async analyse(id: string, classId: string, fileName: string, bytes: Buffer): Promise<void> {
    const conn = this.em.getConnection();
    try {
      const file = openFile(bytes, fileName, this.limits);
      // A CSV's row count is known up front (non-blank lines, less the header); an XLSX's once it has been read.
      const estimate = file.format === 'CSV' ? countLines(bytes) : null;
      await conn.execute(`update official_import set format = ?, encoding = ?, total_rows = ? where id = ?`, [
        file.format,
        file.encoding,
        estimate,
        id,
      ]);
      const lookup = await this.communeLookup(classId);
      let columns: ColumnMap | null = null;
      let headerRow = 0;
      let batch: string[] = [];
      let batchChars = 0;
      // Bound parameters (not MikroORM's execute, which inlines and escapes them into a second copy of the SQL).
      const knex = this.em.getKnex();
      const flush = async () => {
        if (!batch.length) return;
        const json = `[${batch.join(',')}]`;
        batch = [];
        batchChars = 0;
        await knex.raw(SQL.INSERT_ROWS, [id, json]);
      };
      let processed = 0;
      let lastProgress = Date.now();
      const seen = new Map<string, number>();
      const today = new Date();
      for await (const raw of file.rows as AsyncIterable<RawRow>) {
        if (!columns) {
          columns = mapHeader(raw);
          headerRow = raw.row;
          await conn.execute(`update official_import set columns = ?::jsonb where id = ?`, [
            JSON.stringify(Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, c!.header]))),
            id,
          ]);
          continue;
        }
        if (processed >= this.limits.maxRows) {
          throw new ImportFileError('import/too_many_rows', `Tệp có quá nhiều dòng (tối đa ${this.limits.maxRows.toLocaleString('vi-VN')} dòng dữ liệu).`);
        }
        const row = parseRow(raw, columns, lookup, today);
        if (row.communeId && row.nameKey && row.dateOfBirth) {
          const key = `${row.communeId}|${row.nameKey}|${row.dateOfBirth}`;
          const first = seen.get(key);
          if (first !== undefined) {
            row.errors.unshift({
              row: row.row,
              column: columns.fullName!.header,
              reason: 'duplicate_row',
              message: `Trùng với dòng ${first}: cùng họ và tên, ngày sinh và xã/phường`,
              value: row.fullName,
            });
          } else seen.set(key, row.row);
        }
        const json = JSON.stringify(record(row));
        batch.push(json);
        batchChars += json.length + 1;
        processed++;
        if (batch.length >= BATCH || batchChars >= BATCH_CHARS) await flush();
        if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = Date.now();
          await conn.execute(`update official_import set processed_rows = ?, total_rows = greatest(total_rows, ?) where id = ?`, [
            processed,
            processed + 1,
            id,
          ]);
        }
      }
      await flush();
      if (!columns) throw new ImportFileError('import/empty_file', 'Tệp không có dữ liệu: không thấy dòng tiêu đề.');
      if (processed === 0) {
        throw new ImportFileError('import/empty_file', `Tệp chỉ có dòng tiêu đề (dòng ${headerRow}), không có dòng cán bộ nào.`);
      }
      await this.em.fork().transactional(async (tx) => {
        const rows: { capacity: number }[] = await tx.execute('select capacity from training_class where id = ?', [classId]);
        await classify(tx, id, classId, Number(rows[0]?.capacity ?? 0));
        const c = await readCounts(tx, id);
        await tx.execute(
          `update official_import set status = ?, total_rows = ?, processed_rows = ?, to_create = ?, to_update = ?, unchanged = ?,
             to_enrol = ?, to_waitlist = ?, already_enrolled = ?, error_count = ?, updated_at = now() where id = ?`,
          [
            c.error_count > 0 ? ImportStatus.INVALID : ImportStatus.READY,
            processed,
            processed,
            c.to_create,
            c.to_update,
            c.unchanged,
            c.to_enrol,
            c.to_waitlist,
            c.already_enrolled,
            c.error_count,
            id,
          ],
        );
      });
    } catch (e) {
      let code = 'import/internal';
      let message = 'Lỗi hệ thống khi đọc tệp; hãy thử lại.';
      if (e instanceof ImportFileError) {
        code = e.code;
        message = e.messageVi;
      } else {
        this.log.error(e);
      }
      await conn
        .execute(`delete from official_import_row where import_id = ?`, [id])
        .then(() =>
          conn.execute(
            `update official_import set status = 'FAILED', file_error_code = ?, file_error_message = ?, updated_at = now() where id = ?`,
            [code, message, id],
          ),
        )
        .catch((err) => this.log.error(err));
    }
  }

  /**
   * Communes by folded name, per province. The class's province (named in its venue or title, e.g. "Trường Chính trị
   * tỉnh Nghệ An") is the default when the file has no province column.
   */
  private async communeLookup(classId: string): Promise<CommuneLookup> {
    const em = this.em.fork();
    const rows: { id: string; name: string; province_id: string; province_code: string; province_name: string }[] = await em.execute(
      `select c.id, c.name, p.id as province_id, p.code as province_code, p.name as province_name
       from commune c join province p on p.id = c.province_id`,
    );
    const provinces = new Map<string, { id: string; name: string; code: string }>();
    const byProvince = new Map<string, Map<string, { id: string; name: string }[]>>();
    for (const r of rows) {
      provinces.set(r.province_id, { id: r.province_id, name: r.province_name, code: r.province_code });
      let m = byProvince.get(r.province_id);
      if (!m) byProvince.set(r.province_id, (m = new Map()));
      const k = matchKey(r.name);
      m.set(k, [...(m.get(k) ?? []), { id: r.id, name: r.name }]);
    }
    const provinceByKey = new Map<string, { id: string; name: string }>();
    for (const p of provinces.values()) {
      provinceByKey.set(matchKey(p.name), p);
      provinceByKey.set(matchKey(`tỉnh ${p.name}`), p);
      provinceByKey.set(matchKey(`thành phố ${p.name}`), p);
    }
    const cls: { venue: string; title: string }[] = await em.execute('select venue, title from training_class where id = ?', [classId]);
    const where = ` ${matchKey(`${cls[0]?.venue ?? ''} ${cls[0]?.title ?? ''}`)} `;
    const named = [...provinces.values()].filter((p) => where.includes(` ${matchKey(p.name)} `));
    const defaultProvince = named.length === 1 ? named[0] : provinces.size === 1 ? [...provinces.values()][0] : null;
    const inProvince = (name: string, provinceId: string) => {
      const p = provinces.get(provinceId)!;
      const canonical = canonicalCommuneName(p.code, stripCommunePrefix(name.normalize('NFC')));
      return byProvince.get(provinceId)?.get(matchKey(canonical)) ?? [];
    };
    return {
      defaultProvince: defaultProvince ? { id: defaultProvince.id, name: defaultProvince.name } : null,
      province: (name) => provinceByKey.get(matchKey(name)) ?? null,
      commune: (name, provinceId) => {
        const found = provinceId ? inProvince(name, provinceId) : [...provinces.keys()].flatMap((p) => inProvince(name, p));
        if (found.length > 1) return 'ambiguous';
        return found[0] ?? null;
      },
    };
  }
}

/** Matches rows to officials, then decides each row's action and enrolment; returns the class's free seats and line. */
async function classify(
  tx: EntityManager,
  id: string,
  classId: string,
  capacity: number,
  step: (name: string) => void = () => undefined,
): Promise<{ seats: number; waiting: number }> {
  await tx.execute(SQL.MATCH_AND_CLASSIFY, [id, id]);
  step('match');
  const [c] = await tx.execute<{ enrolled: number; waitlisted: number }[]>(SQL.CLASS_COUNTS, [classId]);
  // Those already waiting get freed seats before anyone new (the enrolment feature's rule).
  const seats = Math.max(0, capacity - c.enrolled - c.waitlisted);
  const waiting = c.waitlisted;
  await tx.execute(SQL.CLASSIFY_ENROLMENT, [classId, id, seats, id]);
  step('classify_enrolment');
  return { seats, waiting };
}

interface Counts {
  total: number;
  to_create: number;
  to_update: number;
  unchanged: number;
  to_enrol: number;
  to_waitlist: number;
  already_enrolled: number;
  error_count: number;
}

async function readCounts(tx: EntityManager, id: string): Promise<Counts> {
  const [c] = await tx.execute<Counts[]>(SQL.COUNTS, [id]);
  return c;
}

/** A staged row, keyed by the staging table's columns. */
function record(r: ParsedRow): Record<string, unknown> {
  const cut = (s: string | null, n: number) => (s && s.length > n ? s.slice(0, n) : s);
  return {
    row_no: r.row,
    full_name: cut(r.fullName, 200),
    name_key: cut(r.nameKey, 200),
    date_of_birth: r.dateOfBirth,
    gender: r.gender,
    ethnicity: cut(r.ethnicity, 50),
    commune_id: r.communeId,
    commune_name: cut(r.communeName, 200),
    bloc: r.bloc,
    position: r.position,
    professional_level: r.professionalLevel,
    political_theory_level: r.politicalTheoryLevel,
    state_management_level: r.stateManagementLevel,
    phone: r.phone,
    email: r.email,
    hardship_area: r.hardshipArea,
    errors: r.errors,
    error_count: r.errors.length,
  };
}

/** Non-blank lines less the header: the row count of a CSV without multi-line cells. */
function countLines(bytes: Buffer): number {
  let lines = 0;
  let content = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) {
      if (content) lines++;
      content = false;
    } else if (b !== 0x0d && b !== 0x20 && b !== 0x09 && b !== 0x00 && b !== 0x2c && b !== 0x3b) content = true;
  }
  if (content) lines++;
  return Math.max(0, lines - 1);
}

const clamp = (n: number) => Math.max(0, Math.min(MAX_PAGE, Math.floor(n) || 0));

function assertAdmin(user: AuthUser): void {
  if (user.role !== Role.ADMIN) throw forbidden('importing officials');
}
