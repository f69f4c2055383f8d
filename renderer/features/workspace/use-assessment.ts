/**
 * useAssessment(review): the live assessment of a review's answers. Validates the profile, runs the engine, and
 * computes the residual scores with the mitigations marked implemented in `review.decisions`. Memoised on the
 * profile (answers) and the decisions, so editing a note does not re-run the engine.
 */
import { useMemo } from 'react';
import type { MitigationCode } from '../../../shared/catalogue/types';
import { assess } from '../../../shared/engine/assess';
import type { Assessment, Scores } from '../../../shared/engine/assessment';
import { computeResidualScores } from '../../../shared/engine/scores';
import { validateProfile, type ProfileError } from '../../../shared/profile/validate';
import type { Review } from '../../../shared/review/types';
import { markAnswerStage } from './perf';

export interface LiveAssessment {
  readonly assessment: Assessment | null;
  readonly residual: Scores | null;
  readonly validationErrors: readonly ProfileError[];
  /** Engine failure (a bug, not a user error), shown instead of the results. */
  readonly failure: string | null;
}

const NO_ERRORS: readonly ProfileError[] = [];

export function useAssessment(review: Review): LiveAssessment {
  const { profile, decisions } = review;
  const base = useMemo(() => {
    markAnswerStage('render');
    const validation = validateProfile(profile);
    if (!validation.ok) return { assessment: null, validationErrors: validation.errors, failure: null };
    try {
      const assessment = assess(validation.profile);
      markAnswerStage('assessed');
      return { assessment, validationErrors: NO_ERRORS, failure: null };
    } catch (e) {
      return { assessment: null, validationErrors: NO_ERRORS, failure: e instanceof Error ? e.message : String(e) };
    }
  }, [profile]);
  const residual = useMemo(
    () =>
      base.assessment
        ? computeResidualScores(base.assessment.findings, (ruleId, code) => decisions[ruleId]?.mitigations?.[code as MitigationCode]?.status === 'implemented')
        : null,
    [base.assessment, decisions],
  );
  return { ...base, residual };
}
