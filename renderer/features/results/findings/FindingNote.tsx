/** The reviewer's note on a finding (`set-note`): a text area with Save; focus stays in the note after saving. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewChange } from '../../../../shared/review/types';
import { Button } from '../../../components/Button';
import { TextArea } from '../../../components/TextField';

export interface FindingNoteProps {
  readonly ruleId: string;
  readonly note: string;
  readonly onChange: (change: ReviewChange) => Promise<void>;
}

export function FindingNote({ ruleId, note, onChange }: FindingNoteProps) {
  const { t } = useTranslation('results');
  const [draft, setDraft] = useState(note);
  const [status, setStatus] = useState<'idle' | 'saved' | 'error'>('idle');
  const [error, setError] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const dirty = draft.trim() !== note.trim();
  const save = (): void => {
    onChange({ type: 'set-note', ruleId, note: draft.trim() })
      .then(() => {
        setStatus('saved');
        area.current?.focus();
      })
      .catch((e: unknown) => {
        setStatus('error');
        setError(e instanceof Error ? e.message : String(e));
      });
  };
  return (
    <form
      className="finding-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <TextArea
        ref={area}
        label={t('note.label', { id: ruleId })}
        rows={2}
        value={draft}
        error={status === 'error' ? error : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setStatus('idle');
        }}
      />
      <div className="finding-form__actions">
        <Button type="submit" size="sm" disabled={!dirty}>{t('note.save')}</Button>
        <span role="status" className="muted">{status === 'saved' ? t('note.saved') : ''}</span>
      </div>
    </form>
  );
}
