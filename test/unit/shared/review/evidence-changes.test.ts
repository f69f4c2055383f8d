// Evidence changes to a review (attach, edit, remove): checked by applyChange, recorded in the audit trail with the
// file's metadata (never its contents), accepted by the bundle and backup schemas, re-pointed when a bundle is
// imported as a copy, and described in reports without the file name (which the reader may have redacted).
import { describe, expect, it } from 'vitest';
import { asCopy } from '../../../../shared/bundle/plan';
import { auditEntrySchema, backupSchema, reviewBundleSchema } from '../../../../shared/bundle/schema';
import type { Backup } from '../../../../shared/bundle/types';
import { describeChange } from '../../../../shared/report/model';
import type { EvidenceMeta } from '../../../../shared/report/types';
import { applyChange, createReview, ReviewChangeError, type ChangeContext } from '../../../../shared/review/changes';
import type { AuditEntry, Review, ReviewChange } from '../../../../shared/review/types';
import { validBackup, validBundle } from '../bundle/fixture';

let n = 0;
const ctx = (now = '2026-03-01T09:00:00.000Z'): ChangeContext => ({ now, actor: 'Ann', newId: () => `id-${++n}` });

function fresh(): Review {
  return createReview({ type: 'create', title: 'Acme CRM', vendorName: 'Acme', productName: 'CRM' }, ctx('2026-03-01T08:00:00.000Z')).review;
}

const SHA = 'ab'.repeat(32);
const meta: EvidenceMeta = { id: 'ev-1', name: 'pen-test report.pdf', sha256: SHA, size: 1234, addedAt: '2026-03-01T09:00:00.000Z', note: 'from the vendor', ruleIds: ['SC-01'] };

describe('attach-evidence', () => {
  it('records the metadata in the audit entry and leaves the review content as it was', () => {
    const before = fresh();
    const { review, audit } = applyChange(before, { type: 'attach-evidence', evidence: meta }, ctx());
    expect(review).toEqual({ ...before, revision: 2, updatedAt: '2026-03-01T09:00:00.000Z' });
    expect(audit).toMatchObject({ action: 'attach-evidence', actor: 'Ann', revision: 2, change: { type: 'attach-evidence', evidence: meta } });
    expect(Object.keys(audit.change.type === 'attach-evidence' ? audit.change.evidence : {})).not.toContain('contentBase64');
  });

  it.each<[string, Partial<EvidenceMeta>, RegExp]>([
    ['an upper-case hash', { sha256: SHA.toUpperCase() }, /SHA-256/],
    ['a short hash', { sha256: 'abc' }, /SHA-256/],
    ['an empty name', { name: '   ' }, /file name/],
    ['a name over 500 characters', { name: 'x'.repeat(501) }, /at most 500/],
    ['a negative size', { size: -1 }, /whole number/],
    ['a fractional size', { size: 1.5 }, /whole number/],
    ['an id with a slash', { id: 'a/b' }, /evidence id/],
    ['a bad rule id', { ruleIds: ['sc-1'] }, /rule id/],
    ['a finding listed twice', { ruleIds: ['SC-01', 'SC-01'] }, /twice/],
    ['no time', { addedAt: 'soon' }, /time/],
  ])('refuses %s', (_label, patch, message) => {
    expect(() => applyChange(fresh(), { type: 'attach-evidence', evidence: { ...meta, ...patch } }, ctx())).toThrow(message);
  });
});

describe('edit-evidence and remove-evidence', () => {
  it('edit needs a note or linked findings, and checks them', () => {
    expect(applyChange(fresh(), { type: 'edit-evidence', id: 'ev-1', note: '' }, ctx()).audit.change).toEqual({ type: 'edit-evidence', id: 'ev-1', note: '' });
    expect(applyChange(fresh(), { type: 'edit-evidence', id: 'ev-1', ruleIds: [] }, ctx()).audit.action).toBe('edit-evidence');
    expect(() => applyChange(fresh(), { type: 'edit-evidence', id: 'ev-1' }, ctx())).toThrow(ReviewChangeError);
    expect(() => applyChange(fresh(), { type: 'edit-evidence', id: 'ev-1', ruleIds: ['nope'] }, ctx())).toThrow(/rule id/);
    expect(() => applyChange(fresh(), { type: 'edit-evidence', id: 'ev-1', note: 'x'.repeat(20_001) }, ctx())).toThrow(/at most/);
  });

  it('remove keeps the name and hash in the trail, and checks them', () => {
    const { audit } = applyChange(fresh(), { type: 'remove-evidence', id: 'ev-1', name: meta.name, sha256: SHA }, ctx());
    expect(audit.change).toEqual({ type: 'remove-evidence', id: 'ev-1', name: 'pen-test report.pdf', sha256: SHA });
    expect(() => applyChange(fresh(), { type: 'remove-evidence', id: 'ev-1', name: meta.name, sha256: 'nope' }, ctx())).toThrow(/SHA-256/);
  });
});

describe('bundle and backup schemas', () => {
  const entries = (): AuditEntry[] => {
    let r = fresh();
    const out: AuditEntry[] = [];
    for (const change of [
      { type: 'attach-evidence', evidence: meta },
      { type: 'edit-evidence', id: 'ev-1', note: 'checked', ruleIds: ['SC-01', 'DA-02'] },
      { type: 'remove-evidence', id: 'ev-1', name: meta.name, sha256: SHA },
    ] satisfies ReviewChange[]) {
      const step = applyChange(r, change, ctx());
      r = step.review;
      out.push(step.audit);
    }
    return out;
  };

  it('accept audit entries of every evidence change, and refuse a mismatched action', () => {
    for (const e of entries()) expect(auditEntrySchema.safeParse(e).success).toBe(true);
    const [attach] = entries();
    expect(auditEntrySchema.safeParse({ ...attach, action: 'remove-evidence' }).success).toBe(false);
    expect(auditEntrySchema.safeParse({ ...attach, change: { type: 'attach-evidence', evidence: { ...meta, contentBase64: 'aGVsbG8=' } } }).success).toBe(false);
  });

  it('a bundle whose trail has evidence changes validates', () => {
    const b = validBundle();
    const audit = entries().map((e) => ({ ...e, reviewId: b.review.id }));
    expect(reviewBundleSchema.safeParse({ ...b, audit: [...b.audit, ...audit] }).success).toBe(true);
  });

  it('a backup may hold one review in the bin twice (own entry ids), but not two entries with one id', () => {
    const bk = validBackup();
    const old = bk.bin[0];
    if (!old) throw new Error('fixture has a bin entry');
    const twice: Backup = { ...bk, bin: [old, { ...old, id: 'bin-2' }] };
    expect(backupSchema.safeParse(twice).success).toBe(true);
    // Backups written before bin entries had their own ids: the entry id is the review's id.
    expect(backupSchema.safeParse({ ...bk, bin: [{ ...old, id: old.review.id }] }).success).toBe(true);
    const clash = backupSchema.safeParse({ ...bk, bin: [old, { ...old }] });
    expect(clash.success).toBe(false);
    expect(clash.error?.issues.map((i) => i.path.join('/'))).toContain('bin/1/id');
  });

  it('backup evidence must belong to a review of the backup and have unique ids; bin trails must belong to their review', () => {
    const bk = validBackup();
    const review = bk.reviews[0];
    if (!review) throw new Error('fixture has a review');
    const item = { ...meta, reviewId: review.id };
    expect(backupSchema.safeParse({ ...bk, evidence: [item] }).success).toBe(true);
    expect(backupSchema.safeParse({ ...bk, evidence: [{ ...item, reviewId: 'nobody' }] }).error?.issues[0]?.path).toEqual(['evidence', 0, 'reviewId']);
    expect(backupSchema.safeParse({ ...bk, evidence: [item, item] }).error?.issues[0]?.path).toEqual(['evidence', 1, 'id']);
    const old = bk.bin[0];
    if (!old) throw new Error('fixture has a bin entry');
    const stray = { ...bk.audit[0], reviewId: 'someone-else' } as AuditEntry;
    expect(backupSchema.safeParse({ ...bk, bin: [{ ...old, audit: [stray] }] }).error?.issues[0]?.path).toEqual(['bin', 0, 'audit', 0, 'reviewId']);
    expect(backupSchema.safeParse({ ...bk, bin: [{ ...old, evidence: [meta] }] }).success).toBe(true);
  });
});

describe('import as a copy', () => {
  it('gives evidence new ids and re-points the trail to them', () => {
    const b = validBundle();
    const r = { ...fresh(), id: b.review.id };
    const attach = applyChange(r, { type: 'attach-evidence', evidence: { ...meta, id: 'ev-1' } }, ctx());
    const edit = applyChange(attach.review, { type: 'edit-evidence', id: 'ev-1', note: 'x' }, ctx());
    const bundle = { ...b, audit: [...b.audit, attach.audit, edit.audit] };
    let k = 0;
    const copy = asCopy(bundle, 'rev-copy', '2026-03-02T00:00:00.000Z', () => `new-${++k}`);
    const newId = copy.evidence[0]?.id;
    expect(newId).toMatch(/^new-/);
    expect(newId).not.toBe('ev-1');
    const changes = copy.audit.map((e) => e.change);
    expect(changes.find((c) => c.type === 'attach-evidence')).toMatchObject({ evidence: { id: newId } });
    expect(changes).toContainEqual({ type: 'edit-evidence', id: newId, note: 'x' });
    expect(copy.evidence[0]).toMatchObject({ name: 'arch.pdf', sha256: b.evidence[0]?.sha256, contentBase64: b.evidence[0]?.contentBase64 });
    expect(bundle.evidence[0]?.id).toBe('ev-1');
    expect(reviewBundleSchema.safeParse(copy).success).toBe(true);
  });
});

describe('report audit lines', () => {
  it('name evidence by id and hash, never by file name, and hide notes when asked', () => {
    const attach = describeChange({ type: 'attach-evidence', evidence: meta }, new Set(), false);
    expect(attach).toContain(SHA);
    expect(attach).not.toContain(meta.name);
    expect(describeChange({ type: 'remove-evidence', id: 'ev-1', name: meta.name, sha256: SHA }, new Set(), false)).not.toContain(meta.name);
    const edit: ReviewChange = { type: 'edit-evidence', id: 'ev-1', note: 'secret remark', ruleIds: ['SC-01'] };
    expect(describeChange(edit, new Set(), false)).toContain('secret remark');
    expect(describeChange(edit, new Set(), true)).not.toContain('secret remark');
    expect(describeChange(edit, new Set(), true)).toContain('SC-01');
  });
});
