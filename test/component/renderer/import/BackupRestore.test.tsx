// Settings → Data: "Back up everything" saves the whole database; "Restore from backup…" shows what the file holds,
// offers a backup first, asks for confirmation and then replaces everything (deep-equal to what was backed up).
// A bad backup lists its problems and changes nothing.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppDb } from '../../../../renderer/db/app-db';
import { spyOpen, spySave, textOf } from '../export/support';
import { renderApp } from '../support/render-app';

afterEach(() => vi.restoreAllMocks());
const SLOW = { timeout: 30_000 };

async function dump(db: AppDb) {
  const sorted = <T,>(rows: T[], key: (r: T) => string) => rows.sort((a, b) => key(a).localeCompare(key(b)));
  return {
    reviews: sorted(await db.reviews.toArray(), (r) => r.id),
    audit: sorted(await db.audit.toArray(), (r) => r.id),
    bin: sorted(await db.bin.toArray(), (r) => r.id),
    settings: sorted(await db.settings.toArray(), (r) => r.key),
  };
}

async function openSettings(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getByRole('link', { name: /Settings/ }));
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
}

describe('backup and restore', { timeout: 120_000 }, () => {
  it('backs up everything and restores it deep-equal, after confirmation', async () => {
    const { user, db, services } = await renderApp({ reviewerName: 'Ann', seed: [{ title: 'Alpha', vendorName: 'A' }, { title: 'Beta' }, { title: 'Gamma' }] });
    const s = () => services.store.getState();
    const byTitle = (title: string) => s().reviews.find((r) => r.title === title);
    const alpha = byTitle('Alpha');
    const beta = byTitle('Beta');
    await s().changeReview(alpha?.id ?? '', { type: 'set-answer', field: 'vendor.hq_jurisdiction', value: 'US' });
    await s().setArchived(beta?.id ?? '', true);
    await s().deleteReview(byTitle('Gamma')?.id ?? '');
    const original = await dump(db);
    const { saved } = spySave();

    await openSettings(user);
    await user.click(screen.getByRole('button', { name: 'Back up everything' }));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    expect(saved[0]?.suggestedName).toMatch(/^airlock-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupText = textOf(saved[0]);

    // Things change after the backup.
    await s().createReview({ title: 'Made after the backup', vendorName: '', productName: '' });
    await s().renameReview(alpha?.id ?? '', { title: 'Alpha renamed', vendorName: 'A', productName: '' });
    await s().updateSetting('reviewerName', 'Someone else');

    spyOpen({ fileName: 'backup.json', text: backupText });
    await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' }, SLOW);
    const facts = within(dialog).getByLabelText('Contents of the backup');
    expect(facts).toHaveTextContent('Reviews2');
    expect(facts).toHaveTextContent('of which archived1');
    expect(facts).toHaveTextContent('In the bin1');
    expect(dialog).toHaveTextContent('Restoring replaces ALL current data, including the 3 reviews on this computer now.');

    // "Back up current data first" saves another file and keeps the dialog.
    await user.click(within(dialog).getByRole('button', { name: 'Back up current data first' }));
    await waitFor(() => expect(saved).toHaveLength(2), SLOW);
    expect(textOf(saved[1])).toContain('Made after the backup');

    await user.click(within(dialog).getByRole('button', { name: 'Restore…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Replace all current data?' });
    await user.click(within(confirm).getByRole('button', { name: 'Replace everything' }));
    expect(await screen.findByText('Restored 2 reviews from the backup.', {}, SLOW)).toBeInTheDocument();
    expect(await dump(db)).toEqual(original);
    expect(s().settings.reviewerName).toBe('Ann');
    expect(s().reviews.map((r) => r.title).sort()).toEqual(['Alpha', 'Beta']);
    expect(screen.getByRole('heading', { level: 1, name: 'Reviews' })).toBeInTheDocument();
  });

  it('a bad backup lists its problems and changes nothing', async () => {
    const { user, db } = await renderApp({ seed: [{ title: 'Keep me' }] });
    const before = await dump(db);
    const bad = { format: 'airlock-backup', formatVersion: 1, exportedAt: 'yesterday', appVersion: '0.1.0', reviews: [{ id: 'x' }], audit: [], bin: [], settings: {} };
    spyOpen({ fileName: 'bad.json', text: JSON.stringify(bad) });
    await openSettings(user);
    await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'This backup cannot be restored' }, SLOW);
    const items = within(dialog).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.some((t) => t.startsWith('/exportedAt'))).toBe(true);
    expect(items.some((t) => t.startsWith('/reviews/0/title'))).toBe(true);
    expect(items.length).toBeGreaterThan(5);
    expect(await dump(db)).toEqual(before);
  });

  it('a newer backup format is refused with a clear reason', async () => {
    const { user } = await renderApp();
    spyOpen({ fileName: 'future.json', text: JSON.stringify({ format: 'airlock-backup', formatVersion: 9 }) });
    await openSettings(user);
    await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'This backup cannot be restored' }, SLOW);
    expect(dialog).toHaveTextContent('written by a newer version of Airlock');
  });
});
