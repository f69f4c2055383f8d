/**
 * Mitigation tracking for one finding: each catalogue mitigation the rule lists (title, what it does and its
 * limits) with a status (not tracked / proposed / agreed / implemented / rejected) and an optional note, saved as
 * `set-mitigation` changes. Implemented mitigations lower the residual scores. The rule's extra advice follows.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mitigationByCode } from '../../../../shared/catalogue/mitigations';
import type { MitigationCode } from '../../../../shared/catalogue/types';
import { MITIGATION_STATUSES } from '../../../../shared/review/types';
import type { FindingDecision, MitigationStatus, ReviewChange } from '../../../../shared/review/types';
import { SegmentedControl } from '../../../components/SegmentedControl';
import { TextField } from '../../../components/TextField';
import { localText } from '../present';

export interface MitigationTrackerProps {
  readonly ruleId: string;
  readonly codes: readonly MitigationCode[];
  readonly notes: readonly string[];
  readonly decision: FindingDecision | undefined;
  readonly onChange: (change: ReviewChange) => Promise<void>;
}

type StatusValue = MitigationStatus | 'none';

export function MitigationTracker({ ruleId, codes, notes, decision, onChange }: MitigationTrackerProps) {
  const { t } = useTranslation('results');
  if (codes.length === 0 && notes.length === 0) return <p className="muted">{t('mitigation.none')}</p>;
  return (
    <div className="mitigations">
      {codes.map((code) => (
        <MitigationRow key={code} ruleId={ruleId} code={code} decision={decision} onChange={onChange} />
      ))}
      {notes.length > 0 ? (
        <div>
          <h6 className="finding__subhead">{t('mitigation.advice')}</h6>
          <ul className="plain-list" lang="en">
            {notes.map((n) => <li key={n}>{n}</li>)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function MitigationRow({ ruleId, code, decision, onChange }: { ruleId: string; code: MitigationCode } & Pick<MitigationTrackerProps, 'decision' | 'onChange'>) {
  const { t, i18n } = useTranslation('results');
  const m = mitigationByCode(code);
  const current = decision?.mitigations?.[code];
  const [note, setNote] = useState(current?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = (status: MitigationStatus | null, nextNote: string): void => {
    setError(null);
    onChange({ type: 'set-mitigation', ruleId, code, status, ...(nextNote.trim() ? { note: nextNote.trim() } : {}) }).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  };
  const options: { value: StatusValue; label: string }[] = [
    { value: 'none', label: t('mitigation.status.none') },
    ...MITIGATION_STATUSES.map((s) => ({ value: s, label: t(`mitigation.status.${s}`) })),
  ];
  return (
    <div className={`mitigation mitigation--${current?.status ?? 'none'}`}>
      <div className="mitigation__head">
        <span className="mitigation__code">{code}</span>
        <span className="mitigation__title">{localText(m.title, i18n.language)}</span>
      </div>
      <p className="mitigation__text">{localText(m.description, i18n.language)}</p>
      <p className="mitigation__limits"><strong>{t('mitigation.limits')}</strong> {localText(m.limits, i18n.language)}</p>
      <SegmentedControl
        label={t('mitigation.statusLabel', { code, title: localText(m.title, i18n.language) })}
        hideLabel
        value={current?.status ?? 'none'}
        options={options}
        onValueChange={(v) => save(v === 'none' ? null : v, v === 'none' ? '' : note)}
      />
      <TextField
        label={t('mitigation.note', { code })}
        value={note}
        disabled={!current}
        hint={current ? undefined : t('mitigation.noteHint')}
        error={error ?? undefined}
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => {
          if (current && note.trim() !== (current.note ?? '')) save(current.status, note);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && current) {
            e.preventDefault();
            if (note.trim() !== (current.note ?? '')) save(current.status, note);
          }
        }}
      />
    </div>
  );
}
