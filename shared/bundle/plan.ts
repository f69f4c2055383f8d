/**
 * Pure import planning for a parsed review bundle: whether it is new to this database or collides with an existing
 * review, and the "import as copy" transformation (new review id, title suffix, audit entries re-pointed). The
 * renderer runs the chosen plan in one Dexie transaction and records the import itself through `applyChange`
 * (`{ type: 'import' }`), so the trail shows where the review came from.
 */
import type { AuditEntry, ReviewChange } from '../review/types';
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
 * audit entry gets a fresh id from `newAuditId` and points at `newId` (its time, actor and change are kept). Evidence
 * ids are storage keys too, so every evidence item then gets a fresh id from `newAuditId` as well, and the trail's
 * evidence changes (attach, edit, remove) are re-pointed to the new ids, so the copy's trail still describes the
 * copy's evidence. The assessment snapshot and the evidence's metadata and contents are unchanged. The input is not
 * modified.
 */
export function asCopy(bundle: ReviewBundle, newId: string, now: string, newAuditId: () => string): ReviewBundle {
  const base = bundle.review.title.endsWith(COPY_SUFFIX) ? bundle.review.title : `${bundle.review.title}${COPY_SUFFIX}`;
  const title = base.length > LIMITS.title ? `${base.slice(0, LIMITS.title - COPY_SUFFIX.length)}${COPY_SUFFIX}` : base;
  const auditIds = bundle.audit.map(() => newAuditId());
  // Every evidence id the bundle mentions (its items, and items its trail attached, edited or removed), then new ids.
  const evidenceIds = new Map<string, string>();
  for (const id of [...bundle.evidence.map((e) => e.id), ...bundle.audit.flatMap((e) => evidenceIdOf(e.change))]) {
    if (!evidenceIds.has(id)) evidenceIds.set(id, newAuditId());
  }
  const evidenceId = (id: string): string => evidenceIds.get(id) ?? id;
  const evidence = bundle.evidence.map((e) => ({ ...e, id: evidenceId(e.id) }));
  const audit = bundle.audit.map((e, i): AuditEntry => ({ ...e, id: auditIds[i] ?? newAuditId(), reviewId: newId, change: withEvidenceId(e.change, evidenceId) }));
  return { ...bundle, review: { ...bundle.review, id: newId, title, updatedAt: now }, audit, evidence };
}

function evidenceIdOf(change: ReviewChange): string[] {
  if (change.type === 'attach-evidence') return [change.evidence.id];
  if (change.type === 'edit-evidence' || change.type === 'remove-evidence') return [change.id];
  return [];
}

function withEvidenceId(change: ReviewChange, map: (id: string) => string): ReviewChange {
  switch (change.type) {
    case 'attach-evidence':
      return { ...change, evidence: { ...change.evidence, id: map(change.evidence.id) } };
    case 'edit-evidence':
    case 'remove-evidence':
      return { ...change, id: map(change.id) };
    default:
      return change;
  }
}
