/** Where an uploaded import stands. */
export enum ImportStatus {
  /** The file is being read and checked in the background. */
  ANALYSING = 'ANALYSING',
  /** Analysed without errors: it can be committed. */
  READY = 'READY',
  /** Analysed, with row errors: fix the file and upload it again. */
  INVALID = 'INVALID',
  /** The file could not be read at all (see fileError). */
  FAILED = 'FAILED',
  /** Being written to the directory and the class. */
  COMMITTING = 'COMMITTING',
  /** Written. */
  COMMITTED = 'COMMITTED',
}

/** What committing a row does to the directory. */
export enum ImportRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}

/** What committing a row does to the class. */
export enum ImportEnrolmentAction {
  ENROLL = 'ENROLL',
  WAITLIST = 'WAITLIST',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  NONE = 'NONE',
}
