/** Where a commune's nomination of an official for a class stands. */
export enum NominationStatus {
  PENDING = 'PENDING', // Chờ duyệt
  APPROVED = 'APPROVED', // Đã duyệt: the official was enrolled (seat or waitlist)
  REJECTED = 'REJECTED', // Bị từ chối, with a reason
  WITHDRAWN = 'WITHDRAWN', // Xã đã rút đề cử
}
