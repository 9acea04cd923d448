import { describe, expect, it } from 'vitest';
import { ValidationError } from '../common/errors';
import { ageOn, validateOfficialFields } from './official.validation';

const today = new Date('2026-11-22T00:00:00Z');
const fields = (input: Record<string, unknown>, mode: 'create' | 'update' = 'update') => {
  try {
    validateOfficialFields(input as never, mode, today);
    return {};
  } catch (e) {
    return (e as ValidationError).fields;
  }
};

describe('validateOfficialFields', () => {
  it('requires name and ethnicity on create, naming both', () => {
    expect(fields({}, 'create')).toEqual({ fullName: 'required', ethnicity: 'required' });
  });

  it('bounds the date of birth: 18 years old at least, born in 1940 or later', () => {
    expect(fields({ dateOfBirth: '2008-11-22' })).toEqual({});
    expect(fields({ dateOfBirth: '2008-11-23' })).toEqual({ dateOfBirth: 'out_of_range' });
    expect(fields({ dateOfBirth: '1940-01-01' })).toEqual({});
    expect(fields({ dateOfBirth: '1939-12-31' })).toEqual({ dateOfBirth: 'out_of_range' });
  });

  it('normalises Vietnamese phone numbers and refuses others', () => {
    expect(validateOfficialFields({ phone: '+84 38.123.4567' }, 'update', today).phone).toBe('0381234567');
    expect(fields({ phone: '112' })).toEqual({ phone: 'invalid_phone' });
  });

  it('refuses names with digits and names over 200 characters', () => {
    expect(fields({ fullName: 'Nguyễn Văn 3' })).toEqual({ fullName: 'invalid_value' });
    expect(fields({ fullName: 'Â'.repeat(201) })).toEqual({ fullName: 'too_long' });
  });

  it('counts age by calendar date', () => {
    expect(ageOn('1990-11-22', today)).toBe(36);
    expect(ageOn('1990-11-23', today)).toBe(35);
  });
});
