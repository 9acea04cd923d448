import { GraphQLError } from 'graphql';

/**
 * Every error code the API can send, defined once. Clients map `extensions.code` to translated messages;
 * nobody matches on message text.
 */
export const ErrorCode = {
  AuthInvalidCredentials: 'auth/invalid_credentials',
  AuthTooManyAttempts: 'auth/too_many_attempts',
  AuthUnauthenticated: 'auth/unauthenticated',
  AuthTokenExpired: 'auth/token_expired',
  AuthRefreshInvalid: 'auth/refresh_invalid',
  AuthForbidden: 'auth/forbidden',
  OfficialNotFound: 'official/not_found',
  CommuneNotFound: 'commune/not_found',
  ProvinceNotFound: 'province/not_found',
  ProgramNotFound: 'program/not_found',
  ProgramTopicNotFound: 'program/topic_not_found',
  /** A program that classes use cannot be deleted. */
  ProgramInUse: 'program/in_use',
  ClassNotFound: 'class/not_found',
  ClassSessionNotFound: 'class/session_not_found',
  /** The lecturer teaches another session at an overlapping time; extensions.clash names it. */
  ClassLecturerDoubleBooked: 'class/lecturer_double_booked',
  /** The room (at the same venue) holds another session at an overlapping time; extensions.clash names it. */
  ClassRoomDoubleBooked: 'class/room_double_booked',
  EnrollmentNotFound: 'enrollment/not_found',
  /** The official already holds a seat or a waitlist place in the class. */
  EnrollmentAlreadyEnrolled: 'enrollment/already_enrolled',
  /** The enrolment was already withdrawn. */
  EnrollmentAlreadyWithdrawn: 'enrollment/already_withdrawn',
  NominationNotFound: 'nomination/not_found',
  /** A coordinator tried to nominate an official of another commune; extensions.officialIds names them. */
  NominationForbiddenCommune: 'nomination/forbidden_commune',
  /** The official already has a pending or approved nomination, or a seat/waitlist place, in the class. */
  NominationAlreadyNominated: 'nomination/already_nominated',
  /** The commune's quota for the class would be exceeded; extensions.quota, used and requested name the figures. */
  NominationQuotaFull: 'nomination/quota_full',
  /** The class has already ended: nominations are closed. */
  NominationClassClosed: 'nomination/class_closed',
  /** Only a PENDING nomination can be withdrawn, approved or rejected; extensions.status names the current one. */
  NominationNotPending: 'nomination/not_pending',
  /** Joining a live session: the user neither teaches nor holds a seat in the session's class. */
  LiveNotAParticipant: 'live/not_a_participant',
  /** The live session is not open yet or any more; extensions.opensAt and closesAt name the window. */
  LiveSessionNotOpen: 'live/session_not_open',
  /** The check-in QR code has expired: scan the code on the classroom screen again. */
  AttendanceCodeExpired: 'attendance/code_expired',
  /** The check-in code is malformed, forged or belongs to another session. */
  AttendanceCodeInvalid: 'attendance/code_invalid',
  /** The official holds no seat (ENROLLED) in the session's class. */
  AttendanceNotEnrolled: 'attendance/not_enrolled',
  PollNotFound: 'poll/not_found',
  /** The poll was closed: it takes no more votes (and cannot be closed again). */
  PollClosed: 'poll/closed',
  ImportNotFound: 'import/not_found',
  /** The uploaded file is larger than IMPORT_MAX_BYTES (HTTP 413). */
  ImportTooLarge: 'import/too_large',
  /** The uploaded file has no bytes, or no data rows. */
  ImportEmptyFile: 'import/empty_file',
  /** The dry run found row errors: fix the file and upload it again. */
  ImportHasErrors: 'import/has_errors',
  /** The import is still being analysed, or could not be read. */
  ImportNotReady: 'import/not_ready',
  /** The import was already committed (or is being committed by another request). */
  ImportAlreadyCommitted: 'import/already_committed',
  ValidationInvalidInput: 'validation/invalid_input',
  RequestInvalid: 'request/invalid',
  RequestTooComplex: 'request/too_complex',
  RequestTooDeep: 'request/too_deep',
  Internal: 'internal/error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Why one input field was refused; the web translates these. */
export type FieldReason =
  | 'required'
  | 'too_long'
  | 'too_short'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_date'
  | 'out_of_range'
  | 'taken'
  | 'in_use'
  | 'invalid_value';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class ValidationError extends AppError {
  constructor(readonly fields: Record<string, FieldReason>) {
    super(
      ErrorCode.ValidationInvalidInput,
      `Invalid input: ${Object.entries(fields)
        .map(([f, r]) => `${f} (${r})`)
        .join(', ')}`,
      { fields },
    );
  }
}

export const forbidden = (what = 'this action') =>
  new AppError(ErrorCode.AuthForbidden, `Your role may not perform ${what}.`);
