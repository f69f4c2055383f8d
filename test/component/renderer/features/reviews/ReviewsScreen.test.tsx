// The Reviews screen as a user drives it: create, rename, duplicate, archive, delete + undo, search, sort, empty
// states and keyboard use, checked both on screen and in the database (with its audit trail).
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, rowByTitle, rowTitles } from '../../support/render-app';

describe('Reviews screen', () => {
  it('explains what Airlock does on first run and offers to create a review', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { name: 'Start your first review' })).toBeInTheDocument();
    expect(screen.getByText(/estimates the likely MLPS level/)).toBeInTheDocument();
    expect(screen.getByText(/makes no network connections/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('creates a review from the dialog, stores it, and records the reviewer in the audit trail', async () => {
    const { user, db } = await renderApp({ reviewerName: 'Li Wei' });
    await user.click(screen.getAllByRole('button', { name: 'New review' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'New review' });
    await user.type(within(dialog).getByLabelText('Title'), 'Acme CRM – Shanghai');
    await user.type(within(dialog).getByLabelText('Vendor'), 'Acme Inc.');
    await user.type(within(dialog).getByLabelText('Product'), 'Acme CRM');
    await user.click(within(dialog).getByRole('button', { name: 'Create review' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rowTitles()).toEqual(['Acme CRM – Shanghai']);
    const [stored] = await db.reviews.toArray();
    expect(stored).toMatchObject({ title: 'Acme CRM – Shanghai', vendorName: 'Acme Inc.', productName: 'Acme CRM', revision: 1 });
    const audit = await db.audit.where('reviewId').equals(stored!.id).toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor: 'Li Wei', revision: 1 });
  });

  it('refuses a review without a title and keeps what was typed', async () => {
    const { user, db } = await renderApp();
    await user.click(screen.getAllByRole('button', { name: 'New review' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'New review' });
    await user.type(within(dialog).getByLabelText('Vendor'), 'Acme Inc.');
    await user.click(within(dialog).getByRole('button', { name: 'Create review' }));
    expect(within(dialog).getByText('Enter a title.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Vendor')).toHaveValue('Acme Inc.');
    expect(await db.reviews.count()).toBe(0);
  });

  it('creates a review with the keyboard only: Ctrl+N, type, Enter', async () => {
    const { user, db } = await renderApp();
    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'New review' });
    expect(within(dialog).getByLabelText('Title')).toHaveFocus();
    await user.keyboard('Keyboard review{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rowTitles()).toEqual(['Keyboard review']);
    expect(await db.reviews.count()).toBe(1);
  });

  it('renames a review with F2 and records the change', async () => {
    const { user, db } = await renderApp({ reviewerName: 'Ana', seed: [{ title: 'Old name', vendorName: 'V' }] });
    rowByTitle('Old name').focus();
    await user.keyboard('{F2}');
    const dialog = await screen.findByRole('dialog', { name: 'Rename review' });
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'New name{Enter}');
    await waitFor(() => expect(rowTitles()).toEqual(['New name']));
    const [r] = await db.reviews.toArray();
    expect(r).toMatchObject({ title: 'New name', vendorName: 'V', revision: 2 });
    const actions = (await db.audit.where('reviewId').equals(r!.id).sortBy('revision')).map((a) => [a.action, a.actor]);
    expect(actions).toEqual([
      ['create', 'Ana'],
      ['rename', 'Ana'],
    ]);
  });

  it('deletes after confirmation and Undo restores the review with its audit trail', async () => {
    const { user, db } = await renderApp({ reviewerName: 'Ana', seed: [{ title: 'Keep me' }, { title: 'Delete me', vendorName: 'Acme' }] });
    const before = (await db.reviews.toArray()).find((r) => r.title === 'Delete me')!;
    rowByTitle('Delete me').focus();
    await user.keyboard('{Delete}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Delete me”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(rowTitles()).toEqual(['Keep me']));
    expect(await db.reviews.get(before.id)).toBeUndefined();
    expect(await db.audit.where('reviewId').equals(before.id).count()).toBe(0);

    // Undo from the keyboard (the toast region only takes pointer events a moment after it appears).
    const undo = await screen.findByRole('button', { name: 'Undo' });
    undo.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rowTitles()).toContain('Delete me'));
    const after = await db.reviews.get(before.id);
    expect(after).toMatchObject({ id: before.id, title: 'Delete me', vendorName: 'Acme', createdAt: before.createdAt, profile: before.profile, decisions: before.decisions });
    const trail = await db.audit.where('reviewId').equals(before.id).sortBy('revision');
    expect(trail.map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
    expect(await db.bin.count()).toBe(0);
  });

  it('cancelling the delete confirmation keeps the review', async () => {
    const { user, db } = await renderApp({ seed: [{ title: 'Stays' }] });
    await user.click(rowByTitle('Stays'));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(rowTitles()).toEqual(['Stays']);
    expect(await db.reviews.count()).toBe(1);
  });

  it('duplicates a review under a "(copy)" title with a trail pointing at the source', async () => {
    const { user, db } = await renderApp({ seed: [{ title: 'Source', vendorName: 'Acme', productName: 'CRM' }] });
    const source = (await db.reviews.toArray())[0]!;
    await user.click(rowByTitle('Source'));
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(rowTitles()).toHaveLength(2));
    const copy = (await db.reviews.toArray()).find((r) => r.id !== source.id)!;
    expect(copy).toMatchObject({ title: 'Source (copy)', vendorName: 'Acme', productName: 'CRM' });
    const trail = await db.audit.where('reviewId').equals(copy.id).sortBy('revision');
    expect(trail.map((a) => a.change)).toEqual([expect.objectContaining({ type: 'create' }), { type: 'duplicate-of', sourceId: source.id }]);
  });

  it('archiving hides a review unless "Show archived" is on, and it can be unarchived', async () => {
    const { user, db } = await renderApp({ seed: [{ title: 'Active' }, { title: 'Old project' }] });
    await user.click(rowByTitle('Old project'));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Active']));
    expect((await db.reviews.toArray()).find((r) => r.title === 'Old project')?.archivedAt).not.toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(rowTitles()).toContain('Old project');
    expect(within(rowByTitle('Old project')).getByText('Archived')).toBeInTheDocument();

    await user.click(rowByTitle('Old project'));
    await user.click(screen.getByRole('button', { name: 'Unarchive' }));
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(() => expect(rowTitles()).toContain('Old project'));
  });

  it('searches title, vendor and product case-insensitively, with a distinct no-results state', async () => {
    const { user } = await renderApp({
      seed: [
        { title: 'Alpha rollout', vendorName: 'Northwind', productName: 'Ledger' },
        { title: 'Beta pilot', vendorName: 'Contoso', productName: 'Mail' },
        { title: 'Gamma', vendorName: 'Fabrikam', productName: 'LEDGER Cloud' },
      ],
    });
    const search = screen.getByRole('searchbox', { name: 'Search title, vendor or product' });
    await user.type(search, 'ledger');
    expect(rowTitles().sort()).toEqual(['Alpha rollout', 'Gamma']);
    await user.clear(search);
    await user.type(search, 'CONTOSO');
    expect(rowTitles()).toEqual(['Beta pilot']);
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByRole('heading', { name: 'No reviews match “zzz”' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Start your first review' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(rowTitles()).toHaveLength(3);
  });

  it('Ctrl+F focuses the search box', async () => {
    const { user } = await renderApp({ seed: [{ title: 'One' }] });
    await user.keyboard('{Control>}f{/Control}');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('sorts by the column headers and shows the order with aria-sort', async () => {
    const { user } = await renderApp({
      seed: [
        { title: 'b second', vendorName: 'Zeta' },
        { title: 'A first', vendorName: 'Mu' },
        { title: 'c third', vendorName: 'Alpha' },
      ],
    });
    // Default: most recently updated first.
    expect(rowTitles()).toEqual(['c third', 'A first', 'b second']);
    expect(screen.getByRole('columnheader', { name: /Updated/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(rowTitles()).toEqual(['A first', 'b second', 'c third']);
    expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Title/ }));
    expect(rowTitles()).toEqual(['c third', 'b second', 'A first']);

    await user.click(screen.getByRole('button', { name: 'Vendor' }));
    expect(rowTitles()).toEqual(['c third', 'A first', 'b second']);
    await user.click(screen.getByRole('button', { name: 'Created' }));
    expect(rowTitles()).toEqual(['c third', 'A first', 'b second']);
    await user.click(screen.getByRole('button', { name: /Created/ }));
    expect(rowTitles()).toEqual(['b second', 'A first', 'c third']);
  });

  it('moves the selection with the arrow keys and opens the review with Enter', async () => {
    const { user } = await renderApp({ seed: [{ title: 'First', vendorName: 'Acme', productName: 'CRM' }, { title: 'Second' }] });
    // Newest first: Second, First.
    rowByTitle('Second').focus();
    await user.keyboard('{ArrowDown}');
    expect(rowByTitle('First')).toHaveFocus();
    expect(rowByTitle('First')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'First' })).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/reviews\/.+/);
    expect(screen.getByText('Acme')).toBeInTheDocument();
  });

  it('opens a review with a double-click', async () => {
    const { user } = await renderApp({ seed: [{ title: 'Double' }] });
    await user.dblClick(rowByTitle('Double'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Double' })).toBeInTheDocument();
  });
});

describe('Reviews screen when the database fails', () => {
  it('shows the error in a toast and keeps the dialog open with what was typed', async () => {
    const { user, db } = await renderApp();
    db.close();
    await user.click(screen.getAllByRole('button', { name: 'New review' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'New review' });
    await user.type(within(dialog).getByLabelText('Title'), 'Not lost{Enter}');
    expect(await screen.findByText(/^The change was not saved:/)).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'New review' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Not lost');
  });
});
