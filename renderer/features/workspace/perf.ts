/**
 * Latency marks: `answer-change` when the reviewer changes an answer, and the `answer-to-findings` measure once the
 * results for it have rendered. The bench (test/bench/suites/ui-latency.ts) reads these measures from the page.
 */
export const ANSWER_MARK = 'answer-change';
export const ANSWER_MEASURE = 'answer-to-findings';
export const ANSWER_STAGE = 'answer-stage:';

let pending = false;

/** Call when an answer changes (before it is saved). */
export function markAnswerChange(): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(ANSWER_MARK);
  pending = true;
}

/** Marks a stage (`answer-stage:<name>`) of the pending change, for the bench's per-stage breakdown. */
export function markAnswerStage(name: string): void {
  if (pending) performance.mark(`${ANSWER_STAGE}${name}`);
}

/** Call after the results of the latest answers rendered: records the measure once per mark. */
export function measureAnswerToFindings(): void {
  if (!pending || typeof performance.measure !== 'function') return;
  pending = false;
  try {
    performance.measure(ANSWER_MEASURE, ANSWER_MARK);
  } catch {
    // The mark was cleared (e.g. by a bench between runs): nothing to measure.
  }
}
