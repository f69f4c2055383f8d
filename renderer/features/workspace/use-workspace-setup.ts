/**
 * First-open setup of a review, as review changes (saved and audited like any other): a brand-new review (only its
 * `create` so far, no sections) gets the default sections switched on, and the review is stamped with the catalogue
 * version of the assessment it shows when that differs from the one it last saw.
 */
import { useEffect, useRef } from 'react';
import type { Review, ReviewChange } from '../../../shared/review/types';
import { DEFAULT_SECTIONS } from '../questionnaire/sections';

export function useWorkspaceSetup(review: Review, catalogueVersion: string | null, onChange: (c: ReviewChange) => Promise<void>): void {
  const done = useRef<string | null>(null);
  const needsSections = review.revision === 1 && Object.keys(review.profile).length === 0;
  const needsStamp = catalogueVersion !== null && review.catalogueVersion !== catalogueVersion;
  useEffect(() => {
    const key = `${review.id}:${catalogueVersion ?? ''}`;
    if ((!needsSections && !needsStamp) || done.current === key) return;
    done.current = key;
    void (async () => {
      if (needsSections) for (const section of DEFAULT_SECTIONS) await onChange({ type: 'set-section', section, included: true });
      if (needsStamp && catalogueVersion !== null) await onChange({ type: 'stamp-catalogue', catalogueVersion });
    })();
  }, [review.id, catalogueVersion, needsSections, needsStamp, onChange]);
}
