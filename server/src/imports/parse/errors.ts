/** A problem with the whole file: the import ends FAILED (unreadable) or INVALID (bad header) with this code. */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    /** Vietnamese text shown to the administrator. */
    readonly messageVi: string,
  ) {
    super(`${code}: ${messageVi}`);
  }
}

/** Configurable limits of one file. */
export interface ParseLimits {
  /** Data rows (blank lines excluded). */
  maxRows: number;
  /** Columns of any row. */
  maxColumns: number;
  /** Characters of one cell. */
  maxCellChars: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxRows: 200_000, maxColumns: 100, maxCellChars: 2_000 };
