// Review bundle and backup: export → import round trip, located errors, the v0 → v1 migration, refusal of newer
// versions and prototype keys, import planning (new / conflict / copy).
import { describe, expect, it } from 'vitest';
import { parseBackup, parseBundle } from '../../../../shared/bundle/parse';
import { asCopy, COPY_SUFFIX, planImport } from '../../../../shared/bundle/plan';
import { buildBundle, ExportValidationError, toBackupJson, toBundleJson } from '../../../../shared/report/json';
import { assessment, audit, review } from '../report/fixture';
import { MAX, validBackup, validBundle } from './fixture';

describe('review bundle round trip', () => {
  it('serialises and reads back deep-equal, with Chinese text intact', () => {
    const b = validBundle();
    const text = toBundleJson(b);
    const r = parseBundle(text, { maxBytes: MAX });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bundle).toEqual(b);
    expect(r.migratedFrom).toBeUndefined();
    expect(JSON.stringify(r.bundle)).toContain('定制开发的源代码及后门审查');
    expect(r.bundle.assessment.findings.filter((f) => f.outcome === 'review')).toHaveLength(2);
  });

  it('keeps only the review\'s own audit entries and stamps the catalogue version', () => {
    const b = buildBundle({ review, assessment, audit: [...audit, { ...audit[0]!, id: 'other', reviewId: 'rev-other' }], exportedAt: '2026-11-27T12:00:00.000Z', appVersion: '0.1.0' });
    expect(b.audit).toHaveLength(audit.length);
    expect(b.catalogueVersion).toBe(assessment.catalogueVersion);
  });

  it('refuses to export a bundle that would not import', () => {
    const bad = { ...validBundle(), review: { ...review, title: '' } };
    expect(() => toBundleJson(bad)).toThrow(ExportValidationError);
  });
});

describe('parseBundle errors', () => {
  const text = (o: unknown): string => JSON.stringify(o);

  it('refuses files over the size limit before parsing', () => {
    const r = parseBundle(toBundleJson(validBundle()), { maxBytes: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: '', message: 'The file is larger than the 100-byte limit.' }]);
    // multi-byte characters count as bytes, not characters
    const zh = JSON.stringify({ format: '网'.repeat(40) });
    expect(parseBundle(zh, { maxBytes: zh.length + 10 }).ok).toBe(false);
  });

  it('reports invalid JSON and wrong formats', () => {
    expect(parseBundle('{"format":', { maxBytes: MAX })).toMatchObject({ ok: false, errors: [{ path: '' }] });
    expect(parseBundle('[]', { maxBytes: MAX })).toMatchObject({ ok: false });
    expect(parseBundle(text({ ...validBundle(), format: 'airlock-backup' }), { maxBytes: MAX })).toMatchObject({ ok: false, errors: [{ path: '/format' }] });
  });

  it('refuses a newer format version with a clear message', () => {
    const r = parseBundle(text({ ...validBundle(), formatVersion: 2 }), { maxBytes: MAX });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.path).toBe('/formatVersion');
    expect(r.errors[0]?.message).toMatch(/newer version of Airlock/);
  });

  it('names every problem with its JSON Pointer', () => {
    const b = validBundle();
    const bad = {
      ...b,
      extra: 1,
      review: { ...b.review, createdAt: 'yesterday', decisions: { 'not a rule': {} } },
      assessment: { ...b.assessment, findings: [{ ...b.assessment.findings[0]!, severity: 'catastrophic' }] },
      audit: [{ ...b.audit[0]!, reviewId: 'someone-else' }],
    };
    const r = parseBundle(text(bad), { maxBytes: MAX });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('');
    expect(paths).toContain('/review/createdAt');
    expect(paths).toContain('/review/decisions/not a rule');
    expect(paths).toContain('/assessment/findings/0/severity');
  });

  it('reports cross-field problems (audit of another review)', () => {
    const b = validBundle();
    const r = parseBundle(text({ ...b, audit: [{ ...b.audit[0]!, reviewId: 'someone-else' }] }), { maxBytes: MAX });
    expect(r).toMatchObject({ ok: false, errors: [{ path: '/audit/0/reviewId' }] });
  });

  it('refuses prototype keys at any depth with their paths, without polluting Object.prototype', () => {
    const payloads = [
      '{"__proto__":{"polluted":"yes"},"format":"airlock-review-bundle"}',
      '{"format":"airlock-review-bundle","review":{"profile":{"vendor":{"constructor":{"prototype":{"polluted":"yes"}}}}}}',
      '{"format":"airlock-review-bundle","audit":[{"change":{"prototype":1}}]}',
    ];
    for (const p of payloads) {
      const r = parseBundle(p, { maxBytes: MAX });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors.some((e) => /__proto__|constructor|prototype/.test(e.path))).toBe(true);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses too-deep nesting and over-long strings and arrays', () => {
    const deep = `{"format":"airlock-review-bundle","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(parseBundle(deep, { maxBytes: MAX }).ok).toBe(false);
    const b = validBundle();
    const long = parseBundle(text({ ...b, review: { ...b.review, title: 'x'.repeat(10_000) } }), { maxBytes: MAX });
    expect(long).toMatchObject({ ok: false, errors: [{ path: '/review/title' }] });
    const f0 = b.assessment.findings[0]!;
    const huge = parseBundle(text({ ...b, assessment: { ...b.assessment, findings: [{ ...f0, trace: Array.from({ length: 600 }, () => f0.trace[0]) }] } }), { maxBytes: MAX });
    expect(huge).toMatchObject({ ok: false, errors: [{ path: '/assessment/findings/0/trace' }] });
  });
});

describe('migrations', () => {
  it('migrates a v0 bundle (profileAnswers beside the review) through v0-to-v1', () => {
    const b = validBundle();
    const { profile, ...reviewV0 } = b.review;
    const { catalogueVersion: _c, evidence: _e, ...rest } = b;
    const v0 = { ...rest, formatVersion: 0, review: reviewV0, profileAnswers: profile };
    const r = parseBundle(JSON.stringify(v0), { maxBytes: MAX });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    expect(r.migrations).toEqual(['v0-to-v1']);
    expect(r.bundle.review.profile).toEqual(profile);
    expect(r.bundle.catalogueVersion).toBe(assessment.catalogueVersion);
    expect(r.bundle.evidence).toEqual([]);
  });

  it('migrates a v0 backup (reviews with profileAnswers, no bin)', () => {
    const bk = validBackup();
    const { bin: _bin, ...rest } = bk;
    const v0 = { ...rest, formatVersion: 0, reviews: bk.reviews.map(({ profile, ...r }) => ({ ...r, profileAnswers: profile })) };
    const r = parseBackup(JSON.stringify(v0), { maxBytes: MAX });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    expect(r.backup.reviews[0]?.profile).toEqual(review.profile);
    expect(r.backup.bin).toEqual([]);
  });
});

describe('backup', () => {
  it('round-trips and refuses duplicates and newer versions', () => {
    const bk = validBackup();
    const r = parseBackup(toBackupJson(bk), { maxBytes: MAX });
    expect(r).toEqual({ ok: true, backup: bk });
    const dup = parseBackup(JSON.stringify({ ...bk, reviews: [review, review] }), { maxBytes: MAX });
    expect(dup).toMatchObject({ ok: false, errors: [{ path: '/reviews/1/id' }] });
    const newer = parseBackup(JSON.stringify({ ...bk, formatVersion: 7 }), { maxBytes: MAX });
    expect(newer).toMatchObject({ ok: false, errors: [{ path: '/formatVersion' }] });
    if (!newer.ok) expect(newer.errors[0]?.message).toMatch(/newer version of Airlock \(format version 7\)/);
    expect(parseBackup(toBundleJson(validBundle()), { maxBytes: MAX })).toMatchObject({ ok: false, errors: [{ path: '/format' }] });
  });
});

describe('import planning', () => {
  it('says new or conflict', () => {
    const b = validBundle();
    expect(planImport(b, [])).toEqual({ mode: 'new' });
    expect(planImport(b, new Set(['x', review.id]))).toEqual({ mode: 'conflict', existingId: review.id });
  });

  it('as a copy: new id, suffixed title, audit re-pointed with fresh ids; the original is untouched and still valid', () => {
    const b = validBundle();
    let n = 0;
    const copy = asCopy(b, 'rev-copy', '2026-11-28T00:00:00.000Z', () => `aud-${++n}`);
    expect(copy.review.id).toBe('rev-copy');
    expect(copy.review.title).toBe(`${review.title}${COPY_SUFFIX}`);
    expect(copy.review.updatedAt).toBe('2026-11-28T00:00:00.000Z');
    expect(copy.audit.map((e) => e.reviewId)).toEqual(audit.map(() => 'rev-copy'));
    expect(copy.audit.map((e) => e.id)).toEqual(audit.map((_, i) => `aud-${i + 1}`));
    expect(copy.audit.map((e) => e.change)).toEqual(audit.map((e) => e.change));
    expect(b.review.id).toBe(review.id);
    expect(parseBundle(toBundleJson(copy), { maxBytes: MAX }).ok).toBe(true);
    expect(asCopy(copy, 'rev-copy-2', '2026-11-28T00:00:00.000Z', () => `aud-${++n}`).review.title).toBe(copy.review.title);
  });
});
