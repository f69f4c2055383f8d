/**
 * EvidenceEditDialog: the note of an evidence item and the findings it supports (checkboxes over the review's current
 * findings, plus any linked finding that does not fire at the moment, so it can be unlinked). Saves only what changed,
 * as one `edit-evidence` change. On a failed save the dialog stays open with what was entered.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Dialog } from '../../components/Dialog';
import { TextArea } from '../../components/TextField';
import type { EvidenceRecord } from '../../db/app-db';
import type { EvidencePatch } from '../../db/evidence-repo';

/** A finding evidence can be linked to. */
export interface LinkableFinding {
  readonly ruleId: string;
  /** Title in the UI language. */
  readonly title: string;
}

export interface EvidenceEditDialogProps {
  readonly item: EvidenceRecord;
  readonly findings: readonly LinkableFinding[];
  readonly onSave: (patch: EvidencePatch) => Promise<boolean>;
  readonly onClose: () => void;
}

const NOTE_MAX = 20_000;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function EvidenceEditDialog({ item, findings, onSave, onClose }: EvidenceEditDialogProps) {
  const { t } = useTranslation('evidence');
  const [note, setNote] = useState(item.note ?? '');
  const [linked, setLinked] = useState<readonly string[]>(item.ruleIds ?? []);
  const [busy, setBusy] = useState(false);
  const known = new Set(findings.map((f) => f.ruleId));
  const options: readonly LinkableFinding[] = [
    ...findings,
    ...(item.ruleIds ?? []).filter((id) => !known.has(id)).map((ruleId) => ({ ruleId, title: '' })),
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const nextNote = note.trim();
    const patch: EvidencePatch = {
      ...(nextNote !== (item.note ?? '') ? { note: nextNote } : {}),
      ...(!sameSet(linked, item.ruleIds ?? []) ? { ruleIds: options.map((o) => o.ruleId).filter((id) => linked.includes(id)) } : {}),
    };
    if (patch.note === undefined && patch.ruleIds === undefined) {
      onClose();
      return;
    }
    setBusy(true);
    const ok = await onSave(patch);
    setBusy(false);
    if (ok) onClose();
  };

  const toggle = (ruleId: string, on: boolean) => setLinked((ids) => (on ? [...ids.filter((x) => x !== ruleId), ruleId] : ids.filter((x) => x !== ruleId)));

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('edit.title', { name: item.name })}
      closeLabel={t('common:action.close')}
    >
      <form className="dialog__body" onSubmit={(e) => void submit(e)} noValidate>
        <TextArea label={t('edit.note')} hint={t('edit.noteHint')} value={note} maxLength={NOTE_MAX} rows={4} autoFocus onChange={(e) => setNote(e.target.value)} />
        <fieldset className="evidence-edit__findings">
          <legend className="field__label">{t('edit.findings')}</legend>
          {options.length === 0 ? <p className="field__hint">{t('edit.noFindings')}</p> : null}
          {options.map((f) => (
            <Checkbox
              key={f.ruleId}
              label={f.title ? `${f.ruleId} · ${f.title}` : t('edit.notFiring', { ruleId: f.ruleId })}
              checked={linked.includes(f.ruleId)}
              onCheckedChange={(on) => toggle(f.ruleId, on)}
            />
          ))}
        </fieldset>
        <div className="dialog__footer">
          <Button onClick={onClose}>{t('common:action.cancel')}</Button>
          <Button variant="primary" type="submit" disabled={busy}>
            {t('edit.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
