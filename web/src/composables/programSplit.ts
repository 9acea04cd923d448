import type { TopicKind } from '@/gql/graphql'

/** Same limits as the server's `programs/program.validation.ts`. */
export const PROGRAM_LIMITS = {
  code: 30,
  title: 300,
  description: 5000,
  groupCode: 20,
  groupName: 200,
  maxHours: 200,
  minYear: 2000,
  maxYear: 2100,
  maxSpanYears: 10,
} as const

export type FieldErrors = Record<string, string>

export const isPracticeKind = (kind: TopicKind) => kind !== 'THEORY'

export interface Split {
  totalHours: number
  theoryHours: number
  practiceHours: number
  practicePercent: number
  practiceWarning: boolean
}

/**
 * Theory/practice split of topics, computed exactly as the server does (`programs/program.split.ts`): sums in
 * tenths of an hour, warning strictly under the threshold, an empty program warns unless the threshold is 0.
 * The editor uses it to preview the split while a topic is being typed.
 */
export function programSplit(topics: readonly { kind: TopicKind; hours: number }[], thresholdPercent: number): Split {
  let total = 0
  let practice = 0
  for (const t of topics) {
    const tenths = Math.round(t.hours * 10)
    total += tenths
    if (isPracticeKind(t.kind)) practice += tenths
  }
  return {
    totalHours: total / 10,
    theoryHours: (total - practice) / 10,
    practiceHours: practice / 10,
    practicePercent: total === 0 ? 0 : Math.round((practice * 1000) / total) / 10,
    practiceWarning: total === 0 ? thresholdPercent > 0 : practice * 100 < thresholdPercent * total,
  }
}

/** "4,5" or "4.5" → 4.5; null when not a number. Officials type decimals with a comma. */
export function parseDecimal(raw: string): number | null {
  const s = raw.trim().replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(s)) return null
  return Number(s)
}

export interface TopicDraft {
  title: string
  kind: TopicKind | null
  hours: string
  targetGroupCodes: string[]
}

export const emptyTopicDraft = (): TopicDraft => ({ title: '', kind: null, hours: '', targetGroupCodes: [] })

export function validateTopicDraft(d: TopicDraft): FieldErrors {
  const errors: FieldErrors = {}
  const title = d.title.replace(/\s+/g, ' ').trim()
  if (!title) errors.title = 'required'
  else if (title.length > PROGRAM_LIMITS.title) errors.title = 'too_long'
  else if (title.length < 2) errors.title = 'too_short'
  if (!d.kind) errors.kind = 'required'
  const hours = parseDecimal(d.hours)
  if (!d.hours.trim()) errors.hours = 'required'
  else if (hours === null) errors.hours = 'invalid_value'
  else if (hours <= 0 || hours > PROGRAM_LIMITS.maxHours) errors.hours = 'out_of_range'
  else if (Math.abs(hours * 10 - Math.round(hours * 10)) > 1e-9) errors.hours = 'invalid_value'
  return errors
}

/** The topics as they would be with the draft saved (added, or replacing `editingId`), for the live split. */
export function previewTopics<T extends { id: string; kind: TopicKind; hours: number }>(
  topics: readonly T[],
  draft: TopicDraft | null,
  editingId: string | null,
): { kind: TopicKind; hours: number }[] {
  const hours = draft ? parseDecimal(draft.hours) : null
  const usable = draft && draft.kind && hours !== null && hours > 0 && hours <= PROGRAM_LIMITS.maxHours
  const rest = topics.filter((t) => !(usable && t.id === editingId))
  return usable ? [...rest, { kind: draft.kind!, hours }] : [...rest]
}

export interface ProgramDraft {
  code: string
  title: string
  startYear: string
  endYear: string
  description: string
  practiceThresholdPercent: string
  targetGroups: { code: string; name: string }[]
}

const PROGRAM_CODE = /^[A-Z0-9][A-Z0-9-]*$/
const GROUP_CODE = /^[A-Z0-9_-]+$/

function year(errors: FieldErrors, field: string, raw: string): number | null {
  const s = raw.trim()
  if (!s) errors[field] = 'required'
  else if (!/^\d{4}$/.test(s) || +s < PROGRAM_LIMITS.minYear || +s > PROGRAM_LIMITS.maxYear) errors[field] = 'out_of_range'
  else return +s
  return null
}

/** Client-side check of the program form, with the server's rules and field names (`targetGroups.1.code`…). */
export function validateProgramDraft(d: ProgramDraft): FieldErrors {
  const errors: FieldErrors = {}
  const code = d.code.trim().toUpperCase()
  if (!code) errors.code = 'required'
  else if (code.length > PROGRAM_LIMITS.code) errors.code = 'too_long'
  else if (code.length < 2) errors.code = 'too_short'
  else if (!PROGRAM_CODE.test(code)) errors.code = 'invalid_value'
  const title = d.title.replace(/\s+/g, ' ').trim()
  if (!title) errors.title = 'required'
  else if (title.length > PROGRAM_LIMITS.title) errors.title = 'too_long'
  else if (title.length < 2) errors.title = 'too_short'
  const start = year(errors, 'startYear', d.startYear)
  const end = year(errors, 'endYear', d.endYear)
  if (start !== null && end !== null && (end < start || end - start > PROGRAM_LIMITS.maxSpanYears)) errors.endYear = 'out_of_range'
  if (d.description.trim().length > PROGRAM_LIMITS.description) errors.description = 'too_long'
  const threshold = d.practiceThresholdPercent.trim()
  if (!threshold) errors.practiceThresholdPercent = 'required'
  else if (!/^\d{1,3}$/.test(threshold) || +threshold > 100) errors.practiceThresholdPercent = 'out_of_range'
  const seen = new Set<string>()
  d.targetGroups.forEach((g, i) => {
    const gc = g.code.trim().toUpperCase()
    if (!gc) errors[`targetGroups.${i}.code`] = 'required'
    else if (gc.length > PROGRAM_LIMITS.groupCode) errors[`targetGroups.${i}.code`] = 'too_long'
    else if (!GROUP_CODE.test(gc)) errors[`targetGroups.${i}.code`] = 'invalid_value'
    else if (seen.has(gc)) errors[`targetGroups.${i}.code`] = 'taken'
    seen.add(gc)
    const name = g.name.replace(/\s+/g, ' ').trim()
    if (!name) errors[`targetGroups.${i}.name`] = 'required'
    else if (name.length > PROGRAM_LIMITS.groupName) errors[`targetGroups.${i}.name`] = 'too_long'
    else if (name.length < 2) errors[`targetGroups.${i}.name`] = 'too_short'
  })
  return errors
}

/** The form's values as the API's program input. */
export function toProgramInput(d: ProgramDraft) {
  return {
    code: d.code.trim().toUpperCase(),
    title: d.title.trim(),
    startYear: Number(d.startYear),
    endYear: Number(d.endYear),
    description: d.description.trim() || null,
    practiceThresholdPercent: Number(d.practiceThresholdPercent),
    targetGroups: d.targetGroups.map((g) => ({ code: g.code.trim().toUpperCase(), name: g.name.trim() })),
  }
}

/** Server field paths (`targetGroups.2.code`, `topics.0.hours`) → the i18n field key of their message. */
export function messageField(field: string): string {
  const m = /^targetGroups\.\d+\.(code|name)$/.exec(field)
  if (m) return m[1] === 'code' ? 'groupCode' : 'groupName'
  return field.replace(/^topics\.\d+\./, '')
}
