/** Whether a poll still takes votes. */
export enum PollStatus {
  OPEN = 'OPEN', // Đang mở: trainees vote, results update live
  CLOSED = 'CLOSED', // Đã đóng: final results, no more votes
}

/** Input limits, shared by the service and its messages. */
export const POLL_LIMITS = {
  questionMax: 300,
  optionsMin: 2,
  optionsMax: 10,
  optionMax: 120,
} as const;
