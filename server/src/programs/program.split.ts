import { isPracticeKind, TOPIC_KINDS, TopicKind } from './program.enums';

export interface ProgramSplit {
  totalHours: number;
  theoryHours: number;
  practiceHours: number;
  /** Practice share of all hours, rounded to one decimal; 0 for a program without hours. */
  practicePercent: number;
  /** Practice below the threshold (an empty program warns too: it has no practice yet). */
  practiceWarning: boolean;
  hoursByKind: { kind: TopicKind; hours: number }[];
}

/**
 * The theory/practice split of a program's topics. Hours carry one decimal, so the sums run in tenths to stay
 * exact, and the warning compares the exact ratio: 28 of 40 hours is 70%, not 69.99999%.
 * (The web has the same function in `web/src/composables/programSplit.ts` for its live preview.)
 */
export function programSplit(topics: readonly { kind: TopicKind; hours: number }[], thresholdPercent: number): ProgramSplit {
  const tenths = new Map<TopicKind, number>(TOPIC_KINDS.map((k) => [k, 0]));
  for (const t of topics) tenths.set(t.kind, tenths.get(t.kind)! + Math.round(t.hours * 10));
  let total = 0;
  let practice = 0;
  for (const [kind, h] of tenths) {
    total += h;
    if (isPracticeKind(kind)) practice += h;
  }
  return {
    totalHours: total / 10,
    theoryHours: (total - practice) / 10,
    practiceHours: practice / 10,
    practicePercent: total === 0 ? 0 : Math.round((practice * 1000) / total) / 10,
    practiceWarning: total === 0 ? thresholdPercent > 0 : practice * 100 < thresholdPercent * total,
    hoursByKind: TOPIC_KINDS.map((kind) => ({ kind, hours: tenths.get(kind)! / 10 })),
  };
}
