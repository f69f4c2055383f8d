// Importing a review bundle from the Reviews screen: a valid bundle imports and opens; a bundle whose review exists
// asks "copy or replace" (replace asks again); an older format is converted and said so; a malformed bundle lists
// every problem with where it is and writes nothing.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewBundle } from '../../../../shared/bundle/types';
import { assess } from '../../../../shared/engine/assess';
import { validateProfile } from '../../../../shared/profile/validate';
import { buildBundle, toBundleJson } from '../../../../shared/report/json';
import type { ChangeContext } from '../../../../shared/review/changes';
import { AppDb } from '../../../../renderer/db/app-db';
import { createBundleRepo } from '../../../../renderer/db/bundle-repo';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';
import { spyOpen } from '../export/support';
import { renderApp } from '../support/render-app';

afterEach(() => vi.restoreAllMocks());
const SLOW = { timeout: 30_000 };

let n = 0;
const ctx = (): ChangeContext => ({ now: '2026-02-01T10:00:00.000Z', actor: 'Sender', newId: () => `b-${++n}-${crypto.randomUUID()}` });

async function bundleFrom(db: AppDb, id: string): Promise<ReviewBundle> {
  const source = await createBundleRepo(db).sourceOf(id);
  if (!source) throw new Error('no review');
  const v = validateProfile(source.review.profile);
  if (!v.ok) throw new Error('invalid');
  return buildBundle({ review: source.review, assessment: assess(v.profile), audit: source.audit, exportedAt: '2026-02-02T00:00:00.000Z', appVersion: '0.1.0' });
}

/** A bundle made on "another computer": a review with two answers. */
async function foreignBundle(title = 'Globex ERP – Beijing'): Promise<ReviewBundle> {
  const db = new AppDb(`sender-${crypto.randomUUID()}`);
  const repo = createReviewsRepo(db);
  const r = await repo.create({ title, vendorName: 'Globex', productName: 'ERP' }, ctx());
  await repo.change(r.id, { type: 'set-answer', field: 'vendor.hq_jurisdiction', value: 'EU' }, ctx());
  await repo.change(r.id, { type: 'set-answer', field: 'vendor.foreign_controlled', value: true }, ctx());
  return bundleFrom(db, r.id);
}

async function dump(db: AppDb) {
  return { reviews: await db.reviews.toArray(), audit: await db.audit.toArray(), bin: await db.bin.toArray(), settings: await db.settings.toArray() };
}

describe('import a review bundle', { timeout: 120_000 }, () => {
  it('imports a valid bundle, records the import and opens the review', async () => {
    const bundle = await foreignBundle();
    const { user, db } = await renderApp({ seed: [{ title: 'Existing' }] });
    spyOpen({ fileName: 'globex.json', text: toBundleJson(bundle) });
    await user.click(screen.getByRole('button', { name: 'Import review…' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Globex ERP – Beijing' }, SLOW)).toBeInTheDocument();
    expect(await screen.findByText('Imported “Globex ERP – Beijing”.')).toBeInTheDocument();
    const stored = await db.reviews.get(bundle.review.id);
    expect(stored?.profile).toEqual({ vendor: { hq_jurisdiction: 'EU', foreign_controlled: true } });
    const trail = await createReviewsRepo(db).auditOf(bundle.review.id);
    // (Opening the review then stamps the catalogue version: a later entry.)
    expect(trail.slice(0, 4).map((a) => a.action)).toEqual(['create', 'set-answer', 'set-answer', 'import']);
    expect(trail[3]?.change).toEqual({ type: 'import', source: 'bundle file "globex.json"' });
  });

  it('lists every located problem of a malformed bundle and writes nothing', async () => {
    const bundle = await foreignBundle();
    type Obj = Record<string, unknown>;
    const broken = JSON.parse(toBundleJson(bundle)) as Obj & { review: Obj; audit: Obj[]; assessment: { findings: Obj[] } };
    broken.review['title'] = '';
    broken.review['revision'] = 'two';
    (broken.audit[1] as Obj)['actor'] = 42;
    (broken.assessment.findings[0] as Obj)['outcome'] = 'maybe';
    const { user, db } = await renderApp({ seed: [{ title: 'Existing' }] });
    const before = await dump(db);
    spyOpen({ fileName: 'broken.json', text: JSON.stringify(broken) });
    await user.click(screen.getByRole('button', { name: 'Import review…' }));
    const dialog = await screen.findByRole('dialog', { name: 'This review bundle cannot be imported' }, SLOW);
    expect(dialog).toHaveTextContent('“broken.json” has');
    const items = within(within(dialog).getByRole('list', { name: 'Problems and where they are' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.some((t) => t.startsWith('/review/title'))).toBe(true);
    expect(items.some((t) => t.startsWith('/review/revision'))).toBe(true);
    expect(items.some((t) => t.startsWith('/audit/1/actor'))).toBe(true);
    expect(items.some((t) => t.startsWith('/assessment/findings/0/outcome'))).toBe(true);
    expect(items).toHaveLength(4);
    expect(await dump(db)).toEqual(before);
  });

  it('says so when the file is not JSON', async () => {
    const { user } = await renderApp();
    spyOpen({ fileName: 'notes.txt', text: 'hello' });
    await user.click(screen.getByRole('button', { name: 'Import review…' }));
    const dialog = await screen.findByRole('dialog', { name: 'This review bundle cannot be imported' }, SLOW);
    expect(dialog).toHaveTextContent(/whole file.*not valid JSON/);
  });

  it('converts an older format version and says so', async () => {
    const bundle = await foreignBundle('Old format review');
    const { profile, ...reviewV0 } = bundle.review;
    const { catalogueVersion: _c, evidence: _e, ...rest } = bundle;
    const v0 = { ...rest, formatVersion: 0, review: reviewV0, profileAnswers: profile };
    const { user } = await renderApp();
    spyOpen({ fileName: 'old.json', text: JSON.stringify(v0) });
    await user.click(screen.getByRole('button', { name: 'Import review…' }));
    expect(await screen.findByText('Imported “Old format review” (converted from format version 0).', {}, SLOW)).toBeInTheDocument();
  });

  it('an existing review: import as a copy keeps both', async () => {
    const { user, db, services } = await renderApp({ seed: [{ title: 'Shared review' }] });
    const id = services.store.getState().reviews[0]?.id ?? '';
    const bundle = await bundleFrom(db, id);
    spyOpen({ fileName: 'shared.json', text: toBundleJson(bundle) });
    await user.click(screen.getByRole('button', { name: 'Import review…' }));
    const dialog = await screen.findByRole('dialog', { name: 'This review is already here' }, SLOW);
    expect(dialog).toHaveTextContent('“Shared review”');
    await user.click(within(dialog).getByRole('button', { name: 'Import as a copy' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Shared review (imported copy)' }, SLOW)).toBeInTheDocument();
    expect((await db.reviews.toArray()).map((r) => r.title).sort()).toEqual(['Shared review', 'Shared review (imported copy)']);
  });

  it('an existing review: replace asks for confirmation, then the old version goes to the bin', async () => {
    const { user, db, services } = await renderApp({ seed: [{ title: 'Shared review' }] });
    const id = services.store.getState().reviews[0]?.id ?? '';
    const bundle = await bundleFrom(db, id);
    await services.store.getState().renameReview(id, { title: 'Edited here meanwhile', vendorName: '', productName: '' });
    spyOpen({ fileName: 'shared.json', text: toBundleJson(bundle) }, { fileName: 'shared.json', text: toBundleJson(bundle) });

    // Cancelling the confirmation changes nothing.
    await user.click(screen.getByRole('button', { name: 'Import review…' }));
    let dialog = await screen.findByRole('dialog', { name: 'This review is already here' }, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Replace the existing review…' }));
    let confirm = await screen.findByRole('alertdialog', { name: 'Replace “Edited here meanwhile”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    dialog = await screen.findByRole('dialog', { name: 'This review is already here' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await db.reviews.get(id))?.title).toBe('Edited here meanwhile');

    await user.click(screen.getByRole('button', { name: 'Import review…' }));
    dialog = await screen.findByRole('dialog', { name: 'This review is already here' }, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Replace the existing review…' }));
    confirm = await screen.findByRole('alertdialog', { name: 'Replace “Edited here meanwhile”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Replace' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Shared review' }, SLOW)).toBeInTheDocument();
    expect((await db.reviews.get(id))?.title).toBe('Shared review');
    expect((await db.bin.where('reviewId').equals(id).toArray()).map((b) => b.review.title)).toEqual(['Edited here meanwhile']);
  });

  it('opens the file picker with Ctrl+O on the Reviews screen', async () => {
    const { user } = await renderApp({ seed: [{ title: 'Any' }] });
    const open = spyOpen();
    await user.keyboard('{Control>}o{/Control}');
    await waitFor(() => expect(open).toHaveBeenCalledWith({ filters: [{ name: 'Airlock review bundle', extensions: ['json'] }], maxBytes: 200 * 1024 * 1024 }));
  });
});
