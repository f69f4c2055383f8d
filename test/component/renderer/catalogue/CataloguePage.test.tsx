// The catalogue browser as a user drives it: search and filters narrow the rules, a rule shows its readable trigger
// and legal basis (CSL with both numbers), an instrument shows where it is used and whether it is historical, and
// the keyboard moves through the list, opens details and comes back.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

async function openCatalogue(hash = '#/catalogue', opts: Parameters<typeof renderApp>[0] = {}) {
  window.location.hash = hash;
  const app = await renderApp(opts);
  await screen.findByRole('heading', { level: 1, name: /Catalogue|规则目录/ });
  return app;
}

function listRows(name: string): HTMLElement[] {
  return within(screen.getByRole('table', { name })).getAllByRole('row').slice(1);
}

function rowIds(name: string): string[] {
  return listRows(name).map((r) => within(r).getAllByRole('cell')[0]?.textContent ?? '');
}

// Rendering the whole app with a 58-row table and Radix selects is slow in jsdom on a small machine.
describe('Catalogue browser', { timeout: 60_000 }, () => {
  it('lists all 58 rules with the catalogue version, and search narrows them by id, title or cited law', async () => {
    const { user } = await openCatalogue();
    expect(screen.getByText(/Catalogue version: \d{4}\.\d+\.\d+/)).toBeInTheDocument();
    expect(listRows('Rules')).toHaveLength(58);
    const search = screen.getByRole('searchbox', { name: 'Search id, title or cited law' });
    await user.click(search);
    await user.paste('SC-0');
    expect(rowIds('Rules')).toEqual(['SC-01', 'SC-02', 'SC-03', 'SC-04', 'SC-05', 'SC-06']);
    await user.clear(search);
    await user.paste('Order No. 176');
    expect(rowIds('Rules')).toEqual(['IN-01', 'IN-02']);
    expect(screen.getByText('2 of 58 rules')).toBeInTheDocument();
  });

  it('filters by REVIEW by design and by severity, and offers to clear when nothing matches', async () => {
    const { user } = await openCatalogue('#/catalogue/rules');
    await user.click(screen.getByRole('checkbox', { name: 'Only REVIEW-by-design rules' }));
    expect(rowIds('Rules')).toEqual(['SC-03', 'SC-05', 'CT-06', 'MR-05', 'DA-05']);
    await user.click(screen.getByRole('combobox', { name: 'Severity' }));
    await user.click(await screen.findByRole('option', { name: 'High' }));
    expect(rowIds('Rules')).toEqual(['SC-05', 'DA-05']); // DA-05 is low by default, high in some cases
    await user.click(screen.getByRole('searchbox', { name: 'Search id, title or cited law' }));
    await user.paste('zzz');
    expect(screen.queryByRole('table', { name: 'Rules' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nothing matches' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(listRows('Rules')).toHaveLength(58);
  });

  it('shows a rule’s readable trigger, severity and legal basis with both CSL article numbers', async () => {
    await openCatalogue('#/catalogue/rules/SC-01');
    const detail = screen.getByRole('region', { name: /^SC-01 · Source code/ });
    expect(within(detail).getByText('Estimated maximum MLPS level is 3 or higher')).toBeInTheDocument();
    expect(within(detail).getByText('Customisation is “Customised for this customer” or “Bespoke development”')).toBeInTheDocument();
    expect(within(detail).getByText('All of the following:')).toBeInTheDocument();
    expect(within(detail).getByText('Art. 21 (2026: Art. 23)')).toBeInTheDocument();
    expect(within(detail).getByRole('link', { name: 'CSL' })).toHaveAttribute('href', '#/catalogue/instruments/CSL');
    expect(within(detail).getByText('《中华人民共和国网络安全法》')).toBeInTheDocument();
    expect(within(detail).getByRole('link', { name: 'M-CLEANROOM' })).toBeInTheDocument();
    expect(within(detail).getByText('Version 1 · SC · Source code and design documents')).toBeInTheDocument();
  });

  it('shows where an instrument is used and marks MPS Order No. 151 as historical, replaced by Order No. 176', async () => {
    const { user } = await openCatalogue('#/catalogue/instruments');
    await user.click(screen.getByRole('searchbox', { name: 'Search name, short name or number' }));
    await user.paste('151');
    const row = listRows('Laws and standards').find((r) => r.textContent?.includes('MPS Order No. 151'));
    expect(row).toBeDefined();
    expect(within(row!).getByText('Historical')).toBeInTheDocument();
    await user.dblClick(row!);
    const heading = screen.getByRole('heading', { level: 2, name: 'Provisions on Internet Security Supervision and Inspection by Public Security Organs' });
    await waitFor(() => expect(heading).toHaveFocus());
    const detail = screen.getByRole('region', { name: heading.textContent ?? '' });
    expect(within(detail).getByRole('note')).toHaveTextContent('Historical: shown for context, not current law. Replaced by MPS Order No. 176.');
    expect(within(detail).getByText('Repealed', { selector: '.badge' })).toBeInTheDocument();
    expect(within(detail).getByText('No rule cites it; it is listed for context.')).toBeInTheDocument();

    await user.click(within(detail).getAllByRole('link', { name: 'MPS Order No. 176' })[0]!);
    const order176 = await screen.findByRole('heading', { level: 2, name: /Cyberspace Security Supervision/ });
    await waitFor(() => expect(order176).toHaveFocus());
    const detail176 = screen.getByRole('region', { name: order176.textContent ?? '' });
    expect(within(detail176).getByText('Cited by 2 rules')).toBeInTheDocument();
    expect(within(detail176).getAllByRole('link', { name: 'IN-01' })).toHaveLength(2); // Arts. 4, 9 and Arts. 12–13
    expect(within(detail176).getByRole('link', { name: 'MPS Order No. 151' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/catalogue/instruments/MPS-ORDER-176');
  });

  it('moves through the list with the arrow keys, opens with Enter and returns with Escape', async () => {
    const { user } = await openCatalogue('#/catalogue/rules/G-01');
    const first = listRows('Rules')[0]!;
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(listRows('Rules')[1]).toHaveFocus();
    expect(window.location.hash).toBe('#/catalogue/rules/G-02');
    await user.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { level: 2, name: /^G-02 · / });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(listRows('Rules')[1]).toHaveFocus();
  });

  it('follows a rule’s legal-basis link to the instrument and shows the catalogue in Chinese', async () => {
    const { user } = await openCatalogue('#/catalogue/rules/SC-01', { systemLanguages: ['zh-CN'] });
    const detail = screen.getByRole('region', { name: /^SC-01 · / });
    expect(within(detail).getByText('估算最高等级为3或以上')).toBeInTheDocument();
    expect(within(detail).getByText('第21条（2026年文本：第23条）')).toBeInTheDocument();
    await user.click(within(detail).getByRole('link', { name: 'CSL' }));
    expect(await screen.findByRole('heading', { level: 2, name: '《中华人民共和国网络安全法》' })).toBeInTheDocument();
  });
});
