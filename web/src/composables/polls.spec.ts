import { describe, expect, it } from 'vitest'
import { choiceChanged, mergePoll, pollDraftErrors, pollPercents } from './polls'

describe('pollPercents', () => {
  it('adds up to exactly 100 on a one-choice poll', () => {
    expect(pollPercents([1, 1, 1], 3, false)).toEqual([34, 33, 33])
    expect(pollPercents([2, 1, 0], 3, false)).toEqual([67, 33, 0])
    expect(pollPercents([1, 0, 1], 2, false)).toEqual([50, 0, 50])
    const p = pollPercents([7, 5, 1, 0, 2], 15, false)
    expect(p.reduce((a, b) => a + b, 0)).toBe(100)
    expect(p[3]).toBe(0)
  })

  it('gives each option its own share of voters on a multiple-choice poll', () => {
    expect(pollPercents([2, 1, 2], 2, true)).toEqual([100, 50, 100])
    expect(pollPercents([1, 2], 3, true)).toEqual([33, 67])
  })

  it('reads 0 % everywhere before anyone voted', () => {
    expect(pollPercents([0, 0], 0, false)).toEqual([0, 0])
    expect(pollPercents([0, 0], 0, true)).toEqual([0, 0])
  })
})

describe('mergePoll', () => {
  const a = { id: 'a', createdAt: '2026-12-04T05:00:00Z', version: 1 }
  const b = { id: 'b', createdAt: '2026-12-04T05:10:00Z', version: 0 }
  it('replaces a poll in place and adds a new one newest first', () => {
    expect(mergePoll([a], b).map((p) => p.id)).toEqual(['b', 'a'])
    const merged = mergePoll([b, a], { ...a, version: 2 })
    expect(merged.map((p) => [p.id, p.version])).toEqual([['b', 0], ['a', 2]])
  })
  it('ignores a copy older than the one held', () => {
    expect(mergePoll([b, { ...a, version: 5 }], { ...a, version: 4 }).map((p) => p.version)).toEqual([0, 5])
  })
})

describe('pollDraftErrors', () => {
  it('accepts a good draft', () => {
    expect(pollDraftErrors({ question: 'Đã rõ chưa?', options: ['Rồi', 'Chưa'] })).toEqual({})
  })
  it('names each bad field like the server does', () => {
    expect(pollDraftErrors({ question: ' ', options: ['A'] })).toEqual({ question: 'required', options: 'too_short' })
    expect(pollDraftErrors({ question: 'x'.repeat(301), options: ['A', ''] })).toEqual({ question: 'too_long', 'options.1': 'required' })
    expect(pollDraftErrors({ question: 'Q', options: ['Đồng ý', ' đồng  Ý'] })).toEqual({ 'options.1': 'taken' })
    expect(pollDraftErrors({ question: 'Q', options: ['A', 'b'.repeat(121)] })).toEqual({ 'options.1': 'too_long' })
    expect(pollDraftErrors({ question: 'Q', options: Array.from({ length: 11 }, (_, i) => `${i}`) })).toEqual({ options: 'too_long' })
  })
})

describe('choiceChanged', () => {
  it('compares as sets', () => {
    expect(choiceChanged(['a', 'b'], ['b', 'a'])).toBe(false)
    expect(choiceChanged(['a'], [])).toBe(true)
    expect(choiceChanged(['a'], ['b'])).toBe(true)
  })
})
