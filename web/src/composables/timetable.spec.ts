import { describe, expect, it } from 'vitest'
import { fromLocal, groupByDay, localDay, localTime } from './timetable'

const s = (id: string, startsAt: string, endsAt?: string) => ({ id, startsAt, endsAt })

describe('groupByDay', () => {
  it('groups by the day in Vietnam, in time order, whatever order the sessions come in', () => {
    const days = groupByDay(
      [
        s('tue-pm', '2026-04-14T06:30:00Z'), // 13:30 local
        s('mon-am', '2026-04-13T00:30:00Z'), // 07:30 local
        // 23:30 UTC on the 13th is 06:30 on the 14th in Vietnam.
        s('tue-early', '2026-04-13T23:30:00Z'),
        s('mon-pm', '2026-04-13T06:30:00Z'),
      ],
      '2026-04-13',
      '2026-04-15',
    )
    expect(days.map((d) => [d.day, d.index, d.sessions.map((x) => x.id)])).toEqual([
      ['2026-04-13', 1, ['mon-am', 'mon-pm']],
      ['2026-04-14', 2, ['tue-early', 'tue-pm']],
      ['2026-04-15', 3, []],
    ])
  })

  it('lists the shorter of two sessions starting together first', () => {
    const [day] = groupByDay([s('long', '2026-04-13T06:30:00Z', '2026-04-13T10:00:00Z'), s('short', '2026-04-13T06:30:00Z', '2026-04-13T08:00:00Z')])
    expect(day!.sessions.map((x) => x.id)).toEqual(['short', 'long'])
  })

  it('keeps a session outside the dates on its own day and copes with no dates', () => {
    expect(groupByDay([s('late', '2026-04-20T01:00:00Z')], '2026-04-13', '2026-04-13').map((d) => d.day)).toEqual(['2026-04-13', '2026-04-20'])
    expect(groupByDay([s('x', '2026-04-20T01:00:00Z')]).map((d) => [d.day, d.index])).toEqual([['2026-04-20', 0]])
  })
})

describe('local times', () => {
  it('reads and writes wall times in Asia/Ho_Chi_Minh', () => {
    expect(fromLocal('2026-04-13', '07:30')).toBe('2026-04-13T00:30:00.000Z')
    expect(localDay('2026-04-13T00:30:00.000Z')).toBe('2026-04-13')
    expect(localTime('2026-04-13T10:00:00.000Z')).toBe('17:00')
    expect(fromLocal('2026-04-13', '7h30')).toBeNull()
  })
})
