// The live results panel with real assessments (AC-01 of cases.md and variants): MLPS level and N/A, the
// under-grading warning, heatmap counts, grouping and severity order, REVIEW findings never hidden, filters, empty
// and error states.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../../shared/catalogue/types';
import type { Severity } from '../../../../shared/catalogue/types';
import { AC01, withAnswer } from './ac01-profile';
import { propsOf, renderResults } from './render-results';

const findingsOf = () => propsOf(AC01).assessment?.findings ?? [];
const cards = (root: HTMLElement = document.body) => [...root.querySelectorAll<HTMLElement>('article.finding')];
const cardIds = (root?: HTMLElement) => cards(root).map((c) => c.dataset.ruleId ?? '');

describe('MLPS level', { timeout: 60_000 }, () => {
  it('shows the level, the standard, 2025-template and declared levels, and the applying matrix cell', () => {
    renderResults(AC01);
    const mlps = screen.getByRole('region', { name: 'MLPS level' });
    expect(within(mlps).getByText('Level 4')).toBeInTheDocument();
    expect(within(mlps).getByText('GB/T 22240-2020 level').nextSibling).toHaveTextContent('4');
    expect(within(mlps).getByText('Declared level').nextSibling).toHaveTextContent('4');
    const std = within(mlps).getByRole('table', { name: 'GB/T 22240-2020' });
    expect(within(std).getByText('(applies)', { exact: false }).parentElement).toHaveTextContent('4');
    const floors = [...mlps.querySelectorAll('.floor-list li')].map((li) => li.textContent);
    expect(floors).toContain('F-CII Identified CII operator — at least level 3 Applies');
    expect(within(mlps).getByText('Conditional: if the “likely” answer is confirmed')).toBeInTheDocument();
    expect(within(mlps).getByText('Pending: rests on an unknown answer, not counted')).toBeInTheDocument();
  });

  it('shows a range while the harm is unknown, with every possible matrix cell marked', () => {
    renderResults(withAnswer(withAnswer(AC01, 'system.harm_object_max', 'unknown'), 'system.harm_degree_max', 'unknown'));
    const mlps = screen.getByRole('region', { name: 'MLPS level' });
    expect(within(mlps).getByText('Level 3–5')).toBeInTheDocument();
    expect(within(within(mlps).getByRole('table', { name: 'MPS 2025 grading template' }).querySelector('tbody') as HTMLElement).getAllByText(/possible/)).toHaveLength(9);
    expect(within(mlps).getByText('Harm object or degree unknown')).toBeInTheDocument();
  });

  it('says N/A with the reason when no PRC operator runs the system', () => {
    renderResults(withAnswer(AC01, 'system.graded_in_cn', false));
    const mlps = screen.getByRole('region', { name: 'MLPS level' });
    expect(within(mlps).getByText('N/A: MLPS does not apply')).toBeInTheDocument();
    expect(within(mlps).getByText(/MLPS does not apply and no MLPS-based rule fires/)).toBeInTheDocument();
    expect(within(mlps).queryByRole('table')).toBeNull();
  });

  it('warns prominently of possible under-grading when the declared level is below the minimum', () => {
    const { container } = renderResults(withAnswer(AC01, 'system.declared_mlps', 3));
    const warning = container.querySelector('[data-warning="under-grading"]');
    expect(warning).toHaveTextContent('Possible under-grading');
    expect(warning).toHaveTextContent('declared level 3 is below the estimated minimum 4');
    expect(warning).toHaveClass('callout--danger');
  });

  it('shows no under-grading warning when the declared level meets the estimate', () => {
    const { container } = renderResults(AC01);
    expect(container.querySelector('[data-warning="under-grading"]')).toBeNull();
  });
});

describe('heatmap', { timeout: 60_000 }, () => {
  it('counts every finding with a severity, and a cell filters the list to exactly its count', async () => {
    const { user } = renderResults(AC01);
    const heat = screen.getByRole('table', { name: 'Findings by exposure kind and severity' });
    const row = within(heat).getByRole('rowheader', { name: 'Certification and market access' }).closest('tr') as HTMLElement;
    const cell = within(row).getByRole('button', { name: /High findings on Certification/ });
    const expected = findingsOf().filter((f) => f.severity === 'high' && f.exposure.includes('certification'));
    expect(cell).toHaveAccessibleName(expect.stringContaining(`${expected.length} High findings`));
    expect(cell).toHaveAccessibleName(expect.stringContaining('1 need review'));
    await user.click(cell);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('region', { name: /^Findings/ });
    expect(cardIds(list).sort()).toEqual(expected.map((f) => f.ruleId).sort());
    expect(within(list).getByRole('status')).toHaveTextContent(`Showing ${expected.length} of ${findingsOf().length} findings`);
    await user.click(cell);
    expect(cards(list)).toHaveLength(findingsOf().length);
  });

  it('adds up to the findings of each kind', () => {
    renderResults(AC01);
    const heat = screen.getByRole('table', { name: 'Findings by exposure kind and severity' });
    const row = within(heat).getByRole('rowheader', { name: 'Data access' }).closest('tr') as HTMLElement;
    const total = within(row).getAllByRole('cell').reduce((n, td) => n + Number(td.querySelector('.heat__count, .heat__zero')?.textContent ?? 0), 0);
    expect(total).toBe(findingsOf().filter((f) => f.severity !== null && f.exposure.includes('data-access')).length);
  });
});

describe('findings', { timeout: 60_000 }, () => {
  it('groups by exposure kind and lists each group worst severity first', () => {
    renderResults(AC01);
    const list = screen.getByRole('region', { name: /^Findings/ });
    const groups = within(list).getAllByRole('region');
    expect(groups.map((g) => within(g).getByRole('heading', { level: 4 }).textContent)).toEqual([
      expect.stringMatching(/^Source-code disclosure/),
      expect.stringMatching(/^Certification/),
      expect.stringMatching(/^Inspection/),
      expect.stringMatching(/^Data access/),
      expect.stringMatching(/^Vulnerability/),
      expect.stringMatching(/^MLPS grading/),
    ]);
    const sev = new Map(findingsOf().map((f) => [f.ruleId, f.severity]));
    const rank = (s: Severity | null | undefined) => (s ? SEVERITIES.indexOf(s) : -1);
    for (const g of groups) {
      const ranks = cardIds(g).map((id) => rank(sev.get(id)));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
    expect(cardIds(list)).toHaveLength(findingsOf().length);
  });

  it('shows every REVIEW finding, marked, and lists it under "Needs answers" with links to the questions', async () => {
    const { user, onShowField } = renderResults(AC01);
    const review = findingsOf().filter((f) => f.outcome === 'review');
    expect(review.length).toBeGreaterThan(0);
    for (const f of review) {
      const card = document.getElementById(`finding-${f.ruleId}`) as HTMLElement;
      expect(within(card).getByText('Needs review')).toBeInTheDocument();
    }
    const needs = screen.getByRole('region', { name: /Needs answers/ });
    expect(within(needs).getAllByRole('listitem').filter((li) => li.classList.contains('needs-answers__item'))).toHaveLength(review.length);
    await user.click(within(needs).getByRole('button', { name: 'Named in the reported 2026 restriction' }));
    expect(onShowField).toHaveBeenCalledWith('vendor.named_in_reported_restriction');
    await user.click(within(needs).getByRole('link', { name: 'MR-03' }));
    expect(screen.getByRole('button', { name: /MR-03/, expanded: true })).toHaveFocus();
  });

  it('expands a card with the keyboard and shows the why trace linked to the questions', async () => {
    const { user, onShowField } = renderResults(AC01);
    const toggle = screen.getByRole('button', { name: /^DA-08/ });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const card = document.getElementById('finding-DA-08') as HTMLElement;
    const why = within(card).getByRole('table', { name: 'Answers that decided DA-08' });
    const link = within(why).getAllByRole('button')[0] as HTMLElement;
    await user.click(link);
    expect(onShowField).toHaveBeenCalledWith(findingsOf().find((f) => f.ruleId === 'DA-08')?.trace[0]?.field);
  });

  it('shows the legal basis with both CSL numbers, Chinese names and catalogue links', async () => {
    const { user } = renderResults(AC01);
    await user.click(screen.getByRole('button', { name: /^MR-01/ }));
    const card = document.getElementById('finding-MR-01') as HTMLElement;
    expect(within(card).getByText('Art. 35 (2026: Art. 37)')).toBeInTheDocument();
    expect(within(card).getByText('《中华人民共和国网络安全法》')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'CSL' })).toHaveAttribute('href', '#/catalogue/instruments/CSL');
    expect(within(card).getByRole('link', { name: 'Open MR-01 in the catalogue' })).toHaveAttribute('href', '#/catalogue/rules/MR-01');
  });

  it('qualifies a severity that rests on a likely answer or waits for an unknown one', () => {
    renderResults(withAnswer(withAnswer(AC01, 'customer.cii_status', 'likely'), 'vendor.review_status', 'unknown'));
    const da03 = document.getElementById('finding-DA-03') as HTMLElement;
    expect(within(da03).getByText('(Medium if “Critical information infrastructure status” is not confirmed)')).toBeInTheDocument();
    const mr02 = document.getElementById('finding-MR-02') as HTMLElement;
    expect(within(mr02).getByText('(Critical if “Cybersecurity review status” is confirmed)')).toBeInTheDocument();
  });

  it('marks historical instruments as not current law', async () => {
    const { user } = renderResults(AC01);
    await user.click(screen.getByRole('button', { name: /^SC-05/ }));
    const card = document.getElementById('finding-SC-05') as HTMLElement;
    const item = within(card).getByRole('link', { name: '2017 Trial Measures' }).closest('li') as HTMLElement;
    expect(within(item).getByText('Historical: not current law')).toBeInTheDocument();
    expect(within(item).getByText('Repealed')).toBeInTheDocument();
  });

  it('filters by outcome and text, with counts', async () => {
    const { user } = renderResults(AC01);
    const list = screen.getByRole('region', { name: /^Findings/ });
    const review = findingsOf().filter((f) => f.outcome === 'review');
    await user.click(within(list).getByRole('button', { name: new RegExp(`^Needs review ${review.length}$`) }));
    expect(cardIds(list).sort()).toEqual(review.map((f) => f.ruleId).sort());
    await user.type(within(list).getByRole('searchbox', { name: 'Search findings' }), 'sc-05');
    expect(cardIds(list)).toEqual(['SC-05']);
    expect(within(list).getByRole('status')).toHaveTextContent(`Showing 1 of ${findingsOf().length} findings`);
    await user.click(within(list).getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement);
    expect(cards(list)).toHaveLength(findingsOf().length);
  });
});

describe('states', { timeout: 60_000 }, () => {
  it('explains what will appear before anything is answered, with the disclaimer', () => {
    renderResults({});
    expect(screen.getByRole('heading', { name: 'Results appear as you answer' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'MLPS level' })).toBeNull();
    expect(screen.getByText(/Not legal advice/)).toBeInTheDocument();
  });

  it('lists validation errors with links to their questions', async () => {
    const { user, onShowField } = renderResults(withAnswer(AC01, 'customer.cii_status', 'perhaps'));
    const errors = screen.getByRole('region', { name: /answer needs fixing/ });
    await user.click(within(errors).getByRole('button', { name: 'Critical information infrastructure status' }));
    expect(onShowField).toHaveBeenCalledWith('customer.cii_status');
    expect(screen.queryByRole('region', { name: /^Findings/ })).toBeNull();
  });

  it('speaks Chinese', () => {
    renderResults(AC01, {}, 'zh-CN');
    expect(screen.getByRole('heading', { level: 2, name: '评估结果' })).toBeInTheDocument();
    expect(screen.getByText('第4级')).toBeInTheDocument();
    expect(screen.getAllByText('待复核').length).toBeGreaterThan(0);
  });
});
