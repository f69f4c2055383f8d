// Evidence through review bundles and backups on the real Dexie schema: metadata-only and with-files round trips,
// a contents/SHA-256 mismatch that refuses the whole import (or restore) with nothing written, copies with new
// evidence ids, replace moving the old evidence to the bin, backup → JSON → restore deep-equal with evidence live and
// in the bin, and backups written before bin entries had their own ids.
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../../../shared/catalogue/instruments';
import { MITIGATIONS } from '../../../../shared/catalogue/mitigations';
import { parseBackup, parseBundle } from '../../../../shared/bundle/parse';
import type { Backup } from '../../../../shared/bundle/types';
import { toMarkdown } from '../../../../shared/report/markdown';
import { buildReport } from '../../../../shared/report/model';
import { toBackupJson, toBundleJson } from '../../../../shared/report/json';
import { createBackupRepo } from '../../../../renderer/db/backup-repo';
import { BundleImportError, createBundleRepo } from '../../../../renderer/db/bundle-repo';
import { createEvidenceRepo } from '../../../../renderer/db/evidence-repo';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';
import { bundleOf, ctx, dumpAll, HELLO_SHA, newDb, orphanFiles, seededWithEvidence, withEvidence } from './support';

const MAX = 50_000_000;

function reparse(text: string) {
  const parsed = parseBundle(text, { maxBytes: MAX });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.bundle;
}

describe('review bundles with evidence', () => {
  it('metadata only: the bundle lists the evidence, the import stores it without files, and reports print it', async () => {
    const { db, id } = await seededWithEvidence();
    const bundle = reparse(toBundleJson(await bundleOf(db, id)));
    expect(bundle.evidence.map((e) => [e.name, e.sha256, e.contentBase64])).toEqual([
      ['hello.txt', HELLO_SHA, undefined],
      ['contract.pdf', expect.stringMatching(/^[0-9a-f]{64}$/), undefined],
    ]);
    const target = newDb('target');
    const [done] = await createBundleRepo(target).importBundles([{ bundle, mode: 'new', source: 'a.json' }], ctx());
    expect(done).toMatchObject({ evidence: 2, evidenceWithoutFile: 2 });
    const stored = await createEvidenceRepo(target).list(id);
    expect(stored.map((e) => ({ name: e.name, fileId: e.fileId, note: e.note, ruleIds: e.ruleIds }))).toEqual([
      { name: 'hello.txt', fileId: null, note: 'first file', ruleIds: undefined },
      { name: 'contract.pdf', fileId: null, note: undefined, ruleIds: ['SC-01'] },
    ]);
    expect(await target.evidenceFiles.count()).toBe(0);

    // The report built from what an export reads lists the evidence in its appendix.
    const source = await createBundleRepo(target).sourceOf(id);
    if (!source) throw new Error('no source');
    const report = buildReport(
      { review: source.review, assessment: bundle.assessment, instruments: INSTRUMENTS, mitigations: MITIGATIONS, audit: source.audit, evidence: source.evidence, reviewer: 'Ann', generatedAt: '2026-02-04T00:00:00.000Z', appVersion: '0.1.0' },
      { redaction: { internalNotes: false, evidenceNames: false, vendorConfidential: false } },
    );
    expect(report.evidence.map((e) => e.sha256)).toEqual(bundle.evidence.map((e) => e.sha256));
    expect(toMarkdown(report)).toContain(HELLO_SHA);
  });

  it('with files: contents travel, are verified, and come out byte for byte', async () => {
    const { db, id } = await seededWithEvidence();
    const bundle = reparse(toBundleJson(await bundleOf(db, id, true)));
    const target = newDb('target');
    const [done] = await createBundleRepo(target).importBundles([{ bundle, mode: 'new', source: 'a.json' }], ctx());
    expect(done).toMatchObject({ evidence: 2, evidenceWithoutFile: 0 });
    const repo = createEvidenceRepo(target);
    const [hello, contract] = await repo.list(id);
    expect(new TextDecoder().decode(await repo.contents(hello?.id ?? ''))).toBe('hello');
    expect([...((await repo.contents(contract?.id ?? '')) ?? [])]).toEqual([0, 1, 2, 250, 255]);
    // Same state as the source, apart from the import itself.
    const [from, to] = [await dumpAll(db), await dumpAll(target)];
    expect(to.evidence).toEqual(from.evidence.filter((e) => e.reviewId === id));
    expect((await createReviewsRepo(target).auditOf(id)).at(-1)?.action).toBe('import');
  });

  it('a file whose contents do not match its SHA-256 refuses the whole import, naming the item; nothing is written', async () => {
    const { db, id, bundles } = await seededWithEvidence();
    const good = await bundleOf(db, id, true);
    const bad = withEvidence(good, 1, { contentBase64: 'AAEC+v4=' }); // one byte changed, same size
    const copyOfOther = await bundleOf(db, id, true);
    const before = await dumpAll(db);
    const refused = bundles.importBundles(
      [
        { bundle: copyOfOther, mode: 'copy', source: 'fine.json' },
        { bundle: bad, mode: 'replace', source: 'altered.json' },
      ],
      ctx(),
    );
    await expect(refused).rejects.toBeInstanceOf(BundleImportError);
    await expect(refused).rejects.toMatchObject({ code: 'evidence-mismatch' });
    await expect(refused).rejects.toThrow(/Evidence "contract\.pdf" \(.+\) does not match its SHA-256/);
    expect(await dumpAll(db)).toEqual(before);
    // A size that disagrees with the contents is refused the same way.
    await expect(bundles.importBundles([{ bundle: withEvidence(good, 0, { size: 6 }), mode: 'copy', source: 'x' }], ctx())).rejects.toThrow(/5 bytes, but its size says 6/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('copy: the copy gets new evidence ids (trail re-pointed); both reviews keep their evidence', async () => {
    const { db, id, bundles } = await seededWithEvidence();
    const bundle = await bundleOf(db, id, true);
    const [copy] = await bundles.importBundles([{ bundle, mode: 'copy', source: 'x' }], ctx());
    const repo = createEvidenceRepo(db);
    const mine = await repo.list(id);
    const theirs = await repo.list(copy?.review.id ?? '');
    expect(theirs.map((e) => e.sha256)).toEqual(mine.map((e) => e.sha256));
    expect(theirs.some((e) => mine.some((m) => m.id === e.id))).toBe(false);
    const attached = (await createReviewsRepo(db).auditOf(copy?.review.id ?? '')).flatMap((a) => (a.change.type === 'attach-evidence' ? [a.change.evidence.id] : []));
    expect(attached.sort()).toEqual(theirs.map((e) => e.id).sort());
    expect(await orphanFiles(db)).toEqual([]);
  });

  it('replace: the current evidence goes to the bin with the old version; the bundle brings its own', async () => {
    const { db, id, bundles, evidence } = await seededWithEvidence();
    const bundle = await bundleOf(db, id, true);
    const [first] = await evidence.list(id);
    await evidence.remove(id, first?.id ?? '', ctx());
    await evidence.attach(id, { name: 'local.txt', bytes: new TextEncoder().encode('local only') }, ctx());
    await bundles.importBundles([{ bundle, mode: 'replace', source: 'x' }], ctx());
    expect((await evidence.list(id)).map((e) => e.name)).toEqual(['hello.txt', 'contract.pdf']);
    const [binned] = await db.bin.where('reviewId').equals(id).toArray();
    expect(binned?.evidence?.map((e) => e.name).sort()).toEqual(['contract.pdf', 'local.txt']);
    expect(await orphanFiles(db)).toEqual([]);
  });

  it('"new" is refused when the bundle\'s evidence ids are stored for another review', async () => {
    const { db, id, bundles } = await seededWithEvidence();
    const bundle = await bundleOf(db, id);
    const moved = { ...bundle, review: { ...bundle.review, id: 'elsewhere' }, audit: [] };
    const before = await dumpAll(db);
    await expect(bundles.importBundles([{ bundle: moved, mode: 'new', source: 'x' }], ctx())).rejects.toMatchObject({ code: 'evidence-clash' });
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('backups with evidence', () => {
  it('backup → JSON → parse → restore is deep-equal, evidence files live and in the bin included', async () => {
    const { db } = await seededWithEvidence();
    const backup = await createBackupRepo(db).backup({ exportedAt: '2026-02-03T00:00:00.000Z', appVersion: '0.1.0' });
    expect(backup.evidence?.map((e) => [e.name, e.contentBase64])).toEqual([
      ['hello.txt', 'aGVsbG8='],
      ['contract.pdf', 'AAEC+v8='],
    ]);
    expect(backup.bin[0]?.evidence?.map((e) => e.name)).toEqual(['other.txt']);
    const parsed = parseBackup(toBackupJson(backup), { maxBytes: MAX });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const target = newDb('restore');
    const evidence = createEvidenceRepo(target);
    const reviews = createReviewsRepo(target);
    const gone = await reviews.create({ title: 'Replaced by the restore', vendorName: '', productName: '' }, ctx());
    await evidence.attach(gone.id, { name: 'replaced.txt', bytes: new TextEncoder().encode('gone') }, ctx());
    const outcome = await createBackupRepo(target).restore(parsed.backup);
    expect(outcome).toEqual({ reviews: 1, audit: (await db.audit.count()), bin: 1, settings: 1, evidence: 3, evidenceWithoutFile: 0 });
    expect(await dumpAll(target)).toEqual(await dumpAll(db));
    expect(await target.evidenceFiles.count()).toBe(3);
  });

  it('a file that does not match its SHA-256 refuses the restore before anything is replaced', async () => {
    const { db } = await seededWithEvidence();
    const backup = await createBackupRepo(db).backup({ exportedAt: '2026-02-03T00:00:00.000Z', appVersion: '0.1.0' });
    const [binned] = backup.bin;
    if (!binned?.evidence?.[0]) throw new Error('fixture: evidence in the bin');
    const altered: Backup = { ...backup, bin: [{ ...binned, evidence: [{ ...binned.evidence[0], contentBase64: 'b3RoZXIgcmV2aWV3IQ==' }] }] };
    const target = newDb('restore');
    await createReviewsRepo(target).create({ title: 'Keep me', vendorName: '', productName: '' }, ctx());
    const before = await dumpAll(target);
    await expect(createBackupRepo(target).restore(altered)).rejects.toThrow(/Evidence "other\.txt".*Nothing was restored/);
    expect(await dumpAll(target)).toEqual(before);
  });

  it('a failing evidence record during restore leaves the database exactly as it was', async () => {
    const { db } = await seededWithEvidence();
    const backup = await createBackupRepo(db).backup({ exportedAt: '2026-02-03T00:00:00.000Z', appVersion: '0.1.0' });
    const { db: target } = await seededWithEvidence('target');
    const before = await dumpAll(target);
    target.evidence.hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(createBackupRepo(target).restore(backup)).rejects.toThrow();
    expect(await dumpAll(target)).toEqual(before);
  });

  it('restores a backup written before bin entries had their own ids (entry id = review id), and the review can come back', async () => {
    const { db, otherId } = await seededWithEvidence();
    const backup = await createBackupRepo(db).backup({ exportedAt: '2026-02-03T00:00:00.000Z', appVersion: '0.1.0' });
    const old: Backup = { ...backup, bin: backup.bin.map(({ evidence: _e, ...b }) => ({ ...b, id: b.review.id })) };
    const parsed = parseBackup(toBackupJson(old), { maxBytes: MAX });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const target = newDb('old-backup');
    await createBackupRepo(target).restore(parsed.backup);
    expect(await target.bin.get(otherId)).toMatchObject({ id: otherId, reviewId: otherId, review: { title: 'Other' } });
    const reviews = createReviewsRepo(target);
    expect((await reviews.restore(otherId, ctx())).title).toBe('Other');
    // Deleting it again adds a second entry instead of overwriting anything.
    await reviews.delete(otherId, ctx());
    expect(await target.bin.where('reviewId').equals(otherId).count()).toBe(1);
    expect(await target.bin.count()).toBe(1);
  });
});
