/**
 * The import wizard's state machine, kept free of Vue so it can be tested on its own: which step a status shows,
 * when polling stops, when committing is allowed, and the client-side checks of a chosen file.
 */

/** Mirrors the API's ImportStatus. */
export type ImportStatusName = 'ANALYSING' | 'READY' | 'INVALID' | 'FAILED' | 'COMMITTING' | 'COMMITTED'

/** What the wizard shows. */
export type WizardStep = 'upload' | 'analysing' | 'preview' | 'failed' | 'committing' | 'done'

/** The four steps the progress header names (failed shows under "preview", committing under "done"). */
export const WIZARD_STAGES = ['upload', 'analysing', 'preview', 'done'] as const
export type WizardStage = (typeof WIZARD_STAGES)[number]

/** The step for the current import (none yet, or being uploaded: the upload step). */
export function stepFor(status: ImportStatusName | null | undefined): WizardStep {
  switch (status) {
    case 'ANALYSING':
      return 'analysing'
    case 'READY':
    case 'INVALID':
      return 'preview'
    case 'FAILED':
      return 'failed'
    case 'COMMITTING':
      return 'committing'
    case 'COMMITTED':
      return 'done'
    default:
      return 'upload'
  }
}

export function stageOf(step: WizardStep): WizardStage {
  if (step === 'failed') return 'preview'
  if (step === 'committing') return 'done'
  return step
}

/** Statuses that no longer change on their own: polling stops there. */
export function isSettled(status: ImportStatusName): boolean {
  return status === 'READY' || status === 'INVALID' || status === 'FAILED' || status === 'COMMITTED'
}

/** Only an analysed import without errors can be written. */
export function canCommit(status: ImportStatusName | null | undefined): boolean {
  return status === 'READY'
}

/** 0-100, from the server's percent or the row counts; null while the row count is unknown (indeterminate bar). */
export function progressOf(i: { totalRows?: number | null; processedRows: number; progressPercent?: number | null }): number | null {
  if (i.totalRows == null || i.totalRows <= 0) return i.progressPercent && i.progressPercent > 0 ? i.progressPercent : null
  return Math.max(0, Math.min(100, Math.floor((i.processedRows / i.totalRows) * 100)))
}

export const ACCEPTED_EXTENSIONS = ['.xlsx', '.csv'] as const
/** Same limit as nginx's `client_max_body_size` for /api/: bigger files are refused before uploading. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024

/** Why a picked file cannot be uploaded, as an i18n reason ('type', 'empty', 'size'), or null when it can. */
export function fileProblem(file: { name: string; size: number }): 'type' | 'empty' | 'size' | null {
  const name = file.name.toLowerCase()
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'type'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_UPLOAD_BYTES) return 'size'
  return null
}

/** "12,5 KB", "1,2 MB" in the given Intl locale. */
export function formatBytes(bytes: number, intlLocale: string): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 ? 0 : value < 10 ? 1 : 0
  return `${new Intl.NumberFormat(intlLocale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}
