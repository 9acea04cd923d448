/** Where an official stands in a class. */
export enum EnrollmentStatus {
  ENROLLED = 'ENROLLED', // Đã ghi danh: holds a seat
  WAITLISTED = 'WAITLISTED', // Danh sách chờ: in line for a seat, by waitlistPosition
  WITHDRAWN = 'WITHDRAWN', // Đã rút
}
