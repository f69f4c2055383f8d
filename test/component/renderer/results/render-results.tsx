/**
 * Renders <ResultsPanel> the way the workspace mounts it: a review with answers and decisions, its live
 * assessment (validateProfile + assess, as the workspace does), residual scores from implemented mitigations, and
 * spies for onChange / onShowField. `update()` re-renders with changed answers or decisions.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { assess } from '../../../../shared/engine/assess';
import { implementedMitigations } from '../../../../shared/engine/present';
import { computeResidualScores } from '../../../../shared/engine/scores';
import { validateProfile } from '../../../../shared/profile/validate';
import type { FindingDecision, ProfileAnswers, Review, ReviewChange } from '../../../../shared/review/types';
import { TooltipProvider } from '../../../../renderer/components/Tooltip';
import { ResultsPanel } from '../../../../renderer/features/results/ResultsPanel';
import type { ResultsPanelProps } from '../../../../renderer/features/workspace/workspace-types';
import { createI18n } from '../../../../renderer/i18n/create-i18n';

type Decisions = { readonly [ruleId: string]: FindingDecision };

export function reviewOf(profile: ProfileAnswers, decisions: Decisions = {}): Review {
  return {
    id: 'r1',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    archivedAt: null,
    title: 'AC-01',
    vendorName: 'Vendor',
    productName: 'Firewall',
    profile,
    decisions,
    catalogueVersion: null,
    revision: 1,
  };
}

export function propsOf(profile: ProfileAnswers, decisions: Decisions = {}): Omit<ResultsPanelProps, 'onChange' | 'onShowField'> {
  const v = validateProfile(profile);
  if (!v.ok) return { review: reviewOf(profile, decisions), assessment: null, residual: null, validationErrors: v.errors };
  const assessment = assess(v.profile);
  const residual = computeResidualScores(assessment.findings, implementedMitigations(decisions));
  return { review: reviewOf(profile, decisions), assessment, residual, validationErrors: [] };
}

export function renderResults(profile: ProfileAnswers, decisions: Decisions = {}, language: 'en' | 'zh-CN' = 'en') {
  const onChange = vi.fn<(change: ReviewChange) => Promise<void>>(() => Promise.resolve());
  const onShowField = vi.fn<(path: string) => void>();
  const i18n = createI18n(language);
  const ui = (p: ProfileAnswers, d: Decisions) => (
    <I18nextProvider i18n={i18n}>
      <TooltipProvider>
        <ResultsPanel {...propsOf(p, d)} onChange={onChange} onShowField={onShowField} />
      </TooltipProvider>
    </I18nextProvider>
  );
  const utils = render(ui(profile, decisions));
  const user = userEvent.setup();
  return {
    ...utils,
    user,
    onChange,
    onShowField,
    update: (p: ProfileAnswers, d: Decisions = {}) => utils.rerender(ui(p, d)),
  };
}
