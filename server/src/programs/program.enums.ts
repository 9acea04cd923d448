/** How a topic (chuyên đề) is taught. Everything but THEORY counts as skills and practice (the Nghệ An 30/70 rule). */
export enum TopicKind {
  THEORY = 'THEORY', // Lý thuyết
  PRACTICE = 'PRACTICE', // Thực hành, thảo luận nhóm, mô phỏng
  CASE_EXERCISE = 'CASE_EXERCISE', // Xử lý tình huống
  ROLE_PLAY = 'ROLE_PLAY', // Đóng vai
  FIELD_TRIP = 'FIELD_TRIP', // Đi thực tế
  REFLECTION_ESSAY = 'REFLECTION_ESSAY', // Bài thu hoạch
}

export const TOPIC_KINDS = Object.values(TopicKind);

export const isPracticeKind = (kind: TopicKind): boolean => kind !== TopicKind.THEORY;
