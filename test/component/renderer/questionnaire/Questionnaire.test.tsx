// The questionnaire as a reviewer uses it: generated from PROFILE_FIELDS (every visible question offers Unknown),
// conditional questions appear and disappear with the answers, unknown answers count apart, and every answer is
// saved to the database at once with an audit entry, surviving a reload of the repository.
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PROFILE_FIELDS } from '../../../../shared/profile/fields';
import { FIELD_HELP } from '../../../../shared/profile/help';
import { isFieldVisible } from '../../../../shared/profile/visibility';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';
import { questionDomId } from '../../../../renderer/features/questionnaire/field-text';
import { DEFAULT_SECTIONS } from '../../../../renderer/features/questionnaire/sections';
import { renderApp } from '../support/render-app';

// The results panel has its own tests; a light stand-in keeps these fast (jsdom role queries slow down on big DOMs).
vi.mock('../../../../renderer/features/results/ResultsPanel', () => ({
  ResultsPanel: ({ assessment }: { assessment: { findings: readonly unknown[] } | null }) => <p>{`${assessment?.findings.length ?? 0} findings`}</p>,
}));
configure({ asyncUtilTimeout: 15_000 });
// Whole-app renders in jsdom are slow on a loaded 2-core machine: generous per-test limits.
const SLOW = { timeout: 180_000 };

/** A question by its wording (the accessible name of its group), found through its id for speed. */
function queryQuestion(path: string): HTMLElement | null {
  const el = document.getElementById(questionDomId(path));
  if (el) expect(el).toHaveAccessibleName(FIELD_HELP[path]?.question.en ?? path);
  return el;
}
function question(path: string): HTMLElement {
  const el = queryQuestion(path);
  if (!el) throw new Error(`question ${path} is not shown`);
  return el;
}

/**
 * Opens a new review. By default the six sections are switched on through the store first (the workspace then has
 * nothing to set up); with `fresh`, the workspace itself switches on its default sections, as for a new user.
 */
async function openNewReview({ fresh = false } = {}) {
  const app = await renderApp({ reviewerName: 'Li Wei', seed: [{ title: 'Acme firewall' }] });
  const [review] = app.services.store.getState().reviews;
  if (!review) throw new Error('no review');
  if (!fresh) {
    for (const section of DEFAULT_SECTIONS) await app.services.store.getState().changeReview(review.id, { type: 'set-section', section, included: true });
  }
  act(() => app.services.store.getState().navigate({ name: 'review', id: review.id }));
  await waitFor(() => expect(document.querySelector('[data-question]')).not.toBeNull());
  await waitFor(() => expect(Object.keys(app.services.store.getState().reviews[0]?.profile ?? {})).toHaveLength(6), { timeout: 60_000 });
  return { ...app, id: review.id };
}

/** Opens the select of a question and picks an option (queries stay inside the small listbox: see above). */
async function pick(user: Awaited<ReturnType<typeof openNewReview>>['user'], path: string, label: string) {
  await user.click(within(question(path)).getByRole('combobox'));
  const listbox = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('[role="listbox"]');
    if (!el) throw new Error('no listbox');
    return el;
  });
  await user.click(within(listbox).getByRole('option', { name: label }));
  await waitFor(() => expect(within(question(path)).getByRole('combobox')).toHaveTextContent(label));
}

async function choose(user: Awaited<ReturnType<typeof openNewReview>>['user'], path: string, label: string) {
  await user.click(within(question(path)).getByRole('radio', { name: label }));
  await waitFor(() => expect(within(question(path)).getByRole('radio', { name: label })).toBeChecked());
}

describe('Questionnaire', () => {
  it('asks every visible question of the included sections, each with an Unknown answer, and leaves Travel off', SLOW, async () => {
    const { user } = await openNewReview();
    const visible = PROFILE_FIELDS.filter((d) => d.section !== 'travel' && !d.derived && isFieldVisible(d.path, {}));
    for (const def of visible) {
      const q = question(def.path);
      const combobox = within(q).queryByRole('combobox');
      if (combobox) {
        await user.click(combobox);
        const listbox = await waitFor(() => {
          const el = document.querySelector<HTMLElement>('[role="listbox"]');
          if (!el) throw new Error('no listbox');
          return el;
        });
        expect(within(listbox).getByRole('option', { name: 'Unknown' }), def.path).toBeInTheDocument();
        await user.keyboard('{Escape}');
        await waitFor(() => expect(document.querySelector('[role="listbox"]')).toBeNull());
      } else {
        expect(within(q).getByRole(def.kind === 'set' ? 'checkbox' : 'radio', { name: 'Unknown' }), def.path).toBeInTheDocument();
      }
    }
    expect(within(question('vendor.foreign_controlled')).getByRole('button', { name: 'Override' })).toBeInTheDocument();
    const travel = document.querySelector<HTMLElement>('[data-group="travel"]');
    expect(within(travel ?? document.body).getByRole('switch', { name: 'Assess Travel' })).not.toBeChecked();
    expect(queryQuestion('travel.devices_into_cn')).not.toBeInTheDocument();
  });

  it('shows the hospital tier only for healthcare, hides crypto details with no crypto and system details when not graded', SLOW, async () => {
    const { user } = await openNewReview();
    expect(queryQuestion('customer.hospital_tier')).not.toBeInTheDocument();
    await pick(user, 'customer.sector', 'Healthcare');
    await waitFor(() => expect(queryQuestion('customer.hospital_tier')).toBeInTheDocument());

    expect(question('product.key_custody')).toBeInTheDocument();
    const crypto = question('product.crypto_functions');
    await user.click(within(crypto).getByRole('checkbox', { name: FIELD_HELP['product.crypto_functions']?.values.none?.en }));
    await waitFor(() => expect(queryQuestion('product.key_custody')).not.toBeInTheDocument());
    expect(queryQuestion('product.crypto_sm_support')).not.toBeInTheDocument();

    expect(question('system.harm_object_max')).toBeInTheDocument();
    await choose(user, 'system.graded_in_cn', 'No');
    await waitFor(() => expect(queryQuestion('system.harm_object_max')).not.toBeInTheDocument());
    expect(queryQuestion('system.declared_mlps')).not.toBeInTheDocument();
  });

  it('keeps a hidden answer and marks it not applicable', SLOW, async () => {
    const { user } = await openNewReview();
    await pick(user, 'customer.sector', 'Healthcare');
    await waitFor(() => expect(queryQuestion('customer.hospital_tier')).toBeInTheDocument());
    await choose(user, 'customer.hospital_tier', FIELD_HELP['customer.hospital_tier']?.values.tertiary_a?.en ?? '');
    await pick(user, 'customer.sector', FIELD_HELP['customer.sector']?.values.banking?.en ?? '');
    await waitFor(() => expect(within(question('customer.hospital_tier')).getByText('Not applicable')).toBeInTheDocument());
    expect(within(question('customer.hospital_tier')).getByText(/Applies only to a healthcare customer/)).toBeInTheDocument();
  });

  it('counts unknown answers apart from answered ones, per group and overall', SLOW, async () => {
    const { user } = await openNewReview();
    const progress = () => document.querySelector('[data-testid="progress-vendor"]')?.textContent;
    expect(progress()).toBe('0 of 5 answered');
    await choose(user, 'vendor.named_in_reported_restriction', 'Unknown');
    await choose(user, 'vendor.review_status', FIELD_HELP['vendor.review_status']?.values.none?.en ?? '');
    await waitFor(() => expect(progress()).toBe('1 of 5 answered · 1 unknown'));
    expect(within(question('vendor.named_in_reported_restriction')).getByText('Unknown', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByText(/^1 of \d+ answered · 1 unknown$/, { selector: '.progress__value' })).toBeInTheDocument();

    // A set's Unknown is exclusive.
    const crypto = question('product.crypto_functions');
    await user.click(within(crypto).getByRole('checkbox', { name: 'TLS / transport encryption' }));
    await waitFor(() => expect(within(crypto).getByRole('checkbox', { name: 'TLS / transport encryption' })).toBeChecked());
    await user.click(within(crypto).getByRole('checkbox', { name: 'Unknown' }));
    await waitFor(() => expect(within(crypto).getByRole('checkbox', { name: 'Unknown' })).toBeChecked());
    expect(within(crypto).getByRole('checkbox', { name: 'TLS / transport encryption' })).not.toBeChecked();
  });

  it('saves each answer at once, with an audit entry, so a fresh repository reads it back', SLOW, async () => {
    const { user, db, id } = await openNewReview({ fresh: true });
    await choose(user, 'product.network_connected', 'Yes');
    await user.click(within(question('product.network_connected')).getByRole('button', { name: /^Clear the answer/ }));
    await waitFor(() => expect(within(question('product.network_connected')).getByRole('radio', { name: 'Yes' })).not.toBeChecked());
    await choose(user, 'system.declared_mlps', 'Level 3 (supervised protection)');

    const fresh = createReviewsRepo(db);
    await waitFor(async () => expect((await fresh.get(id))?.profile.system?.declared_mlps).toBe(3));
    expect((await fresh.get(id))?.profile.product?.network_connected).toBeUndefined();
    const trail = await fresh.auditOf(id);
    const answers = trail.filter((e) => e.action === 'set-answer' || e.action === 'clear-answer').map((e) => ({ ...e.change, actor: e.actor }));
    expect(answers).toEqual([
      { type: 'set-answer', field: 'product.network_connected', value: true, actor: 'Li Wei' },
      { type: 'clear-answer', field: 'product.network_connected', actor: 'Li Wei' },
      { type: 'set-answer', field: 'system.declared_mlps', value: 3, actor: 'Li Wei' },
    ]);
    expect(trail.filter((e) => e.action === 'set-section')).toHaveLength(6);
    expect(trail.some((e) => e.action === 'stamp-catalogue')).toBe(true);
  });
});
