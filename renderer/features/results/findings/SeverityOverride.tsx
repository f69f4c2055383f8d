/**
 * Severity override of one finding. Shows the override (new and original severity, justification, who and when)
 * with "Clear override", or an "Override severity" form: the new severity and a written justification of at least
 * 10 characters; a shorter one is refused in the form (the change would be refused anyway). Focus moves to the
 * result of each action.
 */
import { PenLine } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../shared/catalogue/types';
import type { Severity } from '../../../../shared/catalogue/types';
import type { ReviewChange, SeverityOverride as Override } from '../../../../shared/review/types';
import { Button } from '../../../components/Button';
import { SegmentedControl } from '../../../components/SegmentedControl';
import { TextArea } from '../../../components/TextField';
import { formatDateTime } from '../../../i18n/format';

export const MIN_JUSTIFICATION = 10;

export interface SeverityOverrideProps {
  readonly ruleId: string;
  readonly engineSeverity: Severity;
  readonly override: Override | undefined;
  readonly onChange: (change: ReviewChange) => Promise<void>;
}

export function SeverityOverride({ ruleId, engineSeverity, override, onChange }: SeverityOverrideProps) {
  const { t, i18n } = useTranslation('results');
  const [editing, setEditing] = useState(false);
  // Where focus goes after the next render that shows it (then forgotten, so later renders never steal focus).
  const pendingFocus = useRef<'summary' | 'open' | null>(null);
  const [, rerender] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const setFocusTarget = (target: 'summary' | 'open'): void => {
    pendingFocus.current = target;
    rerender((n) => n + 1);
  };
  useEffect(() => {
    const el = pendingFocus.current === 'summary' ? summary.current : pendingFocus.current === 'open' ? openButton.current : null;
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  if (editing) {
    return (
      <OverrideForm
        ruleId={ruleId}
        initial={override?.severity ?? engineSeverity}
        onCancel={() => { setEditing(false); setFocusTarget('open'); }}
        onSubmit={async (severity, justification) => {
          await onChange({ type: 'override-severity', ruleId, severity, justification });
          setEditing(false);
          setFocusTarget('summary');
        }}
      />
    );
  }
  if (override) {
    return (
      <div className="override-summary" ref={summary} tabIndex={-1}>
        <p>
          <PenLine size={14} aria-hidden="true" />{' '}
          {t('override.summary', { severity: t(`severity.${override.severity}`), original: t(`severity.${engineSeverity}`) })}
        </p>
        <p className="override-summary__why">“{override.justification}”</p>
        <p className="muted">{t('override.by', { by: override.by, at: formatDateTime(override.at, i18n.language) })}</p>
        <Button size="sm" onClick={() => { onChange({ type: 'clear-override', ruleId }).then(() => setFocusTarget('open'), () => undefined); }}>
          {t('override.clear')}
        </Button>
      </div>
    );
  }
  return (
    <Button ref={openButton} size="sm" variant="ghost" icon={<PenLine />} onClick={() => setEditing(true)}>
      {t('override.open')}
    </Button>
  );
}

function OverrideForm({ ruleId, initial, onCancel, onSubmit }: { ruleId: string; initial: Severity; onCancel: () => void; onSubmit: (s: Severity, j: string) => Promise<void> }) {
  const { t } = useTranslation('results');
  const [severity, setSeverity] = useState<Severity>(initial);
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const length = justification.trim().length;
  return (
    <form
      className="finding-form override-form"
      aria-label={t('override.formLabel', { id: ruleId })}
      onSubmit={(e) => {
        e.preventDefault();
        if (length < MIN_JUSTIFICATION) {
          setError(t('override.tooShort', { min: MIN_JUSTIFICATION, count: length }));
          area.current?.focus();
          return;
        }
        onSubmit(severity, justification.trim()).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
      }}
    >
      <SegmentedControl label={t('override.severity')} value={severity} onValueChange={setSeverity} options={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))} />
      <TextArea
        ref={area}
        label={t('override.justification')}
        hint={t('override.hint', { min: MIN_JUSTIFICATION, count: length })}
        error={error ?? undefined}
        rows={3}
        value={justification}
        aria-required="true"
        autoFocus
        onChange={(e) => { setJustification(e.target.value); setError(null); }}
      />
      <div className="finding-form__actions">
        <Button type="submit" size="sm" variant="primary">{t('override.save')}</Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>{t('override.cancel')}</Button>
      </div>
    </form>
  );
}
