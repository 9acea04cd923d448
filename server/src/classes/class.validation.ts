import type { FieldReason } from '../common/errors';
import { cleanText } from '../common/text';
import { DeliveryFormat, SessionMode } from './class.enums';

export const CLASS_LIMITS = {
  code: 30,
  title: 300,
  venue: 300,
  room: 100,
  minCapacity: 1,
  maxCapacity: 500,
  /** The Nghệ An 2026-2030 rule: 60-70 trainees a class; outside it the class warns. */
  warnBelow: 60,
  warnAbove: 70,
  defaultDays: 5,
  maxDays: 60,
  lecturers: 30,
  maxSessionHours: 10,
} as const;

/** Classes are timetabled in the provinces' time; Vietnam has no daylight saving. */
export const CLASS_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const CLASS_CODE = /^[A-Z0-9][A-Z0-9-]*$/;
const DELIVERY_FORMATS = Object.values(DeliveryFormat);
const SESSION_MODES = Object.values(SessionMode);

type Errors = Record<string, FieldReason>;

export const capacityWarning = (capacity: number) => capacity < CLASS_LIMITS.warnBelow || capacity > CLASS_LIMITS.warnAbove;

/** YYYY-MM-DD plus `days`. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b`, both included. */
export const dayCount = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) + 1;

const localDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: CLASS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
/** The calendar date of an instant in Vietnam, YYYY-MM-DD. */
export const localDate = (d: Date) => localDateFormat.format(d);

function text(errors: Errors, field: string, raw: string | null | undefined, max: number): string | undefined {
  const v = raw == null ? '' : cleanText(raw);
  if (!v) errors[field] = 'required';
  else if (v.length > max) errors[field] = 'too_long';
  else if (v.length < 2) errors[field] = 'too_short';
  else return v;
  return undefined;
}

export interface ClassFieldsInput {
  code?: string | null;
  title?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  venue?: string | null;
  deliveryFormat?: DeliveryFormat | null;
  capacity?: number | null;
}

export interface CleanClassFields {
  code?: string;
  title?: string;
  startDate?: string;
  endDate?: string;
  venue?: string;
  deliveryFormat?: DeliveryFormat;
  capacity?: number;
}

/**
 * Checks a class's own fields (create: the required ones, defaults for the rest; update: those given), collecting
 * every problem into `errors`. `current` supplies the dates an update leaves alone.
 */
export function validateClassFields(
  errors: Errors,
  input: ClassFieldsInput,
  mode: 'create' | 'update',
  current?: { startDate: string; endDate: string },
): CleanClassFields {
  const out: CleanClassFields = {};
  const given = (v: unknown) => v !== undefined || mode === 'create';
  if (given(input.code)) {
    const v = input.code == null ? '' : cleanText(input.code).toUpperCase();
    if (!v) errors.code = 'required';
    else if (v.length > CLASS_LIMITS.code) errors.code = 'too_long';
    else if (v.length < 2) errors.code = 'too_short';
    else if (!CLASS_CODE.test(v)) errors.code = 'invalid_value';
    else out.code = v;
  }
  if (given(input.title)) out.title = text(errors, 'title', input.title, CLASS_LIMITS.title);
  if (given(input.startDate)) {
    if (!input.startDate) errors.startDate = 'required';
    else out.startDate = input.startDate;
  }
  if (input.endDate !== undefined && input.endDate !== null) out.endDate = input.endDate;
  else if (input.endDate === null && mode === 'update') errors.endDate = 'required';
  else if (mode === 'create' && out.startDate) out.endDate = addDays(out.startDate, CLASS_LIMITS.defaultDays - 1);
  const start = out.startDate ?? current?.startDate;
  const end = out.endDate ?? current?.endDate;
  if (!errors.startDate && !errors.endDate && start && end) {
    if (end < start) errors.endDate = 'out_of_range';
    else if (dayCount(start, end) > CLASS_LIMITS.maxDays) errors.endDate = 'too_long';
  }
  if (input.venue !== undefined && (input.venue !== null || mode === 'update')) {
    out.venue = text(errors, 'venue', input.venue, CLASS_LIMITS.venue);
  }
  if (input.deliveryFormat !== undefined && input.deliveryFormat !== null) {
    if (!DELIVERY_FORMATS.includes(input.deliveryFormat)) errors.deliveryFormat = 'invalid_value';
    else out.deliveryFormat = input.deliveryFormat;
  } else if (input.deliveryFormat === null && mode === 'update') errors.deliveryFormat = 'required';
  if (input.capacity !== undefined && input.capacity !== null) {
    const v = input.capacity;
    if (!Number.isInteger(v) || v < CLASS_LIMITS.minCapacity || v > CLASS_LIMITS.maxCapacity) errors.capacity = 'out_of_range';
    else out.capacity = v;
  } else if (input.capacity === null && mode === 'update') errors.capacity = 'required';
  return out;
}

export interface SessionDraft {
  topicId: string;
  startsAt: Date;
  endsAt: Date;
  mode: SessionMode;
  room: string | null;
  lecturerId: string;
}

/**
 * Checks a complete session against its class: times valid and inside the class's days (in Vietnam's time), at most
 * 10 hours, a room unless online, a topic of the class's program and a lecturer of the class. Returns the session
 * with its room cleaned (null when online).
 */
export function validateSession(
  errors: Errors,
  s: SessionDraft,
  cls: { startDate: string; endDate: string; topicIds: ReadonlySet<string>; lecturerIds: ReadonlySet<string> },
): SessionDraft {
  const start = s.startsAt.getTime();
  const end = s.endsAt.getTime();
  if (!Number.isFinite(start)) errors.startsAt = 'invalid_date';
  if (!Number.isFinite(end)) errors.endsAt = 'invalid_date';
  if (!errors.startsAt && !errors.endsAt) {
    if (end <= start || end - start > CLASS_LIMITS.maxSessionHours * 3_600_000) errors.endsAt = 'out_of_range';
    if (localDate(s.startsAt) < cls.startDate || localDate(s.startsAt) > cls.endDate) errors.startsAt = 'out_of_range';
    else if (!errors.endsAt && localDate(new Date(end - 1)) > cls.endDate) errors.endsAt = 'out_of_range';
  }
  if (!SESSION_MODES.includes(s.mode)) errors.mode = 'invalid_value';
  let room: string | null = null;
  if (s.mode !== SessionMode.ONLINE) {
    const v = s.room == null ? '' : cleanText(s.room);
    if (!v) errors.room = 'required';
    else if (v.length > CLASS_LIMITS.room) errors.room = 'too_long';
    else room = v;
  }
  if (!cls.topicIds.has(s.topicId)) errors.topicId = 'invalid_value';
  if (!cls.lecturerIds.has(s.lecturerId)) errors.lecturerId = 'invalid_value';
  return { ...s, room };
}
