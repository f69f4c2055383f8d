/**
 * Pure import planning for a parsed review bundle: whether it is new to this database or collides with an existing
 * review, and the "import as copy" transformation (new review id, title suffix, audit entries re-pointed). The
 * renderer runs the chosen plan in one Dexie transaction and records the import itself through `applyChange`
 * (`{ type: 'import' }`), so the trail shows where the review came from.
 */
import type { AuditEntry } from '../review/types';
import { LIMITS } from './schema';
import type { ReviewBundle } from './types';

export type ImportPlan = { readonly mode: 'new' } | { readonly mode: 'conflict'; readonly existingId: string };

/** Suffix appended to the title of a review imported as a copy. */
export const COPY_SUFFIX = ' (imported copy)';

/** `new` when no review with the bundle's id exists; otherwise `conflict` (offer "import as copy" or "replace"). */
export function planImport(bundle: ReviewBundle, existingIds: ReadonlySet<string> | readonly string[]): ImportPlan {
  const has = existingIds instanceof Set ? existingIds.has(bundle.review.id) : (existingIds as readonly string[]).includes(bundle.review.id);
  return has ? { mode: 'conflict', existingId: bundle.review.id } : { mode: 'new' };
}

/**
 * The bundle as a copy: the review gets `newId`, a title ending in " (imported copy)" and `updatedAt = now`; every
 * audit entry gets a fresh id from `newAuditId` and points at `newId` (its time, actor and change are kept). The
 * assessment snapshot and evidence are unchanged. The input is not modified.
 */
export function asCopy(bundle: ReviewBundle, newId: string, now: string, newAuditId: () => string): ReviewBundle {
  const base = bundle.review.title.endsWith(COPY_SUFFIX) ? bundle.review.title : `${bundle.review.title}${COPY_SUFFIX}`;
  const title = base.length > LIMITS.title ? `${base.slice(0, LIMITS.title - COPY_SUFFIX.length)}${COPY_SUFFIX}` : base;
  const audit = bundle.audit.map((e): AuditEntry => ({ ...e, id: newAuditId(), reviewId: newId }));
  return { ...bundle, review: { ...bundle.review, id: newId, title, updatedAt: now }, audit };
}
