/** Hình thức tổ chức lớp: how the class as a whole is delivered. */
export enum DeliveryFormat {
  IN_PERSON = 'IN_PERSON', // Trực tiếp
  ONLINE = 'ONLINE', // Trực tuyến
  BLENDED = 'BLENDED', // Trực tiếp kết hợp trực tuyến (the Nghệ An 2026 format)
}

/** How a lecturer stands to the school (giảng viên cơ hữu / thỉnh giảng / kiêm chức). */
export enum LecturerKind {
  SCHOOL = 'SCHOOL',
  VISITING = 'VISITING',
  CONCURRENT = 'CONCURRENT',
}

/** Where one session happens: in the room, online, or both at once (room plus a live stream). */
export enum SessionMode {
  ROOM = 'ROOM',
  ONLINE = 'ONLINE',
  BOTH = 'BOTH',
}
