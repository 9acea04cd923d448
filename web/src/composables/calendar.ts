import { addDays } from '@/composables/timetable'

/** ISO weekday of a calendar day, Monday = 0 … Sunday = 6 (Vietnamese weeks start on Monday). */
export function weekdayIndex(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7
}

/** The Monday of the week holding `day`. */
export const mondayOf = (day: string) => addDays(day, -weekdayIndex(day))

/** `YYYY-MM` plus `n` months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y!, m! - 1 + n, 1))
  return d.toISOString().slice(0, 7)
}

export const isMonth = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)

/** The weeks (Monday first, 7 days each) a month's grid shows: from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`
  const last = addDays(`${addMonths(month, 1)}-01`, -1)
  const weeks: string[][] = []
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)))
  }
  return weeks
}

export interface Span {
  id: string
  startDate: string
  endDate: string
}

export interface Bar<T extends Span> {
  item: T
  /** 1-based first and one-past-last grid column inside the week (1…8). */
  colStart: number
  colEnd: number
  /** 0-based lane (row) inside the week, so bars never overlap. */
  lane: number
  /** The item starts before / ends after this week (drawn with an open edge). */
  continuesBefore: boolean
  continuesAfter: boolean
}

/** Bars of the items overlapping one week, in lanes: earliest (then longest) first, each in the first lane free on its days. */
export function weekBars<T extends Span>(items: readonly T[], week: readonly string[]): Bar<T>[] {
  const first = week[0]!
  const last = week[week.length - 1]!
  const overlapping = items
    .filter((c) => c.startDate <= last && c.endDate >= first)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || b.endDate.localeCompare(a.endDate) || a.id.localeCompare(b.id))
  const laneEnds: string[] = []
  return overlapping.map((item) => {
    const start = item.startDate < first ? first : item.startDate
    const end = item.endDate > last ? last : item.endDate
    let lane = laneEnds.findIndex((e) => e < start)
    if (lane < 0) lane = laneEnds.length
    laneEnds[lane] = end
    return {
      item,
      colStart: week.indexOf(start) + 1,
      colEnd: week.indexOf(end) + 2,
      lane,
      continuesBefore: item.startDate < first,
      continuesAfter: item.endDate > last,
    }
  })
}

/** The month a calendar opens on: the one of the first item not yet over, else of the last item, else today's. */
export function defaultMonth(items: readonly Span[], today: string): string {
  const sorted = [...items].sort((a, b) => a.startDate.localeCompare(b.startDate))
  const next = sorted.find((c) => c.endDate >= today)
  if (next) return (next.startDate > today ? next.startDate : today).slice(0, 7)
  return (sorted.at(-1)?.startDate ?? today).slice(0, 7)
}

/** A stable palette index for a key (program id): the same program always gets the same colour. */
export function colourIndex(key: string, size: number): number {
  let h = 0
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return h % size
}
