/** Limits of a poll, as the server checks them (server/src/polls/poll.enums.ts). */
export const POLL_LIMITS = { questionMax: 300, optionsMin: 2, optionsMax: 10, optionMax: 120 } as const

/**
 * Percent of voters who chose each option, as whole numbers. On a one-choice poll they add up to exactly 100
 * (largest remainders get the rounding); on a multiple-choice poll each is its own share of the voters and the sum may
 * pass 100. No voters: all 0.
 */
export function pollPercents(votes: readonly number[], totalVoters: number, allowMultiple: boolean): number[] {
  if (totalVoters <= 0) return votes.map(() => 0)
  const exact = votes.map((v) => (v * 100) / totalVoters)
  if (allowMultiple) return exact.map((p) => Math.round(p))
  const floors = exact.map(Math.floor)
  let left = 100 - floors.reduce((a, b) => a + b, 0)
  // Zero-vote options never get a rounding point: 0 votes always reads 0 %.
  const order = exact
    .map((p, i) => ({ i, rest: p - Math.floor(p) }))
    .filter((x) => votes[x.i]! > 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    floors[i]!++
    left--
  }
  return floors
}

/**
 * The list with `poll` put in: replaced in place when present, else added; newest first by createdAt. A copy older
 * than the one held (lower `version`: a publication overtaken by a later one) is ignored.
 */
export function mergePoll<T extends { id: string; createdAt: unknown; version: number }>(list: readonly T[], poll: T): T[] {
  const held = list.find((p) => p.id === poll.id)
  if (held && held.version > poll.version) return [...list]
  const rest = list.filter((p) => p.id !== poll.id)
  return [...rest, poll].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)) || a.id.localeCompare(b.id))
}

const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')

/**
 * The client's own checks of a poll draft, keyed like the server's field errors (`question`, `options`,
 * `options.<index>`), with the same reasons (`required`, `too_long`, `too_short`, `taken`).
 */
export function pollDraftErrors(draft: { question: string; options: readonly string[] }): Record<string, string> {
  const errors: Record<string, string> = {}
  const q = draft.question.trim()
  if (!q) errors.question = 'required'
  else if ([...q].length > POLL_LIMITS.questionMax) errors.question = 'too_long'
  if (draft.options.length < POLL_LIMITS.optionsMin) errors.options = 'too_short'
  else if (draft.options.length > POLL_LIMITS.optionsMax) errors.options = 'too_long'
  const seen = new Set<string>()
  draft.options.forEach((o, i) => {
    const v = o.trim()
    if (!v) errors[`options.${i}`] = 'required'
    else if ([...v].length > POLL_LIMITS.optionMax) errors[`options.${i}`] = 'too_long'
    else if (seen.has(fold(v))) errors[`options.${i}`] = 'taken'
    seen.add(fold(v))
  })
  return errors
}

/** Whether the chosen options differ from the ballot already cast (so "vote" would change something). */
export function choiceChanged(chosen: readonly string[], mine: readonly string[]): boolean {
  if (chosen.length !== mine.length) return true
  const set = new Set(mine)
  return chosen.some((id) => !set.has(id))
}
