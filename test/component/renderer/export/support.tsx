// Shared setup of the export/import component tests: the whole app (renderApp) with one review answered like AC-01
// (so it has fire, conditional and REVIEW findings), a reviewer note and a severity override, opened on its page;
// plus spies on the fake platform's save/open/pdf calls.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { assess } from '../../../../shared/engine/assess';
import type { Assessment } from '../../../../shared/engine/assessment';
import type { OpenFileResult, SaveFileRequest, SaveFileResult } from '../../../../shared/ipc/contract';
import { validateProfile } from '../../../../shared/profile/validate';
import type { ProfileAnswers, Review } from '../../../../shared/review/types';
import { AC01 } from '../results/ac01-profile';
import { AppProviders } from '../../../../renderer/app/AppProviders';
import { AppToasts } from '../../../../renderer/app/AppToasts';
import { createAppServices, type AppServices } from '../../../../renderer/app/create-services';
import { ExportButton } from '../../../../renderer/features/export/ExportButton';
import { useAppStore } from '../../../../renderer/store/store-context';
import { fakePlatform, renderApp } from '../support/render-app';

export const SECRET_NOTE = 'Internal: vendor admitted offshore key escrow';

export function assessmentOf(profile: ProfileAnswers): Assessment {
  const v = validateProfile(profile);
  if (!v.ok) throw new Error('test profile does not validate');
  return assess(v.profile);
}

/** Every saved file, as the platform received it. */
export function spySave(result?: (req: SaveFileRequest) => SaveFileResult) {
  const saved: SaveFileRequest[] = [];
  const spy = vi.spyOn(fakePlatform, 'saveFile').mockImplementation((req) => {
    saved.push(req);
    return Promise.resolve(result ? result(req) : { status: 'saved', fileName: req.suggestedName, bytes: typeof req.data === 'string' ? req.data.length : req.data.byteLength });
  });
  return { saved, spy };
}

/** The next files the user "picks" in the open dialog. */
export function spyOpen(...files: { fileName: string; text: string }[]) {
  const queue = [...files];
  return vi.spyOn(fakePlatform, 'openFile').mockImplementation(() => {
    const f = queue.shift();
    const r: OpenFileResult = f ? { status: 'opened', fileName: f.fileName, bytes: new TextEncoder().encode(f.text) } : { status: 'cancelled' };
    return Promise.resolve(r);
  });
}

export function textOf(req: SaveFileRequest | undefined): string {
  if (!req) throw new Error('nothing was saved');
  return typeof req.data === 'string' ? req.data : new TextDecoder().decode(req.data);
}

/** Creates the AC-01 review (note on VU-05, override on SC-01) through the store, as a user's edits would. */
async function seedReview(services: AppServices, profile: ProfileAnswers): Promise<Review> {
  const s = () => services.store.getState();
  const created = await s().createReview({ title: 'Acme Firewall / Bank: Shanghai', vendorName: 'Acme Inc.', productName: 'Acme FW', profile });
  if (!created) throw new Error('review not created');
  await s().changeReview(created.id, { type: 'set-note', ruleId: 'VU-05', note: SECRET_NOTE });
  const last = await s().changeReview(created.id, { type: 'override-severity', ruleId: 'SC-01', severity: 'critical', justification: 'Customer confirmed the source-code request' });
  if (!last) throw new Error('review not changed');
  return last;
}

/** The whole app with the AC-01 review open on its page (slow in jsdom: the questionnaire and results render). */
export async function renderReviewPage(opts: { reviewerName?: string; profile?: ProfileAnswers } = {}) {
  const app = await renderApp({ reviewerName: opts.reviewerName ?? 'Ann Reviewer' });
  const review = await seedReview(app.services, opts.profile ?? AC01);
  act(() => app.services.store.getState().navigate({ name: 'review', id: review.id }));
  await screen.findByRole('heading', { level: 1, name: /Acme Firewall/ });
  return { ...app, review };
}

/** Shows the Export button of the store's copy of one review, and the toasts: the review header without the workspace. */
function ExportHarness({ id }: { id: string }) {
  const review = useAppStore((s) => s.reviews.find((r) => r.id === id));
  return (
    <>
      {review ? <ExportButton review={review} /> : null}
      <AppToasts />
    </>
  );
}

/** The real services and providers with only the export button (fast): for the dialog's own behaviour. */
export async function renderExport(opts: { reviewerName?: string; profile?: ProfileAnswers } = {}) {
  const services = await createAppServices({ platform: fakePlatform, dbName: `export-${crypto.randomUUID()}`, systemLanguages: ['en-GB'] });
  await services.store.getState().updateSetting('reviewerName', opts.reviewerName ?? 'Ann Reviewer');
  const review = await seedReview(services, opts.profile ?? AC01);
  const user = userEvent.setup({ delay: null });
  const utils = render(
    <AppProviders services={services}>
      <ExportHarness id={review.id} />
    </AppProviders>,
  );
  return { ...utils, user, services, db: services.db, review };
}
