import { describe, expect, it } from 'vitest'
import { addMonths, defaultMonth, isMonth, mondayOf, monthWeeks, weekBars, weekdayIndex } from './calendar'

describe('calendar', () => {
  it('starts weeks on Monday', () => {
    expect(weekdayIndex('2025-08-18')).toBe(0) // Monday
    expect(weekdayIndex('2025-08-24')).toBe(6) // Sunday
    expect(mondayOf('2025-09-18')).toBe('2025-09-15')
    expect(mondayOf('2025-09-21')).toBe('2025-09-15')
  })

  it('lays out whole weeks around a month', () => {
    const weeks = monthWeeks('2026-04')
    expect(weeks[0]![0]).toBe('2026-03-30')
    expect(weeks.at(-1)![6]).toBe('2026-05-03')
    expect(weeks).toHaveLength(5)
    expect(weeks.every((w) => w.length === 7)).toBe(true)
  })

  it('moves between months and checks the URL value', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(isMonth('2026-04')).toBe(true)
    expect(isMonth('2026-13')).toBe(false)
    expect(isMonth('x')).toBe(false)
  })

  it('puts parallel classes in separate lanes and clips bars to the week', () => {
    const week = monthWeeks('2026-04')[2]! // 13-19 April
    const bars = weekBars(
      [
        { id: 'L02', startDate: '2026-04-13', endDate: '2026-04-17' },
        { id: 'L03', startDate: '2026-04-13', endDate: '2026-04-17' },
        { id: 'L04', startDate: '2026-04-20', endDate: '2026-04-24' },
        { id: 'long', startDate: '2026-04-10', endDate: '2026-04-21' },
      ],
      week,
    )
    expect(bars.map((b) => [b.item.id, b.colStart, b.colEnd, b.lane, b.continuesBefore, b.continuesAfter])).toEqual([
      ['long', 1, 8, 0, true, true],
      ['L02', 1, 6, 1, false, false],
      ['L03', 1, 6, 2, false, false],
    ])
  })

  it('opens on the month of the next class', () => {
    const items = [
      { id: 'a', startDate: '2025-08-18', endDate: '2025-08-22' },
      { id: 'b', startDate: '2026-04-06', endDate: '2026-04-10' },
    ]
    expect(defaultMonth(items, '2026-01-10')).toBe('2026-04')
    expect(defaultMonth(items, '2026-11-22')).toBe('2026-04')
    expect(defaultMonth(items, '2026-04-08')).toBe('2026-04')
    expect(defaultMonth([], '2026-11-22')).toBe('2026-11')
  })
})
