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
