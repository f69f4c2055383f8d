/**
 * The one place a review changes. `applyChange` is pure: it validates the change, returns the next review and the
 * audit entry that records it. The renderer's repository writes both in one transaction; nothing else writes a
 * review. Later: a hash-chained audit trail and sign-off hook in here without touching callers.
 */
import { SECTIONS } from '../profile/fields';
import type { EvidenceMeta } from '../report/types';
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
const RULE_ID = /^[A-Z]{1,3}-\d{2,3}$/;
/** Storage ids, as the bundle schema accepts them. */
const STORAGE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Limits of evidence metadata (the same as the bundle schema's LIMITS.title, .text and .listItems). */
export const EVIDENCE_LIMITS = { name: 500, note: 20_000, ruleIds: 200 } as const;

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
    case 'attach-evidence':
      checkEvidenceMeta(c.evidence);
      return r;
    case 'edit-evidence':
      checkEvidenceId(c.id);
      if (c.note === undefined && c.ruleIds === undefined) throw new ReviewChangeError('An evidence edit needs a note or linked findings.');
      if (c.note !== undefined) checkEvidenceNote(c.note);
      if (c.ruleIds !== undefined) checkRuleIds(c.ruleIds);
      return r;
    case 'remove-evidence':
      checkEvidenceId(c.id);
      checkEvidenceName(c.name);
      checkSha256(c.sha256);
      return r;
    case 'duplicate-of':
    case 'import':
    case 'delete':
    case 'restore':
      // Recorded for the trail; the repository performs the storage side (copy, insert, move to/from the bin).
      // The evidence changes above are checked here and stored the same way: the review itself does not hold evidence.
      return r;
  }
}

function checkEvidenceMeta(e: EvidenceMeta): void {
  checkEvidenceId(e.id);
  checkEvidenceName(e.name);
  checkSha256(e.sha256);
  if (!Number.isSafeInteger(e.size) || e.size < 0) throw new ReviewChangeError('An evidence file size must be a whole number of bytes.');
  if (typeof e.addedAt !== 'string' || Number.isNaN(Date.parse(e.addedAt))) throw new ReviewChangeError('Evidence needs the time it was added.');
  if (e.note !== undefined) checkEvidenceNote(e.note);
  if (e.ruleIds !== undefined) checkRuleIds(e.ruleIds);
}

function checkEvidenceId(id: string): void {
  if (!STORAGE_ID.test(id)) throw new ReviewChangeError(`"${id}" is not an evidence id.`);
}

function checkEvidenceName(name: string): void {
  if (!name.trim()) throw new ReviewChangeError('Evidence needs a file name.');
  if (name.length > EVIDENCE_LIMITS.name) throw new ReviewChangeError(`An evidence file name may have at most ${EVIDENCE_LIMITS.name} characters.`);
}

function checkSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new ReviewChangeError('An evidence SHA-256 must be 64 lower-case hex digits.');
}

function checkEvidenceNote(note: string): void {
  if (note.length > EVIDENCE_LIMITS.note) throw new ReviewChangeError(`An evidence note may have at most ${EVIDENCE_LIMITS.note} characters.`);
}

function checkRuleIds(ruleIds: readonly string[]): void {
  if (ruleIds.length > EVIDENCE_LIMITS.ruleIds) throw new ReviewChangeError(`Evidence can be linked to at most ${EVIDENCE_LIMITS.ruleIds} findings.`);
  const bad = ruleIds.find((id) => !RULE_ID.test(id));
  if (bad !== undefined) throw new ReviewChangeError(`"${bad}" is not a rule id.`);
  if (new Set(ruleIds).size !== ruleIds.length) throw new ReviewChangeError('Evidence lists a finding twice.');
}

function withDecision(r: Review, ruleId: string, f: (d: FindingDecision) => FindingDecision): Review {
  if (!RULE_ID.test(ruleId)) throw new ReviewChangeError(`"${ruleId}" is not a rule id.`);
  return { ...r, decisions: { ...r.decisions, [ruleId]: f(r.decisions[ruleId] ?? {}) } };
}

function auditOf(r: Review, change: ReviewChange, ctx: ChangeContext): AuditEntry {
  return { id: ctx.newId(), reviewId: r.id, at: ctx.now, actor: ctx.actor, revision: r.revision, action: change.type, change };
}
