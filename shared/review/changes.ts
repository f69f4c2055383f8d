/**
 * The one place a review changes. `applyChange` is pure: it validates the change, returns the next review and the
 * audit entry that records it. The renderer's repository writes both in one transaction; nothing else writes a
 * review. Later: a hash-chained audit trail and sign-off hook in here without touching callers.
 */
import { SECTIONS } from '../profile/fields';
import type { AuditEntry, FindingDecision, Review, ReviewChange } from './types';

export interface ChangeContext {
  /** ISO time, passed in: shared/ has no clock. */
  readonly now: string;
  /** Reviewer name from Settings (or "unknown reviewer"). */
  readonly actor: string;
  /** Id generator, passed in: shared/ has no randomness. */
  readonly newId: () => string;
}

export class ReviewChangeError extends Error {
  override readonly name = 'ReviewChangeError';
}

const FIELD_PATH = /^[a-z_]+\.[a-z_0-9]+$/;

/** Creates a review from a `create` change. */
export function createReview(change: Extract<ReviewChange, { type: 'create' }>, ctx: ChangeContext): { review: Review; audit: AuditEntry } {
  const title = change.title.trim();
  if (!title) throw new ReviewChangeError('A review needs a title.');
  const review: Review = {
    id: ctx.newId(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    archivedAt: null,
    title,
    vendorName: change.vendorName.trim(),
    productName: change.productName.trim(),
    profile: change.profile ?? {},
    decisions: {},
    catalogueVersion: null,
    revision: 1,
  };
  return { review, audit: auditOf(review, change, ctx) };
}

/** Applies one change to a review. Throws `ReviewChangeError` with a reader-facing message when it is refused. */
export function applyChange(review: Review, change: ReviewChange, ctx: ChangeContext): { review: Review; audit: AuditEntry } {
  const next = { ...reduce(review, change, ctx), updatedAt: ctx.now, revision: review.revision + 1 };
  return { review: next, audit: auditOf(next, change, ctx) };
}

function reduce(r: Review, c: ReviewChange, ctx: ChangeContext): Review {
  switch (c.type) {
    case 'create':
      throw new ReviewChangeError('A review that exists cannot be created again.');
    case 'rename': {
      const title = c.title === undefined ? r.title : c.title.trim();
      if (!title) throw new ReviewChangeError('A review needs a title.');
      return {
        ...r,
        title,
        vendorName: c.vendorName === undefined ? r.vendorName : c.vendorName.trim(),
        productName: c.productName === undefined ? r.productName : c.productName.trim(),
      };
    }
    case 'set-answer':
    case 'clear-answer': {
      if (!FIELD_PATH.test(c.field)) throw new ReviewChangeError(`"${c.field}" is not a profile field.`);
      const [section, field] = c.field.split('.') as [string, string];
      const current = { ...(r.profile[section] ?? {}) };
      if (c.type === 'set-answer') current[field] = c.value;
      else delete current[field];
      return { ...r, profile: { ...r.profile, [section]: current } };
    }
    case 'set-note':
      return withDecision(r, c.ruleId, (d) => ({ ...d, note: c.note }));
    case 'set-mitigation':
      return withDecision(r, c.ruleId, (d) => {
        const mitigations = { ...(d.mitigations ?? {}) };
        if (c.status === null) delete mitigations[c.code];
        else mitigations[c.code] = { status: c.status, at: ctx.now, by: ctx.actor, ...(c.note ? { note: c.note } : {}) };
        return { ...d, mitigations };
      });
    case 'override-severity': {
      const justification = c.justification.trim();
      if (justification.length < 10) throw new ReviewChangeError('A severity override needs a written justification (at least 10 characters).');
      return withDecision(r, c.ruleId, (d) => ({ ...d, severityOverride: { severity: c.severity, justification, at: ctx.now, by: ctx.actor } }));
    }
    case 'clear-override':
      return withDecision(r, c.ruleId, (d) => {
        const { severityOverride: _dropped, ...rest } = d;
        return rest;
      });
    case 'stamp-catalogue':
      return { ...r, catalogueVersion: c.catalogueVersion };
    case 'set-section': {
      if (!(SECTIONS as readonly string[]).includes(c.section)) throw new ReviewChangeError(`"${c.section}" is not a profile section.`);
      if (c.included) return c.section in r.profile ? r : { ...r, profile: { ...r.profile, [c.section]: {} } };
      const { [c.section]: _dropped, ...rest } = r.profile;
      return { ...r, profile: rest };
    }
    case 'archive':
      return { ...r, archivedAt: ctx.now };
    case 'unarchive':
      return { ...r, archivedAt: null };
    case 'duplicate-of':
    case 'import':
    case 'delete':
    case 'restore':
      // Recorded for the trail; the repository performs the storage side (copy, insert, move to/from the bin).
      return r;
  }
}

function withDecision(r: Review, ruleId: string, f: (d: FindingDecision) => FindingDecision): Review {
  if (!/^[A-Z]{1,3}-\d{2,3}$/.test(ruleId)) throw new ReviewChangeError(`"${ruleId}" is not a rule id.`);
  return { ...r, decisions: { ...r.decisions, [ruleId]: f(r.decisions[ruleId] ?? {}) } };
}

function auditOf(r: Review, change: ReviewChange, ctx: ChangeContext): AuditEntry {
  return { id: ctx.newId(), reviewId: r.id, at: ctx.now, actor: ctx.actor, revision: r.revision, action: change.type, change };
}
