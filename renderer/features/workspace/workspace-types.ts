/**
 * The seam between the review workspace (questionnaire, owned by features/workspace) and the live results panel
 * (features/results). The workspace computes the assessment and passes it down; the results panel changes the review
 * only through `onChange` (which goes through the reviews repo, so every change is saved and audited) and asks the
 * questionnaire to reveal a question with `onShowField(path)` (e.g. a finding's "why" link to `customer.sector`).
 */
import type { Assessment, Scores } from '../../../shared/engine/assessment';
import type { ProfileError } from '../../../shared/profile/validate';
import type { Review, ReviewChange } from '../../../shared/review/types';

export interface ResultsPanelProps {
  readonly review: Review;
  /** The live assessment of the current answers; `null` while the profile does not validate (see validationErrors). */
  readonly assessment: Assessment | null;
  /** Scores with the implemented mitigations of `review.decisions` applied; `null` when `assessment` is null. */
  readonly residual: Scores | null;
  /** validateProfile errors of the current answers (empty when the profile is valid). */
  readonly validationErrors: readonly ProfileError[];
  /** Applies one change to the review (saved to the database and the audit trail at once). */
  readonly onChange: (change: ReviewChange) => Promise<void>;
  /** Scrolls the questionnaire to the question at `path` (e.g. "customer.sector") and focuses it. */
  readonly onShowField: (path: string) => void;
}
