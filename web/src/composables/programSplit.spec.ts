import { describe, expect, it } from 'vitest'
import {
  emptyTopicDraft,
  messageField,
  parseDecimal,
  previewTopics,
  programSplit,
  validateProgramDraft,
  validateTopicDraft,
  type ProgramDraft,
} from './programSplit'

// The Nghệ An 2026-2030 demo program: 12 h theory, 28 h practice.
const NGHE_AN = [
  { id: 't1', kind: 'THEORY', hours: 12 },
  { id: 't2', kind: 'CASE_EXERCISE', hours: 4 },
  { id: 't3', kind: 'PRACTICE', hours: 8 },
  { id: 't4', kind: 'ROLE_PLAY', hours: 4 },
  { id: 't5', kind: 'FIELD_TRIP', hours: 8 },
  { id: 't6', kind: 'REFLECTION_ESSAY', hours: 4 },
] as const

describe('programSplit', () => {
  it('gives the Nghệ An program 70% practice, which is not under a 70% threshold', () => {
    expect(programSplit(NGHE_AN, 70)).toEqual({
      totalHours: 40,
      theoryHours: 12,
      practiceHours: 28,
      practicePercent: 70,
      practiceWarning: false,
    })
  })

  it('warns as soon as practice is strictly under the threshold, however little', () => {
    const more = [...NGHE_AN, { kind: 'THEORY' as const, hours: 0.1 }]
    expect(programSplit(more, 70)).toMatchObject({ practicePercent: 69.8, practiceWarning: true })
    expect(programSplit(NGHE_AN, 71).practiceWarning).toBe(true)
  })

  it('treats an empty program as 0% practice', () => {
    expect(programSplit([], 70)).toMatchObject({ totalHours: 0, practicePercent: 0, practiceWarning: true })
    expect(programSplit([], 0).practiceWarning).toBe(false)
  })

  it('previews a typed topic, or the edit of an existing one', () => {
    const draft = { ...emptyTopicDraft(), title: 'Cập nhật', kind: 'THEORY' as const, hours: '4' }
    expect(programSplit(previewTopics(NGHE_AN, draft, null), 70)).toMatchObject({ totalHours: 44, practicePercent: 63.6, practiceWarning: true })
    // Turning the 8 h practice topic into theory.
    expect(programSplit(previewTopics(NGHE_AN, { ...draft, hours: '8' }, 't3'), 70).practicePercent).toBe(50)
    // Half-typed hours do not move the bar.
    expect(previewTopics(NGHE_AN, { ...draft, hours: '4,' }, null)).toHaveLength(6)
  })
})

describe('validateTopicDraft', () => {
  const ok = { title: 'Xử lý tình huống về đất đai', kind: 'CASE_EXERCISE' as const, hours: '4,5', targetGroupCodes: [] }

  it('accepts decimals with a comma', () => {
    expect(validateTopicDraft(ok)).toEqual({})
    expect(parseDecimal('4,5')).toBe(4.5)
  })

  it('refuses zero, huge, over-precise and non-numeric hours, and empty or huge titles', () => {
    expect(validateTopicDraft({ ...ok, hours: '0' })).toEqual({ hours: 'out_of_range' })
    expect(validateTopicDraft({ ...ok, hours: '1000000000' })).toEqual({ hours: 'out_of_range' })
    expect(validateTopicDraft({ ...ok, hours: '200' })).toEqual({})
    expect(validateTopicDraft({ ...ok, hours: '1.25' })).toEqual({ hours: 'invalid_value' })
    expect(validateTopicDraft({ ...ok, hours: 'bốn' })).toEqual({ hours: 'invalid_value' })
    expect(validateTopicDraft({ ...ok, title: '  ', kind: null, hours: '' })).toEqual({ title: 'required', kind: 'required', hours: 'required' })
    expect(validateTopicDraft({ ...ok, title: 'x'.repeat(10_000) })).toEqual({ title: 'too_long' })
  })
})

describe('validateProgramDraft', () => {
  const ok: ProgramDraft = {
    code: 'na-2026-xa',
    title: 'Bồi dưỡng cán bộ, công chức cấp xã',
    startYear: '2026',
    endYear: '2030',
    description: '',
    practiceThresholdPercent: '70',
    targetGroups: [{ code: 'DANG', name: 'Cán bộ đảng ủy' }],
  }

  it('accepts a plausible program', () => {
    expect(validateProgramDraft(ok)).toEqual({})
  })

  it('names every problem with the server’s field paths', () => {
    expect(
      validateProgramDraft({
        ...ok,
        code: 'NA 2026',
        title: '',
        endYear: '2020',
        practiceThresholdPercent: '120',
        targetGroups: [ok.targetGroups[0]!, { code: 'dang', name: '' }],
      }),
    ).toEqual({
      code: 'invalid_value',
      title: 'required',
      endYear: 'out_of_range',
      practiceThresholdPercent: 'out_of_range',
      'targetGroups.1.code': 'taken',
      'targetGroups.1.name': 'required',
    })
    expect(messageField('targetGroups.1.code')).toBe('groupCode')
    expect(messageField('topics.3.hours')).toBe('hours')
  })
})
