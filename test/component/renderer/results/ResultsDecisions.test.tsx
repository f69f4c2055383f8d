// The reviewer's decisions in the results panel: a severity override is refused without a written justification,
// and once saved it is marked on the card, in the ordering and in the heatmap; marking a mitigation implemented
// sends the right change and, re-rendered with the new decision, shows the residual drop; notes are saved.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FindingDecision } from '../../../../shared/review/types';
import { AC01 } from './ac01-profile';
import { propsOf, renderResults } from './render-results';

const card = (id: string) => document.getElementById(`finding-${id}`) as HTMLElement;
const override = (severity: 'critical' | 'high', justification: string): FindingDecision => ({
  severityOverride: { severity, justification, at: '2026-01-05T10:00:00.000Z', by: 'Ann Reviewer' },
});

describe('severity override', { timeout: 60_000 }, () => {
  it('is refused without a justification of at least 10 characters', async () => {
    const { user, onChange } = renderResults(AC01);
    await user.click(screen.getByRole('button', { name: /^VU-05/ }));
    await user.click(within(card('VU-05')).getByRole('button', { name: 'Override severity…' }));
    const form = within(card('VU-05')).getByRole('form', { name: 'Override the severity of VU-05' });
    const why = within(form).getByRole('textbox', { name: 'Justification' });
    expect(why).toHaveFocus();
    await user.click(within(form).getByRole('radio', { name: 'Critical' }));
    await user.type(why, 'too short');
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('at least 10 characters (9 given)');
    expect(why).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();

    await user.click(why);
    await user.paste(' — customer confirmed internet exposure');
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(onChange).toHaveBeenCalledWith({
      type: 'override-severity',
      ruleId: 'VU-05',
      severity: 'critical',
      justification: 'too short — customer confirmed internet exposure',
    });
  });

  it('is marked on the card, moves the finding up and shows in the heatmap; it can be cleared', async () => {
    const { user, onChange } = renderResults(AC01, { 'VU-05': override('critical', 'Customer confirmed internet exposure') });
    const vu05 = card('VU-05');
    expect(vu05).toHaveClass('finding--overridden');
    expect(within(vu05).getByText('overridden · engine: Low')).toBeInTheDocument();
    const group = vu05.closest('section') as HTMLElement;
    expect([...group.querySelectorAll('article')][0]).toBe(vu05);
    const heat = screen.getByRole('table', { name: 'Findings by exposure kind and severity' });
    expect(within(heat).getByRole('button', { name: '1 Critical finding on Vulnerability reporting. 1 with an overridden severity.' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^VU-05/ }));
    expect(within(vu05).getByText('“Customer confirmed internet exposure”')).toBeInTheDocument();
    expect(within(vu05).getByText(/By Ann Reviewer/)).toBeInTheDocument();
    await user.click(within(vu05).getByRole('button', { name: 'Clear override' }));
    expect(onChange).toHaveBeenCalledWith({ type: 'clear-override', ruleId: 'VU-05' });
  });
});

describe('mitigation tracking', { timeout: 60_000 }, () => {
  it('sends set-mitigation, and the re-rendered residual score shows the drop', async () => {
    const { user, onChange, update } = renderResults(AC01);
    await user.click(screen.getByRole('button', { name: /^DA-08/ }));
    const status = within(card('DA-08')).getByRole('radiogroup', { name: /Status of M-REMOTE-OFF/ });
    await user.click(within(status).getByRole('radio', { name: 'Implemented' }));
    expect(onChange).toHaveBeenCalledWith({ type: 'set-mitigation', ruleId: 'DA-08', code: 'M-REMOTE-OFF', status: 'implemented' });

    const decisions = { 'DA-08': { mitigations: { 'M-REMOTE-OFF': { status: 'implemented' as const, at: 'x', by: 'y' } } } };
    const { assessment, residual } = propsOf(AC01, decisions);
    const raw = assessment?.scores.byExposure['data-access'] ?? 0;
    const after = residual?.byExposure['data-access'] ?? 0;
    expect(after).toBeLessThan(raw);
    update(AC01, decisions);
    const scores = screen.getByRole('region', { name: 'Scores' });
    expect(within(scores).getByText(`${raw}, after implemented mitigations ${after} (down ${raw - after})`)).toBeInTheDocument();
    expect(within(card('DA-08')).getByText('1/1 mitigations implemented')).toBeInTheDocument();
    expect(within(status).getByRole('radio', { name: 'Implemented' })).toBeChecked();
  });

  it('shows what a mitigation does not achieve', async () => {
    const { user } = renderResults(AC01);
    await user.click(screen.getByRole('button', { name: /^SC-05/ }));
    expect(within(card('SC-05')).getAllByText('Limits:').length).toBe(3);
  });
});

describe('notes', { timeout: 60_000 }, () => {
  it('saves a note on a finding and keeps focus in it', async () => {
    const { user, onChange } = renderResults(AC01);
    await user.click(screen.getByRole('button', { name: /^CT-01/ }));
    const note = within(card('CT-01')).getByRole('textbox', { name: 'Note on CT-01' });
    await user.click(note);
    await user.paste('Vendor has a CCC plan for Q3.');
    await user.click(within(card('CT-01')).getByRole('button', { name: 'Save note' }));
    expect(onChange).toHaveBeenCalledWith({ type: 'set-note', ruleId: 'CT-01', note: 'Vendor has a CCC plan for Q3.' });
    expect(await within(card('CT-01')).findByText('Note saved.')).toBeInTheDocument();
    expect(note).toHaveFocus();
  });
});
