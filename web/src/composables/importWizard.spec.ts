import { describe, expect, it } from 'vitest'
import { canCommit, fileProblem, formatBytes, isSettled, progressOf, stageOf, stepFor, type ImportStatusName } from './importWizard'

const ALL: ImportStatusName[] = ['ANALYSING', 'READY', 'INVALID', 'FAILED', 'COMMITTING', 'COMMITTED']

describe('import wizard state machine', () => {
  it('shows the step each status belongs to', () => {
    expect(stepFor(null)).toBe('upload')
    expect(ALL.map((s) => [s, stepFor(s)])).toEqual([
      ['ANALYSING', 'analysing'],
      ['READY', 'preview'],
      ['INVALID', 'preview'],
      ['FAILED', 'failed'],
      ['COMMITTING', 'committing'],
      ['COMMITTED', 'done'],
    ])
    // The header names four stages: a failed file is "preview", saving is the last step.
    expect(stageOf('failed')).toBe('preview')
    expect(stageOf('committing')).toBe('done')
  })

  it('allows committing only a READY import', () => {
    expect(ALL.filter(canCommit)).toEqual(['READY'])
    expect(canCommit(undefined)).toBe(false)
  })

  it('stops polling on statuses that no longer change by themselves', () => {
    expect(ALL.filter(isSettled)).toEqual(['READY', 'INVALID', 'FAILED', 'COMMITTED'])
  })

  it('computes the progress from the rows, indeterminate while the row count is unknown', () => {
    expect(progressOf({ totalRows: 500, processedRows: 125, progressPercent: 25 })).toBe(25)
    expect(progressOf({ totalRows: 3, processedRows: 2, progressPercent: 66 })).toBe(66)
    expect(progressOf({ totalRows: 500, processedRows: 900, progressPercent: 100 })).toBe(100)
    expect(progressOf({ totalRows: null, processedRows: 0, progressPercent: 0 })).toBeNull()
  })

  it('refuses files that are not .xlsx or .csv, empty or too large before uploading', () => {
    expect(fileProblem({ name: 'Danh sách.XLSX', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'ds.csv', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'ds.xls', size: 10 })).toBe('type')
    expect(fileProblem({ name: 'ds.pdf', size: 10 })).toBe('type')
    expect(fileProblem({ name: 'ds.xlsx', size: 0 })).toBe('empty')
    expect(fileProblem({ name: 'ds.xlsx', size: 26 * 1024 * 1024 })).toBe('size')
  })

  it('writes file sizes the way the language does', () => {
    expect(formatBytes(40_508, 'vi-VN')).toBe('40 KB')
    expect(formatBytes(1_536, 'vi-VN')).toBe('1,5 KB')
    expect(formatBytes(25 * 1024 * 1024, 'en-GB')).toBe('25 MB')
    expect(formatBytes(512, 'en-GB')).toBe('512 B')
  })
})
