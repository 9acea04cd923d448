/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** A calendar date without time or time zone, written YYYY-MM-DD (e.g. 1978-05-19). */
  LocalDate: { input: string; output: string; }
};

/** Kế hoạch năm: the year’s classes of the province’s planned programs (those with a yearly target) against the target band, with seats, enrolments and officials not yet trained. For coordinators the officials, enrolment and nomination figures are their commune’s. */
export type AnnualPlan = {
  __typename?: 'AnnualPlan';
  /** Active officials of the province (coordinators: of their commune). */
  activeOfficials: Scalars['Int']['output'];
  /** Active and not-yet-trained officials per bloc. */
  byBloc: Array<PlanBloc>;
  /** Classes of the plan starting in the year. */
  classCount: Scalars['Int']['output'];
  /** The year’s classes of the plan, earliest first. */
  classes: Array<TrainingClass>;
  /** Coordinators: their commune, which narrows the official and enrolment figures. */
  communeId?: Maybe<Scalars['ID']['output']>;
  /** Coordinators: their commune’s name. */
  communeName?: Maybe<Scalars['String']['output']>;
  /** Coverage, percent with one decimal: seatsPlanned ÷ notYetTrained (coordinators: their enrolled ÷ their notYetTrained); null when nobody is left untrained. */
  coveragePercent?: Maybe<Scalars['Float']['output']>;
  /** Officials holding a seat (ENROLLED) in the year’s classes so far (coordinators: of their commune). */
  enrolled: Scalars['Int']['output'];
  /** Classes and seats per month, January to December. */
  months: Array<PlanMonth>;
  /** Approved nominations for the year’s classes (coordinators: their commune’s). */
  nominationsApproved: Scalars['Int']['output'];
  /** Pending nominations for the year’s classes (coordinators: their commune’s). */
  nominationsPending: Scalars['Int']['output'];
  /** Chưa được bồi dưỡng: active officials in scope with no seat (ENROLLED) in any class of the plan’s programs starting by 31 December of the year, i.e. neither trained in an earlier class nor seated in one planned this year. */
  notYetTrained: Scalars['Int']['output'];
  /** The province planned for; null when no province has a target that year and none was named. */
  provinceId?: Maybe<Scalars['ID']['output']>;
  /** Its name, e.g. "Nghệ An". */
  provinceName?: Maybe<Scalars['String']['output']>;
  /** Seats planned: the sum of the year’s classes’ capacities. */
  seatsPlanned: Scalars['Int']['output'];
  /** Most classes the target allows (32 for Nghệ An 2026-2030); null without a target. */
  targetMax?: Maybe<Scalars['Int']['output']>;
  /** Fewest classes the target asks for (28 for Nghệ An 2026-2030); null without a target. */
  targetMin?: Maybe<Scalars['Int']['output']>;
  /** Officials on the waitlists of the year’s classes (coordinators: of their commune). */
  waitlisted: Scalars['Int']['output'];
  /** True when classCount lies within the band; null without a target. */
  withinTarget?: Maybe<Scalars['Boolean']['output']>;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** One correction of the audit log (never changed or removed). */
export type AttendanceCorrectionEntry = {
  __typename?: 'AttendanceCorrectionEntry';
  /** Who corrected it (user id). */
  correctedById: Scalars['ID']['output'];
  /** Who corrected it (display name). */
  correctedByName: Scalars['String']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Minutes present, when the corrector gave them. */
  minutes?: Maybe<Scalars['Int']['output']>;
  /** Present or not, as corrected. */
  present: Scalars['Boolean']['output'];
  /** Why it was corrected. */
  reason: Scalars['String']['output'];
};

/** A stretch of presence counted, clipped to the session. */
export type AttendanceInterval = {
  __typename?: 'AttendanceInterval';
  /** From. */
  from: Scalars['DateTime']['output'];
  /** LIVE (connected) or IN_ROOM (checked in). */
  source: AttendanceSource;
  /** To. */
  to: Scalars['DateTime']['output'];
};

/** Where an attendance figure comes from. */
export type AttendanceSource =
  /** Điều chỉnh: a lecturer or administrator corrected it (see correction). */
  | 'CORRECTED'
  /** Tại lớp: checked in with the classroom QR code; counts from the check-in to the session’s end (to now while the session is under way). */
  | 'IN_ROOM'
  /** Trực tuyến: connected to the live room (media service). */
  | 'LIVE';

/** Tokens for a signed-in user. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Short-lived JWT to send as `Authorization: Bearer …`. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single-use token for `refreshToken`; rotates on every use. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** Khối công tác: the bloc an official works in. */
export type Bloc =
  /** Khối Mặt trận và các tổ chức chính trị - xã hội. */
  | 'FRONT'
  /** Khối chính quyền: HĐND, UBND. */
  | 'GOVERNMENT'
  /** Ban chỉ huy quân sự. */
  | 'MILITARY'
  /** Khối Đảng. */
  | 'PARTY';

/** A rotating check-in code for the classroom screen, shown as a QR code. */
export type CheckInCode = {
  __typename?: 'CheckInCode';
  /** The signed code (bound to the session, valid CHECKIN_CODE_TTL_SECONDS). */
  code: Scalars['String']['output'];
  /** When the code stops being accepted. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session. */
  sessionId: Scalars['ID']['output'];
  /** Path of the check-in page with the code (`/checkin?code=…`); the QR encodes it on the web origin. */
  url: Scalars['String']['output'];
};

/** A trainee’s check-in to a session in the classroom. */
export type CheckInResult = {
  __typename?: 'CheckInResult';
  /** True when the trainee had already checked in: the first check-in stands. */
  alreadyCheckedIn: Scalars['Boolean']['output'];
  /** When the trainee checked in (the first scan). */
  checkedInAt: Scalars['DateTime']['output'];
  /** The session checked in to. */
  session: ClassSessionInfo;
};

/** A class’s attendance grid (officials × sessions), as in a gradebook. */
export type ClassAttendance = {
  __typename?: 'ClassAttendance';
  /** The class’s code. */
  classCode: Scalars['String']['output'];
  /** The class. */
  classId: Scalars['ID']['output'];
  /** The class’s title. */
  classTitle: Scalars['String']['output'];
  /** Percent of a session needed to count as present. */
  minPresencePercent: Scalars['Int']['output'];
  /** Officials by name (scoped as sessionAttendance). */
  rows: Array<ClassAttendanceRow>;
  /** The class’s sessions in time order. */
  sessions: Array<ClassSessionInfo>;
};

/** One official in one session, in the class grid. */
export type ClassAttendanceCell = {
  __typename?: 'ClassAttendanceCell';
  /** True when a correction decided it. */
  corrected: Scalars['Boolean']['output'];
  /** The session is under way and not decided by a correction: neither present nor absent yet. */
  inProgress: Scalars['Boolean']['output'];
  /** Minutes present. */
  minutes: Scalars['Int']['output'];
  /** Percent of the session (of the time elapsed so far while inProgress). */
  percent: Scalars['Int']['output'];
  /** Present or not (always false while inProgress). */
  present: Scalars['Boolean']['output'];
  /** The session. */
  sessionId: Scalars['ID']['output'];
};

/** One official across the class’s sessions. */
export type ClassAttendanceRow = {
  __typename?: 'ClassAttendanceRow';
  /** One cell per session, in the order of `sessions`. */
  cells: Array<ClassAttendanceCell>;
  /** The official. */
  official: EnrolledOfficial;
  /** Sessions present (a session under way counts once it has ended or is corrected). */
  presentCount: Scalars['Int']['output'];
};

/** Which classes to list; every given condition must hold. */
export type ClassFilterInput = {
  /** Only classes this lecturer is assigned to (a lecturer’s own id gives "my classes"). */
  lecturerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only classes of this program. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Only classes starting in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A lecturer assigned to a class. */
export type ClassLecturer = {
  __typename?: 'ClassLecturer';
  /** Id of the assignment. */
  id: Scalars['ID']['output'];
  /** School, visiting or concurrent lecturer. */
  kind: LecturerKind;
  /** The lecturer. */
  user: Lecturer;
};

/** A lecturer to assign to a class. */
export type ClassLecturerInput = {
  /** School, visiting or concurrent lecturer. */
  kind: LecturerKind;
  /** A user with the LECTURER role. */
  userId: Scalars['ID']['input'];
};

/** A class’s nomination quotas per commune. */
export type ClassNominationQuotas = {
  __typename?: 'ClassNominationQuotas';
  /** The class’s seats. */
  capacity: Scalars['Int']['output'];
  /** The class’s id. */
  classId: Scalars['ID']['output'];
  /** Communes with a quota or with nominations, by name (coordinators: only their own commune, with or without a quota). */
  communes: Array<CommuneQuota>;
  /** True when the quotas add up to more than the capacity (approval will then waitlist the surplus). */
  exceedsCapacity: Scalars['Boolean']['output'];
  /** Sum of all communes’ quotas. */
  quotaTotal: Scalars['Int']['output'];
};

/** One session (buổi học) of a class’s timetable. */
export type ClassSession = {
  __typename?: 'ClassSession';
  /** When it ends (after the start, at most 10 hours later). */
  endsAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Who teaches it (one of the class’s lecturers). */
  lecturer: Lecturer;
  /** In the room, online, or both. */
  mode: SessionMode;
  /** Room at the class’s venue; null for online sessions. */
  room?: Maybe<Scalars['String']['output']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** The program topic taught. */
  topic: ProgramTopic;
};

/** The session an attendance figure or check-in belongs to. */
export type ClassSessionInfo = {
  __typename?: 'ClassSessionInfo';
  /** The class’s code. */
  classCode: Scalars['String']['output'];
  /** The class’s id. */
  classId: Scalars['ID']['output'];
  /** The class’s title. */
  classTitle: Scalars['String']['output'];
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** The session’s id. */
  id: Scalars['ID']['output'];
  /** Room at the venue; null for online-only sessions. */
  room?: Maybe<Scalars['String']['output']>;
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** The topic taught. */
  topicTitle: Scalars['String']['output'];
};

/** A session of a class’s timetable. */
export type ClassSessionInput = {
  /** End: after the start, at most 10 hours later, inside the class’s dates. */
  endsAt: Scalars['DateTime']['input'];
  /** One of the class’s lecturers (user id). */
  lecturerId: Scalars['ID']['input'];
  /** In the room, online, or both. */
  mode: SessionMode;
  /** Room at the venue (at most 100 characters); required unless ONLINE. */
  room?: InputMaybe<Scalars['String']['input']>;
  /** Start, inside the class’s dates (Asia/Ho_Chi_Minh). */
  startsAt: Scalars['DateTime']['input'];
  /** A topic of the class’s program. */
  topicId: Scalars['ID']['input'];
};

/** A commune, ward or special zone (xã/phường/đặc khu). */
export type Commune = {
  __typename?: 'Commune';
  /** Administrative code, unique nationwide. */
  code: Scalars['String']['output'];
  /** Mountain, border, island or especially hard area. */
  hardshipArea: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Commune, ward or special zone. */
  kind: CommuneKind;
  /** Name, e.g. "Quỳnh Lưu". */
  name: Scalars['String']['output'];
  /** The province this commune belongs to. */
  province: Province;
};

/** One class as a commune sees it: its quota there and its nominations. */
export type CommuneClassNominations = {
  __typename?: 'CommuneClassNominations';
  /** The commune’s nominations for the class: pending first, then approved, rejected, withdrawn. */
  nominations: Array<Nomination>;
  /** True while the class has not ended (nominations accepted). */
  open: Scalars['Boolean']['output'];
  /** The commune’s quota and its use. */
  quota: CommuneQuota;
  /** The class. */
  trainingClass: NominationClass;
};

/** Kind of commune-level unit. */
export type CommuneKind =
  /** Xã (rural commune). */
  | 'COMMUNE'
  /** Đặc khu (island special zone). */
  | 'SPECIAL_ZONE'
  /** Phường (urban ward). */
  | 'WARD';

/** One commune’s quota for a class and how much of it is used. */
export type CommuneQuota = {
  __typename?: 'CommuneQuota';
  /** The commune’s id. */
  communeId: Scalars['ID']['output'];
  /** The commune’s name. */
  communeName: Scalars['String']['output'];
  /** quota − used (never below 0); null without a quota. */
  left?: Maybe<Scalars['Int']['output']>;
  /** Seats the commune may fill; null when the class sets no quota for it (no limit). */
  quota?: Maybe<Scalars['Int']['output']>;
  /** Officials of the commune with a pending or approved nomination or an enrolment (seat or waitlist) in the class, each counted once. */
  used: Scalars['Int']['output'];
};

/** A new class, optionally with its lecturers (created together, all or nothing). */
export type CreateClassInput = {
  /** Seats, 1-500 (70 when omitted); outside 60-70 sets `capacityWarning`. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Unique code, e.g. NA-2026-L01: capital letters, digits and "-", 2 to 30 characters. */
  code: Scalars['String']['input'];
  /** BLENDED when omitted. */
  deliveryFormat?: InputMaybe<DeliveryFormat>;
  /** Last day; 5 days in all (start + 4) when omitted; at most 60 days. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Lecturers to assign (at most 30). */
  lecturers?: InputMaybe<Array<ClassLecturerInput>>;
  /** The program the class offers. */
  programId: Scalars['ID']['input'];
  /** First day. */
  startDate: Scalars['LocalDate']['input'];
  /** Title, 2 to 300 characters. */
  title: Scalars['String']['input'];
  /** Venue (at most 300 characters); "Trường Chính trị tỉnh Nghệ An" when omitted. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** A new official for the directory. */
export type CreateOfficialInput = {
  /** Bloc. */
  bloc: Bloc;
  /** Commune/ward the official works in. */
  communeId: Scalars['ID']['input'];
  /** Date of birth: on or after 1940-01-01, and at least 18 years ago. */
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Ethnicity, e.g. Kinh, Thái, Khơ Mú (at most 50 characters). */
  ethnicity: Scalars['String']['input'];
  /** Full name, 2 to 200 characters. */
  fullName: Scalars['String']['input'];
  /** Gender. */
  gender: Gender;
  /** Works in a hardship area. */
  hardshipArea?: InputMaybe<Scalars['Boolean']['input']>;
  /** Vietnamese phone number, e.g. 0912345678 or +84912345678. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Political theory level. */
  politicalTheoryLevel?: InputMaybe<PoliticalTheoryLevel>;
  /** Position. */
  position: Position;
  /** Professional qualification. */
  professionalLevel?: InputMaybe<ProfessionalLevel>;
  /** State management level. */
  stateManagementLevel?: InputMaybe<StateManagementLevel>;
};

/** A new poll in a class session. */
export type CreatePollInput = {
  /** Several options may be chosen (default: exactly one). */
  allowMultiple?: InputMaybe<Scalars['Boolean']['input']>;
  /** Results never name voters (default: lecturers see who chose what). */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** The answer options in order: 2–10, each 1–120 characters (trimmed), all different. */
  options: Array<Scalars['String']['input']>;
  /** The question, 1–300 characters (trimmed). */
  question: Scalars['String']['input'];
  /** The class session to ask it in. */
  sessionId: Scalars['ID']['input'];
};

/** A new training program, optionally with its topics (created together, all or nothing). */
export type CreateProgramInput = {
  /** Unique code, e.g. NA-2026-XA: capital letters, digits and "-", 2 to 30 characters. */
  code: Scalars['String']['input'];
  /** Description: aims, format, venue (at most 5,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last year of the period, not before the first (at most 10 years later). */
  endYear: Scalars['Int']['input'];
  /** Practice share (percent of hours) below which the program warns; the server default when omitted. */
  practiceThresholdPercent?: InputMaybe<Scalars['Int']['input']>;
  /** First year of the period (2000-2100). */
  startYear: Scalars['Int']['input'];
  /** Target groups (at most 20). */
  targetGroups?: InputMaybe<Array<TargetGroupInput>>;
  /** Title, 2 to 300 characters. */
  title: Scalars['String']['input'];
  /** Topics in teaching order (at most 100). */
  topics?: InputMaybe<Array<ProgramTopicInput>>;
};

/** How a class is delivered. */
export type DeliveryFormat =
  /** Kết hợp: in person combined with online (the Nghệ An 2026 format). */
  | 'BLENDED'
  /** Trực tiếp: in the classroom. */
  | 'IN_PERSON'
  /** Trực tuyến: online only. */
  | 'ONLINE';

/** The official of an enrolment, as shown in a class list. */
export type EnrolledOfficial = {
  __typename?: 'EnrolledOfficial';
  /** Name of the official’s commune or ward. */
  communeName: Scalars['String']['output'];
  /** Full name. */
  fullName: Scalars['String']['output'];
  /** The official’s id. */
  id: Scalars['ID']['output'];
};

/** An official’s seat, waitlist place or withdrawal in one class. */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** The class’s id. */
  classId: Scalars['ID']['output'];
  /** When the official last got a seat. */
  enrolledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The official. */
  official: EnrolledOfficial;
  /** Enrolled, waitlisted or withdrawn. */
  status: EnrollmentStatus;
  /** 1-based place in the waitlist; null unless WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
  /** When the official withdrew; null unless WITHDRAWN. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Where an official stands in a class. */
export type EnrollmentStatus =
  /** Đã ghi danh: holds a seat. */
  | 'ENROLLED'
  /** Danh sách chờ: in line for a seat (see waitlistPosition). */
  | 'WAITLISTED'
  /** Đã rút: withdrawn; kept for the record and can be enrolled again. */
  | 'WITHDRAWN';

/** Giới tính. */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** What committing a row does to the target class. */
export type ImportEnrolmentAction =
  /** The official already holds a seat or a waitlist place. */
  | 'ALREADY_ENROLLED'
  /** The official gets a seat. */
  | 'ENROLL'
  /** Nothing (the row has errors). */
  | 'NONE'
  /** The class is full: the official joins the end of the waitlist (in file order). */
  | 'WAITLIST';

/** Why a whole file could not be read. */
export type ImportFileError = {
  __typename?: 'ImportFileError';
  /** Namespaced code, e.g. import/unreadable_file, import/missing_columns, import/too_many_rows. */
  code: Scalars['String']['output'];
  /** What is wrong, in Vietnamese. */
  message: Scalars['String']['output'];
};

/** One row of the file and what committing it will do. */
export type ImportPreviewRow = {
  __typename?: 'ImportPreviewRow';
  /** What happens to the directory. */
  action: ImportRowAction;
  /** The commune’s name: the matched commune’s, else as written. */
  communeName?: Maybe<Scalars['String']['output']>;
  /** Date of birth, when it could be read. */
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** What happens in the class. */
  enrolment: ImportEnrolmentAction;
  /** The row’s errors, by column. */
  errors: Array<ImportRowError>;
  /** Full name as read (NFC). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Row number in the spreadsheet. */
  row: Scalars['Int']['output'];
};

/** What committing a row does to the officials directory. */
export type ImportRowAction =
  /** A new official is created. */
  | 'CREATE'
  /** The row has errors; nothing can be committed until they are fixed. */
  | 'ERROR'
  /** The matching official already has the file’s values. */
  | 'UNCHANGED'
  /** The matching official (same commune, name and date of birth) gets the file’s values. */
  | 'UPDATE';

/** One problem in one cell (or row) of an uploaded file. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** The column’s header as written in the file. */
  column: Scalars['String']['output'];
  /** What is wrong, in Vietnamese. */
  message: Scalars['String']['output'];
  /** Reason code: required, invalid_date, out_of_range, invalid_value, commune_not_found, duplicate_row, ... */
  reason: Scalars['String']['output'];
  /** Row number in the spreadsheet (the header is usually row 1). */
  row: Scalars['Int']['output'];
  /** The cell’s value as read (shortened), when there was one. */
  value?: Maybe<Scalars['String']['output']>;
};

/** Where an uploaded import of officials stands. */
export type ImportStatus =
  /** The file is being read and checked in the background (see processedRows/totalRows). */
  | 'ANALYSING'
  /** Written to the directory and the class. */
  | 'COMMITTED'
  /** Being written to the directory and the class. */
  | 'COMMITTING'
  /** The file could not be read at all (see fileError). */
  | 'FAILED'
  /** Analysed, with row errors: fix the file and upload it again. */
  | 'INVALID'
  /** Analysed without errors: it can be committed. */
  | 'READY';

/** Hours of one topic kind in a program. */
export type KindHours = {
  __typename?: 'KindHours';
  /** Total hours of topics of this kind. */
  hours: Scalars['Float']['output'];
  /** The kind. */
  kind: TopicKind;
};

/** A lecturer account, as shown on classes and in pickers. */
export type Lecturer = {
  __typename?: 'Lecturer';
  /** Name shown in the interface, e.g. "ThS. Trần Thị Minh Hà (Trường Chính trị tỉnh Nghệ An)". */
  displayName: Scalars['String']['output'];
  /** The user’s id. */
  id: Scalars['ID']['output'];
};

/** How a lecturer stands to the school. */
export type LecturerKind =
  /** Giảng viên kiêm chức: a serving leader who also teaches. */
  | 'CONCURRENT'
  /** Giảng viên cơ hữu: staff of the provincial Political School. */
  | 'SCHOOL'
  /** Giảng viên thỉnh giảng: visiting, e.g. from a provincial department. */
  | 'VISITING';

/** A short-lived join token for the media service, and what it grants. */
export type LiveJoin = {
  __typename?: 'LiveJoin';
  /** The name other participants see. */
  displayName: Scalars['String']['output'];
  /** When the token expires: ask for a new one before reconnecting after this. */
  expiresAt: Scalars['DateTime']['output'];
  /** The role the token grants in the room. */
  role: LiveRole;
  /** The class session (room) the token is for. */
  sessionId: Scalars['ID']['output'];
  /** HS256 join token: pass it as `auth.token` of the socket.io handshake on `/live`. */
  token: Scalars['String']['output'];
};

/** Role of a participant in a live session (the `role` claim of the join token). */
export type LiveRole =
  /** The device in the school’s classroom: room camera and microphone, remote trainees on the projector. */
  | 'CLASSROOM'
  /** Teaches the session: may publish, moderate and share the screen. */
  | 'LECTURER'
  /** Watches only (administrator, commune coordinator): never publishes. */
  | 'OBSERVER'
  /** An official following the session from their own device. */
  | 'TRAINEE';

/** Credentials for signing in. */
export type LoginInput = {
  /** Account email. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** What to sign out. */
export type LogoutInput = {
  /** The refresh token to revoke (this device’s session). */
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a session to a class’s timetable; refused with `class/lecturer_double_booked` or `class/room_double_booked` (extensions.clash names the other class and time) when it overlaps another booking (administrators). */
  addClassSession: TrainingClass;
  /** Adds a topic at the end of a program; returns the program (administrators). */
  addProgramTopic: Program;
  /** Approves pending nominations in one transaction (administrators): each official is enrolled by the enrolment rules (a seat while one is free, else the waitlist), earliest nomination first. Any refusal approves none. */
  approveNominations: Array<Nomination>;
  /** Assigns a lecturer to a class, or changes the kind of one already assigned; returns the class (administrators). */
  assignClassLecturer: TrainingClass;
  /** Checks the signed-in trainee in to the session of a scanned classroom code: present in the room from now to the session’s end. Idempotent (the first check-in stands). Refuses `attendance/code_expired`, `attendance/code_invalid` (forged or malformed) and `attendance/not_enrolled` (trainees). */
  checkIn: CheckInResult;
  /** Closes an open poll: no more votes, the results are final (administrators, lecturers of the class). `poll/closed` if it already is. */
  closePoll: Poll;
  /** Writes a READY import in one transaction: creates and updates officials and enrols them into the class (seats first, then the waitlist in file order). Committing the same file again changes nothing. Refused with `import/has_errors`, `import/not_ready` or `import/already_committed` (administrators). */
  commitOfficialImport: OfficialImport;
  /** Corrects one official’s attendance of a session, with a reason (at least 5 characters). Appended to the audit log; the latest correction counts (lecturers of the class, administrators). */
  correctAttendance: SessionAttendanceRow;
  /** Creates a class, with its lecturers if given, all or nothing (administrators). */
  createClass: TrainingClass;
  /** Adds an official (administrators; coordinators for their own commune). */
  createOfficial: Official;
  /** Asks a poll in a class session (administrators, lecturers of the class). Bad input is refused with `validation/invalid_input` naming `question`, `options` or `options.<index>`. */
  createPoll: Poll;
  /** Creates a program, with its topics if given, all or nothing (administrators). */
  createProgram: Program;
  /** Marks an official as no longer serving; the record is kept. */
  deactivateOfficial: Official;
  /** Deletes a class with its lecturers and timetable (administrators); true when done. */
  deleteClass: Scalars['Boolean']['output'];
  /** Deletes a program and its topics (administrators); true when done. */
  deleteProgram: Scalars['Boolean']['output'];
  /** Enrols an official in a class: ENROLLED while seats remain, else WAITLISTED at the end of the line. A withdrawn official can be enrolled again; an enrolled or waitlisted one is refused with `enrollment/already_enrolled` (administrators). */
  enrollOfficial: Enrollment;
  /** A short-lived join token for the live room of a class session. Lecturers of the class → LECTURER; trainees with a seat → TRAINEE; administrators and coordinators whose commune has a trainee in the class → OBSERVER; `asClassroom` (lecturers of the class, administrators) → CLASSROOM. Others get `live/not_a_participant`; outside the join window (30 minutes before the start to 30 minutes after the end by default) `live/session_not_open`. */
  joinLiveSession: LiveJoin;
  /** Signs in with email and password; throttled per account and per IP. */
  login: AuthPayload;
  /** Signs out: revokes the given refresh token and those rotated from it. */
  logout: Scalars['Boolean']['output'];
  /** Nominates officials for a class, all or none (coordinators: officials of their commune, else `nomination/forbidden_commune`; administrators: any). Refused with `nomination/already_nominated`, `nomination/quota_full` (extensions name the quota) or `nomination/class_closed` once the class has ended. */
  nominateOfficials: Array<Nomination>;
  /** Exchanges a refresh token for a new access token and refresh token. */
  refreshToken: AuthPayload;
  /** Rejects pending nominations with a reason, in one transaction (administrators). */
  rejectNominations: Array<Nomination>;
  /** Removes a lecturer who teaches none of the class’s sessions; returns the class (administrators). */
  removeClassLecturer: TrainingClass;
  /** Removes a session from the timetable; returns its class (administrators). */
  removeClassSession: TrainingClass;
  /** Removes a topic and closes the gap in the order; returns its program (administrators). */
  removeProgramTopic: Program;
  /** Sets the teaching order of a program’s topics in one transaction (administrators). */
  reorderProgramTopics: Program;
  /** Sets or clears per-commune quotas of a class in one transaction (administrators). All of a class’s quotas lie in one province; each is 1-500 or null to clear. The sum may exceed the capacity: `exceedsCapacity` then warns. */
  setNominationQuotas: ClassNominationQuotas;
  /** Changes a class’s own fields; sessions must stay inside its dates (administrators). */
  updateClass: TrainingClass;
  /** Changes a session, with the same checks as adding one; returns its class (administrators). */
  updateClassSession: TrainingClass;
  /** Changes an official (administrators; coordinators for their own commune). */
  updateOfficial: Official;
  /** Changes a program’s own fields and target groups (administrators). */
  updateProgram: Program;
  /** Changes a topic; returns its program (administrators). */
  updateProgramTopic: Program;
  /** Votes in an open poll (trainees holding a seat in the class); voting again replaces your ballot. Refuses `poll/closed`, and `validation/invalid_input` on `optionIds` (none chosen, several on a one-choice poll, or an option of another poll). */
  votePoll: Poll;
  /** Withdraws an enrolment. When it frees a seat, the first official on the waitlist is promoted to ENROLLED automatically in the same transaction (returned as `promoted`) and the rest of the line moves up (administrators). */
  withdrawEnrollment: WithdrawalResult;
  /** Withdraws a pending nomination (coordinators: their commune’s; administrators). */
  withdrawNomination: Nomination;
};


export type MutationAddClassSessionArgs = {
  classId: Scalars['ID']['input'];
  input: ClassSessionInput;
};


export type MutationAddProgramTopicArgs = {
  input: ProgramTopicInput;
  programId: Scalars['ID']['input'];
};


export type MutationApproveNominationsArgs = {
  nominationIds: Array<Scalars['ID']['input']>;
};


export type MutationAssignClassLecturerArgs = {
  classId: Scalars['ID']['input'];
  input: ClassLecturerInput;
};


export type MutationCheckInArgs = {
  code: Scalars['String']['input'];
};


export type MutationClosePollArgs = {
  pollId: Scalars['ID']['input'];
};


export type MutationCommitOfficialImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCorrectAttendanceArgs = {
  minutes?: InputMaybe<Scalars['Int']['input']>;
  officialId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationCreateClassArgs = {
  input: CreateClassInput;
};


export type MutationCreateOfficialArgs = {
  input: CreateOfficialInput;
};


export type MutationCreatePollArgs = {
  input: CreatePollInput;
};


export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


export type MutationDeactivateOfficialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteClassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrollOfficialArgs = {
  classId: Scalars['ID']['input'];
  officialId: Scalars['ID']['input'];
};


export type MutationJoinLiveSessionArgs = {
  asClassroom?: InputMaybe<Scalars['Boolean']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input?: InputMaybe<LogoutInput>;
};


export type MutationNominateOfficialsArgs = {
  classId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  officialIds: Array<Scalars['ID']['input']>;
};


export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


export type MutationRejectNominationsArgs = {
  nominationIds: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationRemoveClassLecturerArgs = {
  classId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveClassSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveProgramTopicArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReorderProgramTopicsArgs = {
  programId: Scalars['ID']['input'];
  topicIds: Array<Scalars['ID']['input']>;
};


export type MutationSetNominationQuotasArgs = {
  classId: Scalars['ID']['input'];
  quotas: Array<NominationQuotaInput>;
};


export type MutationUpdateClassArgs = {
  id: Scalars['ID']['input'];
  input: UpdateClassInput;
};


export type MutationUpdateClassSessionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateClassSessionInput;
};


export type MutationUpdateOfficialArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOfficialInput;
};


export type MutationUpdateProgramArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProgramInput;
};


export type MutationUpdateProgramTopicArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProgramTopicInput;
};


export type MutationVotePollArgs = {
  optionIds: Array<Scalars['ID']['input']>;
  pollId: Scalars['ID']['input'];
};


export type MutationWithdrawEnrollmentArgs = {
  enrollmentId: Scalars['ID']['input'];
};


export type MutationWithdrawNominationArgs = {
  nominationId: Scalars['ID']['input'];
};

/** A class the signed-in trainee is enrolled or waitlisted in. */
export type MyClass = {
  __typename?: 'MyClass';
  /** ENROLLED or WAITLISTED. */
  status: EnrollmentStatus;
  /** The class, with its timetable. */
  trainingClass: TrainingClass;
  /** 1-based place in the waitlist; null unless WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** A commune’s nomination (đề cử) of one of its officials for a class. */
export type Nomination = {
  __typename?: 'Nomination';
  /** The class’s code, e.g. NA-2026-L30. */
  classCode: Scalars['String']['output'];
  /** The class’s id. */
  classId: Scalars['ID']['output'];
  /** The nominating commune (the official’s commune when nominated). */
  communeId: Scalars['ID']['output'];
  /** Name of the nominating commune. */
  communeName: Scalars['String']['output'];
  /** When it was approved, rejected or withdrawn. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved, rejected or withdrew it. */
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** The official’s enrolment in the class, if any (ENROLLED or WAITLISTED after approval). */
  enrollmentStatus?: Maybe<EnrollmentStatus>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When the official was (last) nominated. */
  nominatedAt: Scalars['DateTime']['output'];
  /** Who nominated (account display name). */
  nominatedByName?: Maybe<Scalars['String']['output']>;
  /** The commune’s note, e.g. why this official. */
  note?: Maybe<Scalars['String']['output']>;
  /** The nominated official. */
  official: EnrolledOfficial;
  /** Why it was rejected; null unless REJECTED. */
  rejectReason?: Maybe<Scalars['String']['output']>;
  /** Pending, approved, rejected or withdrawn. */
  status: NominationStatus;
  /** 1-based waitlist place when WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** The class of a commune’s nominations, in brief. */
export type NominationClass = {
  __typename?: 'NominationClass';
  /** Seats. */
  capacity: Scalars['Int']['output'];
  /** Code, e.g. NA-2026-L30. */
  code: Scalars['String']['output'];
  /** Last day (inclusive). */
  endDate: Scalars['LocalDate']['output'];
  /** The class’s id. */
  id: Scalars['ID']['output'];
  /** First day. */
  startDate: Scalars['LocalDate']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Where it is held. */
  venue: Scalars['String']['output'];
};

/** One commune’s quota for a class. */
export type NominationQuotaInput = {
  /** The commune or ward. */
  communeId: Scalars['ID']['input'];
  /** Seats the commune may fill with nominations, 1-500; null clears the quota (no limit). */
  quota?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a commune’s nomination of an official for a class stands. */
export type NominationStatus =
  /** Đã duyệt: approved; the official was enrolled (a seat or the waitlist). */
  | 'APPROVED'
  /** Chờ duyệt: waiting for an administrator. */
  | 'PENDING'
  /** Bị từ chối: rejected, with a reason. */
  | 'REJECTED'
  /** Đã rút: withdrawn by the commune before a decision. */
  | 'WITHDRAWN';

/** A commune-level official (cán bộ, công chức cấp xã). */
export type Official = {
  __typename?: 'Official';
  /** False once deactivated (left the post); kept for history. */
  active: Scalars['Boolean']['output'];
  /** Bloc (khối). */
  bloc: Bloc;
  /** The commune or ward the official works in. */
  commune: Commune;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of birth. */
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** Email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Ethnicity (dân tộc), e.g. Kinh, Thái, Khơ Mú. */
  ethnicity: Scalars['String']['output'];
  /** Full name (họ và tên), in Vietnamese with diacritics. */
  fullName: Scalars['String']['output'];
  /** Gender. */
  gender: Gender;
  /** Works in a remote, border, island or especially hard area. */
  hardshipArea: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Political theory level; empty when not recorded. */
  politicalTheoryLevel?: Maybe<PoliticalTheoryLevel>;
  /** Position (chức danh). */
  position: Position;
  /** Professional qualification; empty when not recorded. */
  professionalLevel?: Maybe<ProfessionalLevel>;
  /** State management level; empty when not recorded. */
  stateManagementLevel?: Maybe<StateManagementLevel>;
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of officials. */
export type OfficialConnection = {
  __typename?: 'OfficialConnection';
  /** The officials on this page, in name order. */
  edges: Array<OfficialEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many officials match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One official in a page. */
export type OfficialEdge = {
  __typename?: 'OfficialEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The official. */
  node: Official;
};

/** Filters for the officials directory; all given filters must match. */
export type OfficialFilter = {
  /** Only this bloc. */
  bloc?: InputMaybe<Bloc>;
  /** Only officials of this commune/ward. */
  communeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this gender. */
  gender?: InputMaybe<Gender>;
  /** Only officials in (true) or outside (false) hardship areas. */
  hardshipArea?: InputMaybe<Scalars['Boolean']['input']>;
  /** Also list deactivated officials. */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this political theory level. */
  politicalTheoryLevel?: InputMaybe<PoliticalTheoryLevel>;
  /** Only this position. */
  position?: InputMaybe<Position>;
  /** Only this professional qualification. */
  professionalLevel?: InputMaybe<ProfessionalLevel>;
  /** Only officials of this province. */
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  /** Words that must all match, insensitive to case and Vietnamese diacritics ("nguyen van duc"): in the name, or in phone and email for words with a digit or @. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this state management level. */
  stateManagementLevel?: InputMaybe<StateManagementLevel>;
};

/** A spreadsheet (CSV or XLSX) of officials uploaded to enrol a cohort into a class: analysed in the background into a dry-run report, then committed all at once. Rows match existing officials by commune + folded full name + date of birth. */
export type OfficialImport = {
  __typename?: 'OfficialImport';
  /** Officials already enrolled or waitlisted in the class. */
  alreadyEnrolled: Scalars['Int']['output'];
  /** The class the officials are enrolled into. */
  class?: Maybe<TrainingClass>;
  /** When the import was committed. */
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the file was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** Text encoding of a CSV file (UTF-8, UTF-16LE, UTF-16BE, windows-1258). */
  encoding?: Maybe<Scalars['String']['output']>;
  /** Row errors (cells) found. */
  errorCount: Scalars['Int']['output'];
  /** Row errors, ordered by row, then column. */
  errors: Array<ImportRowError>;
  /** Why the file could not be read (status FAILED). */
  fileError?: Maybe<ImportFileError>;
  /** The uploaded file’s name. */
  fileName: Scalars['String']['output'];
  /** CSV or XLSX, once detected. */
  format?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The file’s rows in order, with what committing each will do. */
  preview: Array<ImportPreviewRow>;
  /** Rows analysed (or committed) so far. */
  processedRows: Scalars['Int']['output'];
  /** processedRows as a percentage of totalRows (0-100). */
  progressPercent: Scalars['Int']['output'];
  /** Where the import stands. */
  status: ImportStatus;
  /** Rows that create a new official. */
  toCreate: Scalars['Int']['output'];
  /** Officials who get a seat in the class. */
  toEnrol: Scalars['Int']['output'];
  /** Rows that update an existing official. */
  toUpdate: Scalars['Int']['output'];
  /** Officials who join the waitlist (the class is full). */
  toWaitlist: Scalars['Int']['output'];
  /** Data rows in the file (blank lines not counted); null until known. */
  totalRows?: Maybe<Scalars['Int']['output']>;
  /** Rows whose official already has the file’s values. */
  unchanged: Scalars['Int']['output'];
};


/** A spreadsheet (CSV or XLSX) of officials uploaded to enrol a cohort into a class: analysed in the background into a dry-run report, then committed all at once. Rows match existing officials by commune + folded full name + date of birth. */
export type OfficialImportErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A spreadsheet (CSV or XLSX) of officials uploaded to enrol a cohort into a class: analysed in the background into a dry-run report, then committed all at once. Rows match existing officials by commune + folded full name + date of birth. */
export type OfficialImportPreviewArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  onlyErrors?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Cursor paging state. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Officials of one bloc (khối) in the plan’s scope. */
export type PlanBloc = {
  __typename?: 'PlanBloc';
  /** Active officials of the bloc in scope. */
  activeOfficials: Scalars['Int']['output'];
  /** The bloc. */
  bloc: Bloc;
  /** Of them, not yet trained (see `AnnualPlan.notYetTrained`). */
  notYetTrained: Scalars['Int']['output'];
};

/** One month of the annual plan. */
export type PlanMonth = {
  __typename?: 'PlanMonth';
  /** Classes starting in the month. */
  classes: Scalars['Int']['output'];
  /** Month, 1-12. */
  month: Scalars['Int']['output'];
  /** Their seats (sum of capacities). */
  seats: Scalars['Int']['output'];
};

/** Trình độ lý luận chính trị: cao cấp/cử nhân, trung cấp, sơ cấp, chưa qua đào tạo. */
export type PoliticalTheoryLevel =
  | 'ADVANCED'
  | 'ELEMENTARY'
  | 'INTERMEDIATE'
  | 'NONE';

/** A question asked during a class session, with its options and live results. */
export type Poll = {
  __typename?: 'Poll';
  /** Several options may be chosen (checkboxes) instead of exactly one (radio buttons). */
  allowMultiple: Scalars['Boolean']['output'];
  /** Results never name voters. */
  anonymous: Scalars['Boolean']['output'];
  /** When it was closed; null while open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was asked. */
  createdAt: Scalars['DateTime']['output'];
  /** Display name of the lecturer or administrator who asked it. */
  createdByName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The options the signed-in user chose; empty when they have not voted. */
  myOptionIds: Array<Scalars['ID']['output']>;
  /** The options, in the order they were written. */
  options: Array<PollOption>;
  /** The question, 1–300 characters. */
  question: Scalars['String']['output'];
  /** The class session the poll belongs to. */
  sessionId: Scalars['ID']['output'];
  /** OPEN (takes votes) or CLOSED (final results). */
  status: PollStatus;
  /** How many people voted (a ballot with several options counts once). */
  totalVoters: Scalars['Int']['output'];
  /** Grows with every vote and the close: of two copies of the same poll (a reply, a pollUpdated event), keep the higher. */
  version: Scalars['Int']['output'];
};

/** One answer option of a poll, with its live count. */
export type PollOption = {
  __typename?: 'PollOption';
  /** Stable identifier (what votePoll takes). */
  id: Scalars['ID']['output'];
  /** The option’s text. */
  label: Scalars['String']['output'];
  /** Order in the poll, from 0. */
  position: Scalars['Int']['output'];
  /** Who chose it, in name order: for administrators and lecturers of the class on polls that are not anonymous; null otherwise. */
  voters?: Maybe<Array<PollVoter>>;
  /** How many ballots chose this option. */
  votes: Scalars['Int']['output'];
};

/** Whether a poll still takes votes. */
export type PollStatus =
  /** Đã đóng: the results are final. */
  | 'CLOSED'
  /** Đang mở: trainees vote (and may change their vote); results update live. */
  | 'OPEN';

/** Someone who chose an option (shown only to the people running the class, never for anonymous polls). */
export type PollVoter = {
  __typename?: 'PollVoter';
  /** The voter’s display name. */
  displayName: Scalars['String']['output'];
  /** The voter’s user id. */
  userId: Scalars['ID']['output'];
};

/** Chức danh: the official’s position. */
export type Position =
  | 'DEPUTY_PARTY_SECRETARY'
  | 'DIVISION_DEPUTY_HEAD'
  | 'DIVISION_HEAD'
  | 'FRONT_CHAIR'
  | 'FRONT_VICE_CHAIR'
  | 'INSPECTION_COMMITTEE_CHAIR'
  | 'INSPECTION_COMMITTEE_VICE_CHAIR'
  | 'MASS_ORGANISATION_DEPUTY_HEAD'
  | 'MASS_ORGANISATION_HEAD'
  | 'MILITARY_COMMANDER'
  | 'MILITARY_DEPUTY_COMMANDER'
  | 'PARTY_BUILDING_DEPUTY_HEAD'
  | 'PARTY_BUILDING_HEAD'
  | 'PARTY_OFFICE_CHIEF'
  | 'PARTY_OFFICE_DEPUTY_CHIEF'
  | 'PARTY_SECRETARY'
  | 'PEOPLES_COMMITTEE_CHAIR'
  | 'PEOPLES_COMMITTEE_VICE_CHAIR'
  | 'PEOPLES_COUNCIL_BOARD_HEAD'
  | 'PEOPLES_COUNCIL_CHAIR'
  | 'PEOPLES_COUNCIL_VICE_CHAIR'
  | 'SPECIALIST';

/** Trình độ chuyên môn: tiến sĩ, thạc sĩ, đại học, cao đẳng/trung cấp, sơ cấp/chưa qua đào tạo. */
export type ProfessionalLevel =
  | 'BACHELOR'
  | 'COLLEGE_OR_VOCATIONAL'
  | 'DOCTORATE'
  | 'ELEMENTARY_OR_NONE'
  | 'MASTER';

/** A training program (chương trình bồi dưỡng): topics for target groups. */
export type Program = {
  __typename?: 'Program';
  /** Unique code, e.g. NA-2026-XA. */
  code: Scalars['String']['output'];
  /** When the program was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description: aims, format, venue. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last year of the period. */
  endYear: Scalars['Int']['output'];
  /** Hours per topic kind, every kind listed (zero included). */
  hoursByKind: Array<KindHours>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Hours of every other kind (skills and practice). */
  practiceHours: Scalars['Float']['output'];
  /** Practice share of all hours, percent with one decimal; 0 without topics. */
  practicePercent: Scalars['Float']['output'];
  /** Practice share (percent of hours) below which `practiceWarning` is set. */
  practiceThresholdPercent: Scalars['Int']['output'];
  /** True when the practice share is under `practiceThresholdPercent`. */
  practiceWarning: Scalars['Boolean']['output'];
  /** First year of the period. */
  startYear: Scalars['Int']['output'];
  /** Target groups, in the order given. */
  targetGroups: Array<TargetGroup>;
  /** Hours of THEORY topics. */
  theoryHours: Scalars['Float']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Number of topics. */
  topicCount: Scalars['Int']['output'];
  /** Topics in teaching order. */
  topics: Array<ProgramTopic>;
  /** Hours of all topics. */
  totalHours: Scalars['Float']['output'];
  /** When the program or one of its topics last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A topic (chuyên đề) of a program. */
export type ProgramTopic = {
  __typename?: 'ProgramTopic';
  /** Teaching hours (one decimal). */
  hours: Scalars['Float']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Counts as skills and practice (every kind but THEORY). */
  isPractice: Scalars['Boolean']['output'];
  /** How it is taught. */
  kind: TopicKind;
  /** Teaching order within the program, from 0. */
  position: Scalars['Int']['output'];
  /** Codes of the target groups it serves; empty means all of the program’s. */
  targetGroupCodes: Array<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A topic (chuyên đề) to add to a program. */
export type ProgramTopicInput = {
  /** Teaching hours: more than 0, at most 200, one decimal (a day is about 8). */
  hours: Scalars['Float']['input'];
  /** How it is taught; everything but THEORY counts as practice. */
  kind: TopicKind;
  /** Codes of the program’s target groups this topic serves; empty or omitted means all. */
  targetGroupCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title, 2 to 300 characters. */
  title: Scalars['String']['input'];
};

/** A province (tỉnh/thành phố), the upper level of local government. */
export type Province = {
  __typename?: 'Province';
  /** Administrative code, e.g. "40" for Nghệ An. */
  code: Scalars['String']['output'];
  /** Communes and wards of this province, in name order. */
  communes: Array<Commune>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, e.g. "Nghệ An". */
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Kế hoạch năm: a year’s classes against the target band, per month, seats, enrolments and officials not yet trained (administrators and lecturers: any province; coordinators: their province with their commune’s figures; trainees refused). */
  annualPlan: AnnualPlan;
  /** One class by id with its timetable; `class/not_found` when there is none. */
  class: TrainingClass;
  /** A class’s attendance grid (officials × sessions), scoped as sessionAttendance. */
  classAttendance: ClassAttendance;
  /** A class’s enrolments: enrolled by name, then the waitlist in order, then withdrawals. Administrators see all, lecturers those of classes they teach, coordinators only their commune’s officials; trainees are refused. */
  classEnrollments: Array<Enrollment>;
  /** A class’s nominations: pending first, then approved, rejected, withdrawn; by commune and name. Administrators see all, lecturers those of classes they teach, coordinators only their commune’s; trainees are refused. */
  classNominations: Array<Nomination>;
  /** Classes, earliest first (any signed-in user). Lecturers get "my classes" with `lecturerId` set to their own id; trainees get theirs from `myClasses`. */
  classes: Array<TrainingClass>;
  /** Communes and wards, in name order; only those of one province when given. */
  communes: Array<Commune>;
  /** Every active lecturer account, by name, for pickers (administrators and lecturers). */
  lecturers: Array<Lecturer>;
  /** A fresh rotating check-in code for the classroom screen’s QR, valid CHECKIN_CODE_TTL_SECONDS (lecturers of the class, administrators; only while the session is open, else `live/session_not_open`). */
  liveCheckInCode: CheckInCode;
  /** The signed-in user. */
  me: User;
  /** Lớp của tôi: the classes the signed-in trainee is enrolled or waitlisted in, earliest first (trainees). */
  myClasses: Array<MyClass>;
  /** Đề cử của xã: every class not yet ended (and ended ones the commune nominated for) with the commune’s quota use and nominations, earliest first. Coordinators get their own commune; administrators must name one. */
  myCommuneNominations: Array<CommuneClassNominations>;
  /** A class’s per-commune quotas with their use (administrators; lecturers for classes they teach; coordinators see only their commune). */
  nominationQuotas: ClassNominationQuotas;
  /** One official by id; `official/not_found` when it is not yours to see. */
  official: Official;
  /** An uploaded import of officials (POST /api/imports/officials) with its dry-run report; poll it while ANALYSING or COMMITTING to show progress. Refused with `import/not_found` for an unknown id (administrators). */
  officialImport: OfficialImport;
  /** Officials you may see, in name order, one page at a time (coordinators: their commune only). */
  officials: OfficialConnection;
  /** One training program by id; `program/not_found` when there is none. */
  program: Program;
  /** Every training program, newest period first (any signed-in user). */
  programs: Array<Program>;
  /** All provinces, in name order. */
  provinces: Array<Province>;
  /** Attendance of one session, merged from live connections, classroom check-ins and corrections. Administrators and lecturers of the class see every enrolled official; coordinators their commune’s; a trainee only their own row. */
  sessionAttendance: SessionAttendance;
  /** The polls of a class session with live counts and your own choices (administrators and lecturers of the class also see voters of polls that are not anonymous; trainees with a seat; coordinators whose commune has a trainee in the class). */
  sessionPolls: SessionPolls;
};


export type QueryAnnualPlanArgs = {
  provinceId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryClassArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClassAttendanceArgs = {
  classId: Scalars['ID']['input'];
};


export type QueryClassEnrollmentsArgs = {
  classId: Scalars['ID']['input'];
};


export type QueryClassNominationsArgs = {
  classId: Scalars['ID']['input'];
  communeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NominationStatus>;
};


export type QueryClassesArgs = {
  filter?: InputMaybe<ClassFilterInput>;
};


export type QueryCommunesArgs = {
  provinceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLiveCheckInCodeArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryMyCommuneNominationsArgs = {
  communeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNominationQuotasArgs = {
  classId: Scalars['ID']['input'];
};


export type QueryOfficialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficialImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfficialFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionAttendanceArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QuerySessionPollsArgs = {
  sessionId: Scalars['ID']['input'];
};

/** A refresh token to exchange for new tokens. */
export type RefreshTokenInput = {
  /** The refresh token from the last login or refresh. */
  refreshToken: Scalars['String']['input'];
};

/** Account role: administrator, lecturer, trainee or commune coordinator. */
export type Role =
  /** Quản trị: plans classes, builds programs, enrols cohorts, edits every official. */
  | 'ADMIN'
  /** Cán bộ phụ trách xã: nominates and follows the officials of one commune. */
  | 'COORDINATOR'
  /** Giảng viên: teaches, runs exercises, grades; reads officials. */
  | 'LECTURER'
  /** Học viên: a commune official studying; sees only their own record. */
  | 'TRAINEE';

/** Attendance of one session. */
export type SessionAttendance = {
  __typename?: 'SessionAttendance';
  /** How many of the rows are in progress (session under way, not decided yet): neither present nor absent. */
  inProgressCount: Scalars['Int']['output'];
  /** Percent of the session needed to count as present. */
  minPresencePercent: Scalars['Int']['output'];
  /** How many of the rows are present. */
  presentCount: Scalars['Int']['output'];
  /** Enrolled officials by name: all for administrators and lecturers of the class, the commune’s for coordinators, only their own for trainees. */
  rows: Array<SessionAttendanceRow>;
  /** The session. */
  session: ClassSessionInfo;
  /** The session’s length in minutes. */
  sessionMinutes: Scalars['Int']['output'];
  /** Lecturers, the classroom device and observers connected to the live room (administrators and lecturers of the class; empty for others). */
  staff: Array<SessionStaffPresence>;
};

/** One enrolled official’s attendance of one session. */
export type SessionAttendanceRow = {
  __typename?: 'SessionAttendanceRow';
  /** When the trainee checked in with the classroom QR code. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The correction that counts (the latest), if any. */
  correction?: Maybe<AttendanceCorrectionEntry>;
  /** Every correction of this row, newest first (audit log). */
  corrections: Array<AttendanceCorrectionEntry>;
  /** Đang diễn ra: the session is under way and no correction decided this row, so minutes count up to now and it is neither present nor absent yet. */
  inProgress: Scalars['Boolean']['output'];
  /** The stretches counted, in time order. */
  intervals: Array<AttendanceInterval>;
  /** Whole minutes present (overlapping stretches counted once). */
  minutes: Scalars['Int']['output'];
  /** The official. */
  official: EnrolledOfficial;
  /** Percent of the session’s length present (rounded down); while inProgress, percent of the time elapsed so far. */
  percent: Scalars['Int']['output'];
  /** Present: at least ATTENDANCE_MIN_PRESENCE_PERCENT of the session once it has ended, or as corrected. Always false while inProgress. */
  present: Scalars['Boolean']['output'];
  /** Where the figures come from. */
  sources: Array<AttendanceSource>;
};

/** Where a session happens. */
export type SessionMode =
  /** Cả hai: in the room and streamed online. */
  | 'BOTH'
  /** Trực tuyến: online only (no room). */
  | 'ONLINE'
  /** Tại lớp: in the room. */
  | 'ROOM';

/** The polls of one class session, and what the signed-in user may do with them. */
export type SessionPolls = {
  __typename?: 'SessionPolls';
  /** The user may ask and close polls and see voters (administrators, lecturers of the class). */
  canManage: Scalars['Boolean']['output'];
  /** The user may vote in open polls (trainees holding a seat in the class). */
  canVote: Scalars['Boolean']['output'];
  /** The session’s polls, newest first. */
  polls: Array<Poll>;
  /** The class session. */
  sessionId: Scalars['ID']['output'];
};

/** Someone in the live room who holds no seat in the class: a lecturer, the classroom device or an observer. */
export type SessionStaffPresence = {
  __typename?: 'SessionStaffPresence';
  /** The user’s display name. */
  displayName: Scalars['String']['output'];
  /** The live stretches, clipped to the session, in time order. */
  intervals: Array<AttendanceInterval>;
  /** Whole minutes connected (overlapping connections counted once). */
  minutes: Scalars['Int']['output'];
  /** Live roles they joined with (LECTURER, CLASSROOM, OBSERVER), in order of first appearance. */
  roles: Array<Scalars['String']['output']>;
  /** The user’s id. */
  userId: Scalars['ID']['output'];
};

/** Trình độ quản lý nhà nước: chuyên viên cao cấp, chuyên viên chính, chuyên viên, chưa qua bồi dưỡng. */
export type StateManagementLevel =
  | 'NONE'
  | 'PRINCIPAL_SPECIALIST'
  | 'SENIOR_PRINCIPAL_SPECIALIST'
  | 'SPECIALIST';

export type Subscription = {
  __typename?: 'Subscription';
  /** Officials you may see, each time one is created, changed or deactivated. */
  officialChanged: Official;
  /** A poll of the session each time it is asked, voted in or closed, with fresh counts, as sessionPolls would show it to you (same access rules, checked when subscribing). */
  pollUpdated: Poll;
};


export type SubscriptionPollUpdatedArgs = {
  sessionId: Scalars['ID']['input'];
};

/** A target group (nhóm đối tượng) of a program. */
export type TargetGroup = {
  __typename?: 'TargetGroup';
  /** Short code, unique within the program (e.g. BI_THU). */
  code: Scalars['String']['output'];
  /** Vietnamese name, e.g. "Bí thư, phó bí thư cấp ủy cấp xã". */
  name: Scalars['String']['output'];
};

/** A target group (nhóm đối tượng) of a program. */
export type TargetGroupInput = {
  /** Short code, unique within the program: capital letters, digits, "_" or "-", at most 20 (e.g. BI_THU). */
  code: Scalars['String']['input'];
  /** Vietnamese name, e.g. "Bí thư, phó bí thư cấp ủy cấp xã" (at most 200 characters). */
  name: Scalars['String']['input'];
};

/** How a topic is taught. Everything but THEORY counts as skills and practice. */
export type TopicKind =
  /** Xử lý tình huống: case handling. */
  | 'CASE_EXERCISE'
  /** Đi thực tế: a field trip. */
  | 'FIELD_TRIP'
  /** Thực hành: skills practice, group discussion, simulation. */
  | 'PRACTICE'
  /** Bài thu hoạch: the written reflection essay. */
  | 'REFLECTION_ESSAY'
  /** Đóng vai: role-play. */
  | 'ROLE_PLAY'
  /** Lý thuyết: lectures on theory, policy and law. */
  | 'THEORY';

/** A class (lớp bồi dưỡng): one offering of a program with dates, venue, lecturers and a timetable. Every signed-in user reads classes; trainees get theirs from `myClasses`, enrolments from `classEnrollments`. */
export type TrainingClass = {
  __typename?: 'TrainingClass';
  /** Seats (1-500). */
  capacity: Scalars['Int']['output'];
  /** True when the capacity is outside 60-70 trainees (the Nghệ An rule). */
  capacityWarning: Scalars['Boolean']['output'];
  /** Unique code, e.g. NA-2026-L01. */
  code: Scalars['String']['output'];
  /** When the class was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Number of calendar days, both ends included. */
  dayCount: Scalars['Int']['output'];
  /** In person, online or blended. */
  deliveryFormat: DeliveryFormat;
  /** Last day (inclusive). */
  endDate: Scalars['LocalDate']['output'];
  /** Officials holding a seat (ENROLLED). */
  enrolledCount: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Assigned lecturers, by name. */
  lecturers: Array<ClassLecturer>;
  /** The program this class offers. */
  program: Program;
  /** Number of sessions. */
  sessionCount: Scalars['Int']['output'];
  /** The timetable, in time order. */
  sessions: Array<ClassSession>;
  /** First day. */
  startDate: Scalars['LocalDate']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** When the class, its lecturers or its timetable last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where it is held, e.g. "Trường Chính trị tỉnh Nghệ An". */
  venue: Scalars['String']['output'];
  /** Officials on the waitlist (WAITLISTED). */
  waitlistCount: Scalars['Int']['output'];
};

/** Changes to a class; omitted fields stay as they are. */
export type UpdateClassInput = {
  /** Seats, 1-500. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Unique code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Delivery format. */
  deliveryFormat?: InputMaybe<DeliveryFormat>;
  /** Last day; every session must stay inside the dates. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Another program; only while the class has no sessions. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** First day; every session must stay inside the dates. */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Title, 2 to 300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Venue. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a session; omitted fields stay as they are. */
export type UpdateClassSessionInput = {
  /** End. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** One of the class’s lecturers (user id). */
  lecturerId?: InputMaybe<Scalars['ID']['input']>;
  /** In the room, online, or both. */
  mode?: InputMaybe<SessionMode>;
  /** Room; required unless ONLINE, ignored (cleared) for ONLINE. */
  room?: InputMaybe<Scalars['String']['input']>;
  /** Start. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A topic of the class’s program. */
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an official; omitted fields stay as they are, null clears an optional field. */
export type UpdateOfficialInput = {
  /** Bloc. */
  bloc?: InputMaybe<Bloc>;
  /** Move to another commune (administrators only). */
  communeId?: InputMaybe<Scalars['ID']['input']>;
  /** Date of birth. */
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Ethnicity. */
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** Full name, 2 to 200 characters. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Gender. */
  gender?: InputMaybe<Gender>;
  /** Works in a hardship area. */
  hardshipArea?: InputMaybe<Scalars['Boolean']['input']>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Political theory level. */
  politicalTheoryLevel?: InputMaybe<PoliticalTheoryLevel>;
  /** Position. */
  position?: InputMaybe<Position>;
  /** Professional qualification. */
  professionalLevel?: InputMaybe<ProfessionalLevel>;
  /** State management level. */
  stateManagementLevel?: InputMaybe<StateManagementLevel>;
};

/** Changes to a program; omitted fields stay as they are, null clears the description. */
export type UpdateProgramInput = {
  /** Unique code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Description (at most 5,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last year of the period. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Practice threshold, percent (0-100). */
  practiceThresholdPercent?: InputMaybe<Scalars['Int']['input']>;
  /** First year of the period. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the target groups; a group still named by a topic cannot be dropped. */
  targetGroups?: InputMaybe<Array<TargetGroupInput>>;
  /** Title, 2 to 300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a topic; omitted fields stay as they are. */
export type UpdateProgramTopicInput = {
  /** Teaching hours: more than 0, at most 200, one decimal. */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** How it is taught. */
  kind?: InputMaybe<TopicKind>;
  /** Target group codes served; an empty list means all. */
  targetGroupCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title, 2 to 300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A sign-in account. */
export type User = {
  __typename?: 'User';
  /** A coordinator’s commune. */
  commune?: Maybe<Commune>;
  /** Name shown in the interface. */
  displayName: Scalars['String']['output'];
  /** Sign-in email, lower case. */
  email: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The directory record of a trainee account. */
  official?: Maybe<Official>;
  /** The account’s one role. */
  role: Role;
};

/** The outcome of a withdrawal. */
export type WithdrawalResult = {
  __typename?: 'WithdrawalResult';
  /** The first waitlisted official, promoted to the freed seat in the same transaction; null when no seat was freed or nobody waited. */
  promoted?: Maybe<Enrollment>;
  /** The withdrawn enrolment. */
  withdrawn: Enrollment;
};

export type ClassEnrollmentsQueryVariables = Exact<{
  classId: Scalars['ID']['input'];
}>;


export type ClassEnrollmentsQuery = { __typename?: 'Query', classEnrollments: Array<{ __typename?: 'Enrollment', id: string, status: EnrollmentStatus, waitlistPosition?: number | null, official: { __typename?: 'EnrolledOfficial', id: string, fullName: string, communeName: string } }>, class: { __typename?: 'TrainingClass', id: string, capacity: number, enrolledCount: number, waitlistCount: number } };

export type EnrollOfficialSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type EnrollOfficialSearchQuery = { __typename?: 'Query', officials: { __typename?: 'OfficialConnection', edges: Array<{ __typename?: 'OfficialEdge', node: { __typename?: 'Official', id: string, fullName: string, commune: { __typename?: 'Commune', id: string, name: string } } }> } };

export type EnrollOfficialMutationVariables = Exact<{
  classId: Scalars['ID']['input'];
  officialId: Scalars['ID']['input'];
}>;


export type EnrollOfficialMutation = { __typename?: 'Mutation', enrollOfficial: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus, waitlistPosition?: number | null } };

export type WithdrawEnrollmentMutationVariables = Exact<{
  enrollmentId: Scalars['ID']['input'];
}>;


export type WithdrawEnrollmentMutation = { __typename?: 'Mutation', withdrawEnrollment: { __typename?: 'WithdrawalResult', withdrawn: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus }, promoted?: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus, official: { __typename?: 'EnrolledOfficial', id: string, fullName: string } } | null } };

export type CommuneOptionsQueryVariables = Exact<{
  provinceId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CommuneOptionsQuery = { __typename?: 'Query', communes: Array<{ __typename?: 'Commune', id: string, name: string, kind: CommuneKind }> };

export type OfficialImportErrorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficialImportErrorsQuery = { __typename?: 'Query', officialImport: { __typename?: 'OfficialImport', id: string, errors: Array<{ __typename?: 'ImportRowError', row: number, column: string, reason: string, message: string, value?: string | null }> } };

export type OfficialImportPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  offset: Scalars['Int']['input'];
  onlyErrors: Scalars['Boolean']['input'];
}>;


export type OfficialImportPreviewQuery = { __typename?: 'Query', officialImport: { __typename?: 'OfficialImport', id: string, preview: Array<{ __typename?: 'ImportPreviewRow', row: number, fullName?: string | null, dateOfBirth?: string | null, communeName?: string | null, action: ImportRowAction, enrolment: ImportEnrolmentAction, errors: Array<{ __typename?: 'ImportRowError', column: string, reason: string, message: string }> }> } };

export type MyClassesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyClassesQuery = { __typename?: 'Query', myClasses: Array<{ __typename?: 'MyClass', status: EnrollmentStatus, waitlistPosition?: number | null, trainingClass: { __typename?: 'TrainingClass', id: string, code: string, title: string, startDate: string, endDate: string, venue: string } }> };

export type OfficialFormFieldsFragment = { __typename?: 'Official', id: string, fullName: string, dateOfBirth?: string | null, gender: Gender, ethnicity: string, email?: string | null, phone?: string | null, bloc: Bloc, position: Position, professionalLevel?: ProfessionalLevel | null, politicalTheoryLevel?: PoliticalTheoryLevel | null, stateManagementLevel?: StateManagementLevel | null, hardshipArea: boolean, commune: { __typename?: 'Commune', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } } & { ' $fragmentName'?: 'OfficialFormFieldsFragment' };

export type OfficialProfileFragment = { __typename?: 'Official', id: string, fullName: string, dateOfBirth?: string | null, gender: Gender, ethnicity: string, email?: string | null, phone?: string | null, bloc: Bloc, position: Position, professionalLevel?: ProfessionalLevel | null, politicalTheoryLevel?: PoliticalTheoryLevel | null, stateManagementLevel?: StateManagementLevel | null, hardshipArea: boolean, active: boolean, updatedAt: string, commune: { __typename?: 'Commune', id: string, name: string, kind: CommuneKind, province: { __typename?: 'Province', id: string, name: string } } } & { ' $fragmentName'?: 'OfficialProfileFragment' };

export type OfficialSummaryFragment = { __typename?: 'Official', id: string, fullName: string, dateOfBirth?: string | null, position: Position, bloc: Bloc, professionalLevel?: ProfessionalLevel | null, politicalTheoryLevel?: PoliticalTheoryLevel | null, stateManagementLevel?: StateManagementLevel | null, commune: { __typename?: 'Commune', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } } & { ' $fragmentName'?: 'OfficialSummaryFragment' };

export type OfficialRowFragment = { __typename?: 'Official', id: string, fullName: string, dateOfBirth?: string | null, gender: Gender, bloc: Bloc, position: Position, professionalLevel?: ProfessionalLevel | null, politicalTheoryLevel?: PoliticalTheoryLevel | null, stateManagementLevel?: StateManagementLevel | null, hardshipArea: boolean, active: boolean, commune: { __typename?: 'Commune', id: string, name: string, kind: CommuneKind } } & { ' $fragmentName'?: 'OfficialRowFragment' };

export type ProvinceOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceOptionsQuery = { __typename?: 'Query', provinces: Array<{ __typename?: 'Province', id: string, name: string }> };

export type ClassAttendanceQueryVariables = Exact<{
  classId: Scalars['ID']['input'];
}>;


export type ClassAttendanceQuery = { __typename?: 'Query', classAttendance: { __typename?: 'ClassAttendance', classId: string, minPresencePercent: number, sessions: Array<{ __typename?: 'ClassSessionInfo', id: string, startsAt: string, topicTitle: string }>, rows: Array<{ __typename?: 'ClassAttendanceRow', presentCount: number, official: { __typename?: 'EnrolledOfficial', id: string, fullName: string, communeName: string }, cells: Array<{ __typename?: 'ClassAttendanceCell', sessionId: string, minutes: number, percent: number, present: boolean, inProgress: boolean, corrected: boolean }> }> } };

export type AdminOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOverviewQuery = { __typename?: 'Query', provinces: Array<{ __typename?: 'Province', id: string }>, communes: Array<{ __typename?: 'Commune', id: string }> };

export type TraineeHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type TraineeHomeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, official?: (
      { __typename?: 'Official', id: string }
      & { ' $fragmentRefs'?: { 'OfficialSummaryFragment': OfficialSummaryFragment } }
    ) | null } };

export type LiveCheckInCodeQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type LiveCheckInCodeQuery = { __typename?: 'Query', liveCheckInCode: { __typename?: 'CheckInCode', code: string, url: string, expiresAt: string, sessionId: string } };

export type LivePollFieldsFragment = { __typename?: 'Poll', id: string, sessionId: string, question: string, allowMultiple: boolean, anonymous: boolean, status: PollStatus, createdByName: string, createdAt: string, closedAt?: string | null, version: number, totalVoters: number, myOptionIds: Array<string>, options: Array<{ __typename?: 'PollOption', id: string, label: string, position: number, votes: number, voters?: Array<{ __typename?: 'PollVoter', userId: string, displayName: string }> | null }> } & { ' $fragmentName'?: 'LivePollFieldsFragment' };

export type SessionPollsQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionPollsQuery = { __typename?: 'Query', sessionPolls: { __typename?: 'SessionPolls', sessionId: string, canManage: boolean, canVote: boolean, polls: Array<(
      { __typename?: 'Poll' }
      & { ' $fragmentRefs'?: { 'LivePollFieldsFragment': LivePollFieldsFragment } }
    )> } };

export type CreatePollMutationVariables = Exact<{
  input: CreatePollInput;
}>;


export type CreatePollMutation = { __typename?: 'Mutation', createPoll: (
    { __typename?: 'Poll' }
    & { ' $fragmentRefs'?: { 'LivePollFieldsFragment': LivePollFieldsFragment } }
  ) };

export type VotePollMutationVariables = Exact<{
  pollId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type VotePollMutation = { __typename?: 'Mutation', votePoll: (
    { __typename?: 'Poll' }
    & { ' $fragmentRefs'?: { 'LivePollFieldsFragment': LivePollFieldsFragment } }
  ) };

export type ClosePollMutationVariables = Exact<{
  pollId: Scalars['ID']['input'];
}>;


export type ClosePollMutation = { __typename?: 'Mutation', closePoll: (
    { __typename?: 'Poll' }
    & { ' $fragmentRefs'?: { 'LivePollFieldsFragment': LivePollFieldsFragment } }
  ) };

export type PollUpdatedSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type PollUpdatedSubscription = { __typename?: 'Subscription', pollUpdated: (
    { __typename?: 'Poll' }
    & { ' $fragmentRefs'?: { 'LivePollFieldsFragment': LivePollFieldsFragment } }
  ) };

export type ClassNominationsAdminQueryVariables = Exact<{
  classId: Scalars['ID']['input'];
  status?: InputMaybe<NominationStatus>;
}>;


export type ClassNominationsAdminQuery = { __typename?: 'Query', classNominations: Array<{ __typename?: 'Nomination', id: string, status: NominationStatus, note?: string | null, communeName: string, rejectReason?: string | null, nominatedByName?: string | null, enrollmentStatus?: EnrollmentStatus | null, waitlistPosition?: number | null, official: { __typename?: 'EnrolledOfficial', id: string, fullName: string } }>, nominationQuotas: { __typename?: 'ClassNominationQuotas', capacity: number, quotaTotal: number, exceedsCapacity: boolean, communes: Array<{ __typename?: 'CommuneQuota', communeId: string, communeName: string, quota?: number | null, used: number, left?: number | null }> } };

export type ApproveNominationsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ApproveNominationsMutation = { __typename?: 'Mutation', approveNominations: Array<{ __typename?: 'Nomination', id: string, status: NominationStatus, enrollmentStatus?: EnrollmentStatus | null, waitlistPosition?: number | null }> };

export type RejectNominationsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectNominationsMutation = { __typename?: 'Mutation', rejectNominations: Array<{ __typename?: 'Nomination', id: string, status: NominationStatus, rejectReason?: string | null }> };

export type SetNominationQuotasMutationVariables = Exact<{
  classId: Scalars['ID']['input'];
  quotas: Array<NominationQuotaInput> | NominationQuotaInput;
}>;


export type SetNominationQuotasMutation = { __typename?: 'Mutation', setNominationQuotas: { __typename?: 'ClassNominationQuotas', quotaTotal: number, exceedsCapacity: boolean } };

export type JoinLiveSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  asClassroom?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type JoinLiveSessionMutation = { __typename?: 'Mutation', joinLiveSession: { __typename?: 'LiveJoin', token: string, role: LiveRole, expiresAt: string, sessionId: string, displayName: string } };

export type OfficialChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OfficialChangedSubscription = { __typename?: 'Subscription', officialChanged: { __typename?: 'Official', id: string } };

export type OfficialCountsQueryVariables = Exact<{
  communeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OfficialCountsQuery = { __typename?: 'Query', total: { __typename?: 'OfficialConnection', totalCount: number }, party: { __typename?: 'OfficialConnection', totalCount: number }, front: { __typename?: 'OfficialConnection', totalCount: number }, government: { __typename?: 'OfficialConnection', totalCount: number }, military: { __typename?: 'OfficialConnection', totalCount: number } };

export type CreateOfficialMutationVariables = Exact<{
  input: CreateOfficialInput;
}>;


export type CreateOfficialMutation = { __typename?: 'Mutation', createOfficial: (
    { __typename?: 'Official', id: string }
    & { ' $fragmentRefs'?: { 'OfficialProfileFragment': OfficialProfileFragment } }
  ) };

export type OfficialDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficialDetailQuery = { __typename?: 'Query', official: (
    { __typename?: 'Official', id: string, fullName: string, active: boolean, commune: { __typename?: 'Commune', id: string } }
    & { ' $fragmentRefs'?: { 'OfficialProfileFragment': OfficialProfileFragment } }
  ) };

export type DeactivateOfficialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateOfficialMutation = { __typename?: 'Mutation', deactivateOfficial: { __typename?: 'Official', id: string, active: boolean } };

export type OfficialEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficialEditQuery = { __typename?: 'Query', official: (
    { __typename?: 'Official', id: string, fullName: string, commune: { __typename?: 'Commune', id: string } }
    & { ' $fragmentRefs'?: { 'OfficialFormFieldsFragment': OfficialFormFieldsFragment } }
  ) };

export type UpdateOfficialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOfficialInput;
}>;


export type UpdateOfficialMutation = { __typename?: 'Mutation', updateOfficial: (
    { __typename?: 'Official', id: string }
    & { ' $fragmentRefs'?: { 'OfficialProfileFragment': OfficialProfileFragment } }
  ) };

export type OfficialsDirectoryQueryVariables = Exact<{
  filter?: InputMaybe<OfficialFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficialsDirectoryQuery = { __typename?: 'Query', officials: { __typename?: 'OfficialConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'OfficialEdge', node: (
        { __typename?: 'Official', id: string }
        & { ' $fragmentRefs'?: { 'OfficialRowFragment': OfficialRowFragment } }
      ) }> } };

export type CheckInMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CheckInMutation = { __typename?: 'Mutation', checkIn: { __typename?: 'CheckInResult', checkedInAt: string, alreadyCheckedIn: boolean, session: { __typename?: 'ClassSessionInfo', id: string, classCode: string, classTitle: string, topicTitle: string, startsAt: string, endsAt: string, room?: string | null } } };

export type SessionAttendanceQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionAttendanceQuery = { __typename?: 'Query', sessionAttendance: { __typename?: 'SessionAttendance', sessionMinutes: number, minPresencePercent: number, presentCount: number, inProgressCount: number, session: { __typename?: 'ClassSessionInfo', id: string, classId: string, classCode: string, classTitle: string, topicTitle: string, startsAt: string, endsAt: string, room?: string | null }, rows: Array<{ __typename?: 'SessionAttendanceRow', minutes: number, percent: number, present: boolean, inProgress: boolean, sources: Array<AttendanceSource>, checkedInAt?: string | null, official: { __typename?: 'EnrolledOfficial', id: string, fullName: string, communeName: string }, intervals: Array<{ __typename?: 'AttendanceInterval', from: string, to: string, source: AttendanceSource }>, correction?: { __typename?: 'AttendanceCorrectionEntry', id: string, present: boolean, minutes?: number | null, reason: string, correctedByName: string, createdAt: string } | null, corrections: Array<{ __typename?: 'AttendanceCorrectionEntry', id: string, present: boolean, minutes?: number | null, reason: string, correctedByName: string, createdAt: string }> }>, staff: Array<{ __typename?: 'SessionStaffPresence', userId: string, displayName: string, roles: Array<string>, minutes: number, intervals: Array<{ __typename?: 'AttendanceInterval', from: string, to: string, source: AttendanceSource }> }> } };

export type CorrectAttendanceMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  officialId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
  minutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CorrectAttendanceMutation = { __typename?: 'Mutation', correctAttendance: { __typename?: 'SessionAttendanceRow', present: boolean, official: { __typename?: 'EnrolledOfficial', id: string } } };

export type ClassProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClassProgramsQuery = { __typename?: 'Query', programs: Array<{ __typename?: 'Program', id: string, code: string, title: string }> };

export type CreateClassMutationVariables = Exact<{
  input: CreateClassInput;
}>;


export type CreateClassMutation = { __typename?: 'Mutation', createClass: { __typename?: 'TrainingClass', id: string } };

export type ClassDetailFieldsFragment = { __typename?: 'TrainingClass', id: string, code: string, title: string, startDate: string, endDate: string, dayCount: number, venue: string, deliveryFormat: DeliveryFormat, capacity: number, capacityWarning: boolean, sessionCount: number, program: { __typename?: 'Program', id: string, code: string, title: string, topics: Array<{ __typename?: 'ProgramTopic', id: string, title: string, kind: TopicKind }> }, lecturers: Array<{ __typename?: 'ClassLecturer', id: string, kind: LecturerKind, user: { __typename?: 'Lecturer', id: string, displayName: string } }>, sessions: Array<{ __typename?: 'ClassSession', id: string, startsAt: string, endsAt: string, mode: SessionMode, room?: string | null, topic: { __typename?: 'ProgramTopic', id: string, title: string, kind: TopicKind }, lecturer: { __typename?: 'Lecturer', id: string, displayName: string } }> } & { ' $fragmentName'?: 'ClassDetailFieldsFragment' };

export type ClassDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClassDetailQuery = { __typename?: 'Query', class: (
    { __typename?: 'TrainingClass', id: string }
    & { ' $fragmentRefs'?: { 'ClassDetailFieldsFragment': ClassDetailFieldsFragment } }
  ) };

export type ClassEditorOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClassEditorOptionsQuery = { __typename?: 'Query', programs: Array<{ __typename?: 'Program', id: string, code: string, title: string }>, lecturers: Array<{ __typename?: 'Lecturer', id: string, displayName: string }> };

export type UpdateClassMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateClassInput;
}>;


export type UpdateClassMutation = { __typename?: 'Mutation', updateClass: (
    { __typename?: 'TrainingClass', id: string }
    & { ' $fragmentRefs'?: { 'ClassDetailFieldsFragment': ClassDetailFieldsFragment } }
  ) };

export type DeleteClassMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteClassMutation = { __typename?: 'Mutation', deleteClass: boolean };

export type AssignClassLecturerMutationVariables = Exact<{
  classId: Scalars['ID']['input'];
  input: ClassLecturerInput;
}>;


export type AssignClassLecturerMutation = { __typename?: 'Mutation', assignClassLecturer: (
    { __typename?: 'TrainingClass', id: string }
    & { ' $fragmentRefs'?: { 'ClassDetailFieldsFragment': ClassDetailFieldsFragment } }
  ) };

export type RemoveClassLecturerMutationVariables = Exact<{
  classId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveClassLecturerMutation = { __typename?: 'Mutation', removeClassLecturer: (
    { __typename?: 'TrainingClass', id: string }
    & { ' $fragmentRefs'?: { 'ClassDetailFieldsFragment': ClassDetailFieldsFragment } }
  ) };

export type AddClassSessionMutationVariables = Exact<{
  classId: Scalars['ID']['input'];
  input: ClassSessionInput;
}>;


export type AddClassSessionMutation = { __typename?: 'Mutation', addClassSession: (
    { __typename?: 'TrainingClass', id: string }
    & { ' $fragmentRefs'?: { 'ClassDetailFieldsFragment': ClassDetailFieldsFragment } }
  ) };

export type UpdateClassSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateClassSessionInput;
}>;


export type UpdateClassSessionMutation = { __typename?: 'Mutation', updateClassSession: (
    { __typename?: 'TrainingClass', id: string }
    & { ' $fragmentRefs'?: { 'ClassDetailFieldsFragment': ClassDetailFieldsFragment } }
  ) };

export type RemoveClassSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveClassSessionMutation = { __typename?: 'Mutation', removeClassSession: (
    { __typename?: 'TrainingClass', id: string }
    & { ' $fragmentRefs'?: { 'ClassDetailFieldsFragment': ClassDetailFieldsFragment } }
  ) };

export type OfficialImportFieldsFragment = { __typename?: 'OfficialImport', id: string, fileName: string, status: ImportStatus, totalRows?: number | null, processedRows: number, progressPercent: number, toCreate: number, toUpdate: number, unchanged: number, toEnrol: number, toWaitlist: number, alreadyEnrolled: number, errorCount: number, committedAt?: string | null, fileError?: { __typename?: 'ImportFileError', code: string, message: string } | null } & { ' $fragmentName'?: 'OfficialImportFieldsFragment' };

export type OfficialImportStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficialImportStatusQuery = { __typename?: 'Query', officialImport: (
    { __typename?: 'OfficialImport', id: string }
    & { ' $fragmentRefs'?: { 'OfficialImportFieldsFragment': OfficialImportFieldsFragment } }
  ) };

export type CommitOfficialImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitOfficialImportMutation = { __typename?: 'Mutation', commitOfficialImport: (
    { __typename?: 'OfficialImport', id: string }
    & { ' $fragmentRefs'?: { 'OfficialImportFieldsFragment': OfficialImportFieldsFragment } }
  ) };

export type ImportClassHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportClassHeaderQuery = { __typename?: 'Query', class: { __typename?: 'TrainingClass', id: string, code: string, title: string, capacity: number, enrolledCount: number, waitlistCount: number } };

export type ClassesListQueryVariables = Exact<{
  filter?: InputMaybe<ClassFilterInput>;
}>;


export type ClassesListQuery = { __typename?: 'Query', classes: Array<{ __typename?: 'TrainingClass', id: string, code: string, title: string, startDate: string, endDate: string, dayCount: number, deliveryFormat: DeliveryFormat, capacity: number, capacityWarning: boolean, program: { __typename?: 'Program', id: string, code: string }, lecturers: Array<{ __typename?: 'ClassLecturer', id: string, kind: LecturerKind, user: { __typename?: 'Lecturer', id: string, displayName: string } }> }> };

export type MyTimetableQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTimetableQuery = { __typename?: 'Query', myClasses: Array<{ __typename?: 'MyClass', status: EnrollmentStatus, waitlistPosition?: number | null, trainingClass: { __typename?: 'TrainingClass', id: string, code: string, title: string, startDate: string, endDate: string, venue: string, deliveryFormat: DeliveryFormat, sessions: Array<{ __typename?: 'ClassSession', id: string, startsAt: string, endsAt: string, mode: SessionMode, room?: string | null, topic: { __typename?: 'ProgramTopic', id: string, title: string, kind: TopicKind }, lecturer: { __typename?: 'Lecturer', id: string, displayName: string } }> } }> };

export type CommuneNominationsQueryVariables = Exact<{
  communeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CommuneNominationsQuery = { __typename?: 'Query', myCommuneNominations: Array<{ __typename?: 'CommuneClassNominations', open: boolean, trainingClass: { __typename?: 'NominationClass', id: string, code: string, title: string, startDate: string, endDate: string, venue: string, capacity: number }, quota: { __typename?: 'CommuneQuota', communeId: string, communeName: string, quota?: number | null, used: number, left?: number | null }, nominations: Array<{ __typename?: 'Nomination', id: string, status: NominationStatus, note?: string | null, rejectReason?: string | null, nominatedAt: string, enrollmentStatus?: EnrollmentStatus | null, waitlistPosition?: number | null, official: { __typename?: 'EnrolledOfficial', id: string, fullName: string } }> }> };

export type NominationCandidatesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  communeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type NominationCandidatesQuery = { __typename?: 'Query', officials: { __typename?: 'OfficialConnection', totalCount: number, edges: Array<{ __typename?: 'OfficialEdge', node: { __typename?: 'Official', id: string, fullName: string, position: Position } }> } };

export type NominateOfficialsMutationVariables = Exact<{
  classId: Scalars['ID']['input'];
  officialIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type NominateOfficialsMutation = { __typename?: 'Mutation', nominateOfficials: Array<{ __typename?: 'Nomination', id: string, status: NominationStatus }> };

export type WithdrawNominationMutationVariables = Exact<{
  nominationId: Scalars['ID']['input'];
}>;


export type WithdrawNominationMutation = { __typename?: 'Mutation', withdrawNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type AnnualPlanQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  provinceId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AnnualPlanQuery = { __typename?: 'Query', annualPlan: { __typename?: 'AnnualPlan', year: number, provinceId?: string | null, provinceName?: string | null, communeName?: string | null, targetMin?: number | null, targetMax?: number | null, classCount: number, withinTarget?: boolean | null, seatsPlanned: number, enrolled: number, waitlisted: number, nominationsPending: number, nominationsApproved: number, activeOfficials: number, notYetTrained: number, coveragePercent?: number | null, months: Array<{ __typename?: 'PlanMonth', month: number, classes: number, seats: number }>, byBloc: Array<{ __typename?: 'PlanBloc', bloc: Bloc, activeOfficials: number, notYetTrained: number }>, classes: Array<{ __typename?: 'TrainingClass', id: string, code: string, startDate: string, endDate: string, venue: string, capacity: number }> } };

export type CreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type CreateProgramMutation = { __typename?: 'Mutation', createProgram: { __typename?: 'Program', id: string, code: string } };

export type ProgramEditorFieldsFragment = { __typename?: 'Program', id: string, code: string, title: string, startYear: number, endYear: number, description?: string | null, practiceThresholdPercent: number, topicCount: number, totalHours: number, updatedAt: string, targetGroups: Array<{ __typename?: 'TargetGroup', code: string, name: string }>, topics: Array<{ __typename?: 'ProgramTopic', id: string, position: number, title: string, kind: TopicKind, hours: number, isPractice: boolean, targetGroupCodes: Array<string> }>, hoursByKind: Array<{ __typename?: 'KindHours', kind: TopicKind, hours: number }> } & { ' $fragmentName'?: 'ProgramEditorFieldsFragment' };

export type ProgramDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgramDetailQuery = { __typename?: 'Query', program: (
    { __typename?: 'Program', id: string }
    & { ' $fragmentRefs'?: { 'ProgramEditorFieldsFragment': ProgramEditorFieldsFragment } }
  ) };

export type UpdateProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProgramInput;
}>;


export type UpdateProgramMutation = { __typename?: 'Mutation', updateProgram: (
    { __typename?: 'Program', id: string }
    & { ' $fragmentRefs'?: { 'ProgramEditorFieldsFragment': ProgramEditorFieldsFragment } }
  ) };

export type DeleteProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteProgramMutation = { __typename?: 'Mutation', deleteProgram: boolean };

export type AddProgramTopicMutationVariables = Exact<{
  programId: Scalars['ID']['input'];
  input: ProgramTopicInput;
}>;


export type AddProgramTopicMutation = { __typename?: 'Mutation', addProgramTopic: (
    { __typename?: 'Program', id: string }
    & { ' $fragmentRefs'?: { 'ProgramEditorFieldsFragment': ProgramEditorFieldsFragment } }
  ) };

export type UpdateProgramTopicMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProgramTopicInput;
}>;


export type UpdateProgramTopicMutation = { __typename?: 'Mutation', updateProgramTopic: (
    { __typename?: 'Program', id: string }
    & { ' $fragmentRefs'?: { 'ProgramEditorFieldsFragment': ProgramEditorFieldsFragment } }
  ) };

export type RemoveProgramTopicMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveProgramTopicMutation = { __typename?: 'Mutation', removeProgramTopic: (
    { __typename?: 'Program', id: string }
    & { ' $fragmentRefs'?: { 'ProgramEditorFieldsFragment': ProgramEditorFieldsFragment } }
  ) };

export type ReorderProgramTopicsMutationVariables = Exact<{
  programId: Scalars['ID']['input'];
  topicIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderProgramTopicsMutation = { __typename?: 'Mutation', reorderProgramTopics: (
    { __typename?: 'Program', id: string }
    & { ' $fragmentRefs'?: { 'ProgramEditorFieldsFragment': ProgramEditorFieldsFragment } }
  ) };

export type ProgramsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsListQuery = { __typename?: 'Query', programs: Array<{ __typename?: 'Program', id: string, code: string, title: string, startYear: number, endYear: number, topicCount: number, totalHours: number, practicePercent: number, practiceWarning: boolean, practiceThresholdPercent: number }> };

export type CurrentUserFragment = { __typename?: 'User', id: string, email: string, role: Role, displayName: string, commune?: { __typename?: 'Commune', id: string, name: string, kind: CommuneKind, province: { __typename?: 'Province', id: string, name: string } } | null, official?: { __typename?: 'Official', id: string, fullName: string } | null } & { ' $fragmentName'?: 'CurrentUserFragment' };

export type AuthPayloadFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: (
    { __typename?: 'User' }
    & { ' $fragmentRefs'?: { 'CurrentUserFragment': CurrentUserFragment } }
  ) } & { ' $fragmentName'?: 'AuthPayloadFieldsFragment' };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: (
    { __typename?: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'AuthPayloadFieldsFragment': AuthPayloadFieldsFragment } }
  ) };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: (
    { __typename?: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'AuthPayloadFieldsFragment': AuthPayloadFieldsFragment } }
  ) };

export type LogoutMutationVariables = Exact<{
  input?: InputMaybe<LogoutInput>;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: (
    { __typename?: 'User' }
    & { ' $fragmentRefs'?: { 'CurrentUserFragment': CurrentUserFragment } }
  ) };

export const OfficialFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipArea"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficialFormFieldsFragment, unknown>;
export const OfficialProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipArea"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficialProfileFragment, unknown>;
export const OfficialSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficialSummaryFragment, unknown>;
export const OfficialRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipArea"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OfficialRowFragment, unknown>;
export const LivePollFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"allowMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalVoters"}},{"kind":"Field","name":{"kind":"Name","value":"myOptionIds"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LivePollFieldsFragment, unknown>;
export const ClassDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ClassDetailFieldsFragment, unknown>;
export const OfficialImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficialImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"toCreate"}},{"kind":"Field","name":{"kind":"Name","value":"toUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"toEnrol"}},{"kind":"Field","name":{"kind":"Name","value":"toWaitlist"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<OfficialImportFieldsFragment, unknown>;
export const ProgramEditorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"practiceThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"isPractice"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProgramEditorFieldsFragment, unknown>;
export const CurrentUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<AuthPayloadFieldsFragment, unknown>;
export const ClassEnrollmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classEnrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"class"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]} as unknown as DocumentNode<ClassEnrollmentsQuery, ClassEnrollmentsQueryVariables>;
export const EnrollOfficialSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrollOfficialSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnrollOfficialSearchQuery, EnrollOfficialSearchQueryVariables>;
export const EnrollOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<EnrollOfficialMutation, EnrollOfficialMutationVariables>;
export const WithdrawEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enrollmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promoted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawEnrollmentMutation, WithdrawEnrollmentMutationVariables>;
export const CommuneOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CommuneOptionsQuery, CommuneOptionsQueryVariables>;
export const OfficialImportErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialImportErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<OfficialImportErrorsQuery, OfficialImportErrorsQueryVariables>;
export const OfficialImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyErrors"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyErrors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyErrors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficialImportPreviewQuery, OfficialImportPreviewQueryVariables>;
export const MyClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}}]}}]} as unknown as DocumentNode<MyClassesQuery, MyClassesQueryVariables>;
export const ProvinceOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProvinceOptionsQuery, ProvinceOptionsQueryVariables>;
export const ClassAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"minPresencePercent"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassAttendanceQuery, ClassAttendanceQueryVariables>;
export const AdminOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const TraineeHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TraineeHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TraineeHomeQuery, TraineeHomeQueryVariables>;
export const LiveCheckInCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveCheckInCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCheckInCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<LiveCheckInCodeQuery, LiveCheckInCodeQueryVariables>;
export const SessionPollsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPolls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionPolls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"polls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePollFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"allowMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalVoters"}},{"kind":"Field","name":{"kind":"Name","value":"myOptionIds"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SessionPollsQuery, SessionPollsQueryVariables>;
export const CreatePollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePollFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"allowMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalVoters"}},{"kind":"Field","name":{"kind":"Name","value":"myOptionIds"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePollMutation, CreatePollMutationVariables>;
export const VotePollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VotePoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pollId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votePoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pollId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pollId"}}},{"kind":"Argument","name":{"kind":"Name","value":"optionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePollFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"allowMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalVoters"}},{"kind":"Field","name":{"kind":"Name","value":"myOptionIds"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<VotePollMutation, VotePollMutationVariables>;
export const ClosePollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pollId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pollId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pollId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePollFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"allowMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalVoters"}},{"kind":"Field","name":{"kind":"Name","value":"myOptionIds"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ClosePollMutation, ClosePollMutationVariables>;
export const PollUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PollUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pollUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LivePollFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LivePollFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"allowMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalVoters"}},{"kind":"Field","name":{"kind":"Name","value":"myOptionIds"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PollUpdatedSubscription, PollUpdatedSubscriptionVariables>;
export const ClassNominationsAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassNominationsAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominationQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"quotaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"left"}}]}}]}}]}}]} as unknown as DocumentNode<ClassNominationsAdminQuery, ClassNominationsAdminQueryVariables>;
export const ApproveNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nominationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<ApproveNominationsMutation, ApproveNominationsMutationVariables>;
export const RejectNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nominationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}}]}}]}}]} as unknown as DocumentNode<RejectNominationsMutation, RejectNominationsMutationVariables>;
export const SetNominationQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNominationQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quotas"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationQuotaInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNominationQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quotas"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quotas"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsCapacity"}}]}}]}}]} as unknown as DocumentNode<SetNominationQuotasMutation, SetNominationQuotasMutationVariables>;
export const JoinLiveSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinLiveSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asClassroom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinLiveSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asClassroom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asClassroom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<JoinLiveSessionMutation, JoinLiveSessionMutationVariables>;
export const OfficialChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OfficialChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficialChangedSubscription, OfficialChangedSubscriptionVariables>;
export const OfficialCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"party"},"name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"bloc"},"value":{"kind":"EnumValue","value":"PARTY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"front"},"name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"bloc"},"value":{"kind":"EnumValue","value":"FRONT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"government"},"name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"bloc"},"value":{"kind":"EnumValue","value":"GOVERNMENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"military"},"name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"bloc"},"value":{"kind":"EnumValue","value":"MILITARY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OfficialCountsQuery, OfficialCountsQueryVariables>;
export const CreateOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipArea"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOfficialMutation, CreateOfficialMutationVariables>;
export const OfficialDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipArea"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficialDetailQuery, OfficialDetailQueryVariables>;
export const DeactivateOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivateOfficialMutation, DeactivateOfficialMutationVariables>;
export const OfficialEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipArea"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficialEditQuery, OfficialEditQueryVariables>;
export const UpdateOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipArea"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOfficialMutation, UpdateOfficialMutationVariables>;
export const OfficialsDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialsDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheoryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipArea"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OfficialsDirectoryQuery, OfficialsDirectoryQueryVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyCheckedIn"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"classTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"room"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const SessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minPresencePercent"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"inProgressCount"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"classTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"room"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionAttendanceQuery, SessionAttendanceQueryVariables>;
export const CorrectAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"present"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"present"},"value":{"kind":"Variable","name":{"kind":"Name","value":"present"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}}]}}]} as unknown as DocumentNode<CorrectAttendanceMutation, CorrectAttendanceMutationVariables>;
export const ClassProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ClassProgramsQuery, ClassProgramsQueryVariables>;
export const CreateClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateClassMutation, CreateClassMutationVariables>;
export const ClassDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ClassDetailQuery, ClassDetailQueryVariables>;
export const ClassEditorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassEditorOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ClassEditorOptionsQuery, ClassEditorOptionsQueryVariables>;
export const UpdateClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateClassMutation, UpdateClassMutationVariables>;
export const DeleteClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteClassMutation, DeleteClassMutationVariables>;
export const AssignClassLecturerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignClassLecturer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassLecturerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignClassLecturer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignClassLecturerMutation, AssignClassLecturerMutationVariables>;
export const RemoveClassLecturerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClassLecturer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClassLecturer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveClassLecturerMutation, RemoveClassLecturerMutationVariables>;
export const AddClassSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClassSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AddClassSessionMutation, AddClassSessionMutationVariables>;
export const UpdateClassSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClassSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClassSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateClassSessionMutation, UpdateClassSessionMutationVariables>;
export const RemoveClassSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClassSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveClassSessionMutation, RemoveClassSessionMutationVariables>;
export const OfficialImportStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialImportStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficialImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"toCreate"}},{"kind":"Field","name":{"kind":"Name","value":"toUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"toEnrol"}},{"kind":"Field","name":{"kind":"Name","value":"toWaitlist"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<OfficialImportStatusQuery, OfficialImportStatusQueryVariables>;
export const CommitOfficialImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitOfficialImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitOfficialImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficialImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"toCreate"}},{"kind":"Field","name":{"kind":"Name","value":"toUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"toEnrol"}},{"kind":"Field","name":{"kind":"Name","value":"toWaitlist"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<CommitOfficialImportMutation, CommitOfficialImportMutationVariables>;
export const ImportClassHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportClassHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]} as unknown as DocumentNode<ImportClassHeaderQuery, ImportClassHeaderQueryVariables>;
export const ClassesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityWarning"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassesListQuery, ClassesListQueryVariables>;
export const MyTimetableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTimetable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFormat"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTimetableQuery, MyTimetableQueryVariables>;
export const CommuneNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCommuneNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"left"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommuneNominationsQuery, CommuneNominationsQueryVariables>;
export const NominationCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"communeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NominationCandidatesQuery, NominationCandidatesQueryVariables>;
export const NominateOfficialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateOfficials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officialIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateOfficials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officialIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officialIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<NominateOfficialsMutation, NominateOfficialsMutationVariables>;
export const WithdrawNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nominationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawNominationMutation, WithdrawNominationMutationVariables>;
export const AnnualPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"provinceId"}},{"kind":"Field","name":{"kind":"Name","value":"provinceName"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"targetMin"}},{"kind":"Field","name":{"kind":"Name","value":"targetMax"}},{"kind":"Field","name":{"kind":"Name","value":"classCount"}},{"kind":"Field","name":{"kind":"Name","value":"withinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"seatsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"nominationsPending"}},{"kind":"Field","name":{"kind":"Name","value":"nominationsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"activeOfficials"}},{"kind":"Field","name":{"kind":"Name","value":"notYetTrained"}},{"kind":"Field","name":{"kind":"Name","value":"coveragePercent"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"classes"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBloc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bloc"}},{"kind":"Field","name":{"kind":"Name","value":"activeOfficials"}},{"kind":"Field","name":{"kind":"Name","value":"notYetTrained"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualPlanQuery, AnnualPlanQueryVariables>;
export const CreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateProgramMutation, CreateProgramMutationVariables>;
export const ProgramDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"practiceThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"isPractice"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProgramDetailQuery, ProgramDetailQueryVariables>;
export const UpdateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"practiceThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"isPractice"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateProgramMutation, UpdateProgramMutationVariables>;
export const DeleteProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteProgramMutation, DeleteProgramMutationVariables>;
export const AddProgramTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProgramTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProgramTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"practiceThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"isPractice"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddProgramTopicMutation, AddProgramTopicMutationVariables>;
export const UpdateProgramTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"practiceThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"isPractice"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateProgramTopicMutation, UpdateProgramTopicMutationVariables>;
export const RemoveProgramTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveProgramTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProgramTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"practiceThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"isPractice"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RemoveProgramTopicMutation, RemoveProgramTopicMutationVariables>;
export const ReorderProgramTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderProgramTopics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topicIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderProgramTopics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topicIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topicIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"practiceThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"isPractice"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReorderProgramTopicsMutation, ReorderProgramTopicsMutationVariables>;
export const ProgramsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"practicePercent"}},{"kind":"Field","name":{"kind":"Name","value":"practiceWarning"}},{"kind":"Field","name":{"kind":"Name","value":"practiceThresholdPercent"}}]}}]}}]} as unknown as DocumentNode<ProgramsListQuery, ProgramsListQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;