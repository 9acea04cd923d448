import { CLASS_TIME_ZONE } from '@/api/errors'

/** Vietnam is UTC+7 all year (no daylight saving), so local wall times convert with a fixed offset. */
const OFFSET = '+07:00'

const dateParts = new Intl.DateTimeFormat('en-CA', { timeZone: CLASS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
const timeParts = new Intl.DateTimeFormat('en-GB', { timeZone: CLASS_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** The class-local calendar day of an instant, YYYY-MM-DD. */
export const localDay = (iso: string) => dateParts.format(new Date(iso))
/** The class-local wall time of an instant, HH:mm. */
export const localTime = (iso: string) => timeParts.format(new Date(iso))
/** A class-local day and wall time as an ISO instant; null when either is malformed. */
export function fromLocal(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null
  const d = new Date(`${day}T${time}:00${OFFSET}`)
  return Number.isNaN(d.getTime()) ? null : d.toISOString()
}

/** YYYY-MM-DD plus `n` days. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10)
}

export interface TimetableDay<S> {
  /** YYYY-MM-DD in the class's time zone. */
  day: string
  /** 1-based day of the class (ngày thứ …); 0 when the day is before the start. */
  index: number
  sessions: S[]
}

/**
 * Groups sessions by their local day, in time order (the shorter first when two start together), and lists every day of the class (empty ones too, so a gap in
 * the timetable shows). Sessions outside the dates still appear, on their own days.
 */
export function groupByDay<S extends { startsAt: string; endsAt?: string }>(sessions: readonly S[], startDate?: string, endDate?: string): TimetableDay<S>[] {
  const byDay = new Map<string, S[]>()
  if (startDate && endDate && startDate <= endDate) {
    for (let day = startDate, i = 0; day <= endDate && i < 366; day = addDays(day, 1), i++) byDay.set(day, [])
  }
  // Sessions starting together: the shorter first.
  const sorted = [...sessions].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || Date.parse(a.endsAt ?? a.startsAt) - Date.parse(b.endsAt ?? b.startsAt),
  )
  for (const s of sorted) {
    const day = localDay(s.startsAt)
    byDay.set(day, [...(byDay.get(day) ?? []), s])
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({
      day,
      index: startDate && day >= startDate ? Math.round((Date.parse(day) - Date.parse(startDate)) / 86_400_000) + 1 : 0,
      sessions: list,
    }))
}
