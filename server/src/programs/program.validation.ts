import { type FieldReason, ValidationError } from '../common/errors';
import { cleanText } from '../common/text';
import type { ProgramTopicInput, TargetGroupInput, UpdateProgramInput, UpdateProgramTopicInput } from './dto/program.input';
import { TOPIC_KINDS, type TopicKind } from './program.enums';

export const PROGRAM_LIMITS = {
  code: 30,
  title: 300,
  description: 5000,
  groupCode: 20,
  groupName: 200,
  groups: 20,
  topics: 100,
  maxHours: 200,
  minYear: 2000,
  maxYear: 2100,
  maxSpanYears: 10,
} as const;

const PROGRAM_CODE = /^[A-Z0-9][A-Z0-9-]*$/;
const GROUP_CODE = /^[A-Z0-9_-]+$/;

type Errors = Record<string, FieldReason>;

export interface CleanTopic {
  title: string;
  kind: TopicKind;
  hours: number;
  targetGroupCodes: string[];
}

function text(errors: Errors, field: string, raw: string | null | undefined, max: number, min = 2): string | undefined {
  const v = raw == null ? '' : cleanText(raw);
  if (!v) errors[field] = 'required';
  else if (v.length > max) errors[field] = 'too_long';
  else if (v.length < min) errors[field] = 'too_short';
  else return v;
  return undefined;
}

/** Program codes are compared and stored in capitals ("na-2026-xa" is NA-2026-XA). */
export const normaliseProgramCode = (raw: string) => cleanText(raw).toUpperCase();

function hoursOf(errors: Errors, field: string, raw: number | null | undefined): number | undefined {
  if (raw == null) errors[field] = 'required';
  else if (!Number.isFinite(raw) || raw <= 0 || raw > PROGRAM_LIMITS.maxHours) errors[field] = 'out_of_range';
  // One decimal place, as stored (numeric(5,1)).
  else if (Math.abs(raw * 10 - Math.round(raw * 10)) > 1e-9) errors[field] = 'invalid_value';
  else return Math.round(raw * 10) / 10;
  return undefined;
}

function groupCodes(errors: Errors, field: string, raw: string[] | null | undefined, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const c of raw ?? []) {
    const code = cleanText(c).toUpperCase();
    if (!known.has(code)) {
      errors[field] = 'invalid_value';
      return [];
    }
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** Checks a whole topic (add, or each topic of a create); `field` prefixes the reasons, e.g. `topics.2.`. */
export function validateTopic(errors: Errors, prefix: string, input: ProgramTopicInput, known: ReadonlySet<string>): CleanTopic | undefined {
  const title = text(errors, `${prefix}title`, input.title, PROGRAM_LIMITS.title);
  if (!TOPIC_KINDS.includes(input.kind)) errors[`${prefix}kind`] = 'invalid_value';
  const hours = hoursOf(errors, `${prefix}hours`, input.hours);
  const targetGroupCodes = groupCodes(errors, `${prefix}targetGroupCodes`, input.targetGroupCodes, known);
  if (title === undefined || hours === undefined) return undefined;
  return { title, kind: input.kind, hours, targetGroupCodes };
}

/** Checks the given fields of a topic update. */
export function validateTopicUpdate(input: UpdateProgramTopicInput, known: ReadonlySet<string>): Partial<CleanTopic> {
  const errors: Errors = {};
  const out: Partial<CleanTopic> = {};
  if (input.title !== undefined) out.title = text(errors, 'title', input.title, PROGRAM_LIMITS.title);
  if (input.kind !== undefined) {
    if (input.kind === null) errors.kind = 'required';
    else out.kind = input.kind;
  }
  if (input.hours !== undefined) out.hours = hoursOf(errors, 'hours', input.hours);
  if (input.targetGroupCodes !== undefined) out.targetGroupCodes = groupCodes(errors, 'targetGroupCodes', input.targetGroupCodes, known);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return out;
}

export interface CleanProgramFields {
  code?: string;
  title?: string;
  startYear?: number;
  endYear?: number;
  description?: string | null;
  practiceThresholdPercent?: number;
  targetGroups?: { code: string; name: string }[];
}

/**
 * Checks and normalises a program's own fields (create: all required ones; update: those given), collecting every
 * problem into `errors` so the form can show them together. `current` supplies the years an update leaves alone.
 */
export function validateProgramFields(
  errors: Errors,
  input: UpdateProgramInput,
  mode: 'create' | 'update',
  current?: { startYear: number; endYear: number },
): CleanProgramFields {
  const out: CleanProgramFields = {};
  const given = (v: unknown) => v !== undefined || mode === 'create';

  if (given(input.code)) {
    const v = input.code == null ? '' : normaliseProgramCode(input.code);
    if (!v) errors.code = 'required';
    else if (v.length > PROGRAM_LIMITS.code) errors.code = 'too_long';
    else if (v.length < 2) errors.code = 'too_short';
    else if (!PROGRAM_CODE.test(v)) errors.code = 'invalid_value';
    else out.code = v;
  }
  if (given(input.title)) out.title = text(errors, 'title', input.title, PROGRAM_LIMITS.title);
  for (const key of ['startYear', 'endYear'] as const) {
    if (!given(input[key])) continue;
    const v = input[key];
    if (v == null) errors[key] = 'required';
    else if (!Number.isInteger(v) || v < PROGRAM_LIMITS.minYear || v > PROGRAM_LIMITS.maxYear) errors[key] = 'out_of_range';
    else out[key] = v;
  }
  const start = out.startYear ?? current?.startYear;
  const end = out.endYear ?? current?.endYear;
  if (!errors.startYear && !errors.endYear && start !== undefined && end !== undefined) {
    if (end < start || end - start > PROGRAM_LIMITS.maxSpanYears) errors.endYear = 'out_of_range';
  }
  if (input.description !== undefined) {
    const v = input.description == null ? '' : input.description.normalize('NFC').trim();
    if (v.length > PROGRAM_LIMITS.description) errors.description = 'too_long';
    else out.description = v || null;
  }
  if (input.practiceThresholdPercent !== undefined && input.practiceThresholdPercent !== null) {
    const v = input.practiceThresholdPercent;
    if (!Number.isInteger(v) || v < 0 || v > 100) errors.practiceThresholdPercent = 'out_of_range';
    else out.practiceThresholdPercent = v;
  } else if (input.practiceThresholdPercent === null && mode === 'update') {
    errors.practiceThresholdPercent = 'required';
  }
  if (input.targetGroups !== undefined) {
    if (input.targetGroups === null) {
      if (mode === 'update') errors.targetGroups = 'required';
    } else out.targetGroups = validateGroups(errors, input.targetGroups);
  }
  return out;
}

function validateGroups(errors: Errors, groups: TargetGroupInput[]): { code: string; name: string }[] {
  if (groups.length > PROGRAM_LIMITS.groups) {
    errors.targetGroups = 'too_long';
    return [];
  }
  const out: { code: string; name: string }[] = [];
  groups.forEach((g, i) => {
    const code = cleanText(g.code ?? '').toUpperCase();
    if (!code) errors[`targetGroups.${i}.code`] = 'required';
    else if (code.length > PROGRAM_LIMITS.groupCode) errors[`targetGroups.${i}.code`] = 'too_long';
    else if (!GROUP_CODE.test(code)) errors[`targetGroups.${i}.code`] = 'invalid_value';
    else if (out.some((o) => o.code === code)) errors[`targetGroups.${i}.code`] = 'taken';
    const name = text(errors, `targetGroups.${i}.name`, g.name, PROGRAM_LIMITS.groupName);
    if (code && name) out.push({ code, name });
  });
  return out;
}
