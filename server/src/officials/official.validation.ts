import { type FieldReason, ValidationError } from '../common/errors';
import { isIsoDate } from '../common/graphql/local-date.scalar';
import { cleanText } from '../common/text';
import type { CreateOfficialInput, UpdateOfficialInput } from './dto/official.input';

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\s'.-]*$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^(?:\+84|0)\d{9,10}$/;

export const LIMITS = { fullName: 200, ethnicity: 50, email: 254, search: 100, pageSize: 100 } as const;

/** Normalised values of the fields that were given; `undefined` means "not given". */
export interface CleanOfficialFields {
  fullName?: string;
  dateOfBirth?: string | null;
  ethnicity?: string;
  phone?: string | null;
  email?: string | null;
}

/** Age in whole years on `today` of someone born on `dob` (YYYY-MM-DD). */
export function ageOn(dob: string, today: Date): number {
  const [y, m, d] = dob.split('-').map(Number);
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}

/**
 * Checks and normalises the free-text fields of a create or update, collecting every problem so the form can show
 * them all at once. Enums and ids are checked by GraphQL and the service.
 */
export function validateOfficialFields(
  input: Partial<CreateOfficialInput> | UpdateOfficialInput,
  mode: 'create' | 'update',
  today = new Date(),
): CleanOfficialFields {
  const errors: Record<string, FieldReason> = {};
  const out: CleanOfficialFields = {};

  if (input.fullName !== undefined || mode === 'create') {
    const v = input.fullName == null ? '' : cleanText(input.fullName);
    if (!v) errors.fullName = 'required';
    else if (v.length > LIMITS.fullName) errors.fullName = 'too_long';
    else if (v.length < 2) errors.fullName = 'too_short';
    else if (!NAME.test(v)) errors.fullName = 'invalid_value';
    else out.fullName = v;
  }
  if (input.ethnicity !== undefined || mode === 'create') {
    const v = input.ethnicity == null ? '' : cleanText(input.ethnicity);
    if (!v) errors.ethnicity = 'required';
    else if (v.length > LIMITS.ethnicity) errors.ethnicity = 'too_long';
    else if (!NAME.test(v)) errors.ethnicity = 'invalid_value';
    else out.ethnicity = v;
  }
  if (input.dateOfBirth !== undefined) {
    const v = input.dateOfBirth;
    if (v === null) out.dateOfBirth = null;
    else if (!isIsoDate(v)) errors.dateOfBirth = 'invalid_date';
    else {
      // Serving officials: at least 18 years old, born in 1940 or later.
      if (ageOn(v, today) < 18 || v < '1940-01-01') errors.dateOfBirth = 'out_of_range';
      else out.dateOfBirth = v;
    }
  }
  if (input.phone !== undefined) {
    const raw = input.phone?.replace(/[\s.()-]/g, '') ?? '';
    if (!raw) out.phone = null;
    else if (raw.length > 20 || !PHONE.test(raw)) errors.phone = 'invalid_phone';
    else out.phone = raw.startsWith('+84') ? '0' + raw.slice(3) : raw;
  }
  if (input.email !== undefined) {
    const raw = input.email?.trim().toLowerCase() ?? '';
    if (!raw) out.email = null;
    else if (raw.length > LIMITS.email) errors.email = 'too_long';
    else if (!EMAIL.test(raw)) errors.email = 'invalid_email';
    else out.email = raw;
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return out;
}
