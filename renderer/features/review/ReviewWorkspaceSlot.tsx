/**
 * Where the review workspace (questionnaire + live results) mounts: the rest of the review page below its header.
 */
import type { Review } from '../../../shared/review/types';
import { ReviewWorkspace } from '../workspace/ReviewWorkspace';

export function ReviewWorkspaceSlot({ review }: { review: Review }) {
  return <ReviewWorkspace review={review} />;
}
