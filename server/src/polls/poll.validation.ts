import type { FieldReason } from '../common/errors';
import { POLL_LIMITS } from './poll.enums';

export interface PollDraft {
  question: string;
  options: string[];
}

/** Folds an option for the duplicate check: trimmed, NFC, one space between words, case-insensitive. */
const foldOption = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/**
 * Checks a new poll: the question 1–300 characters, 2–10 options of 1–120 characters, all different. Returns the
 * trimmed values and the field reasons (`question`, `options`, `options.<index>`); empty reasons when valid.
 */
export function validatePoll(draft: PollDraft): { value: PollDraft; fields: Record<string, FieldReason> } {
  const fields: Record<string, FieldReason> = {};
  const question = draft.question.normalize('NFC').trim();
  const options = draft.options.map((o) => o.normalize('NFC').trim().replace(/\s+/g, ' '));
  if (!question) fields.question = 'required';
  else if ([...question].length > POLL_LIMITS.questionMax) fields.question = 'too_long';
  if (options.length < POLL_LIMITS.optionsMin) fields.options = 'too_short';
  else if (options.length > POLL_LIMITS.optionsMax) fields.options = 'too_long';
  const seen = new Set<string>();
  options.forEach((o, i) => {
    if (!o) fields[`options.${i}`] = 'required';
    else if ([...o].length > POLL_LIMITS.optionMax) fields[`options.${i}`] = 'too_long';
    else if (seen.has(foldOption(o))) fields[`options.${i}`] = 'taken';
    seen.add(foldOption(o));
  });
  return { value: { question, options }, fields };
}
