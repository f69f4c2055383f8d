/**
 * One attached evidence file: its name, size, when it was added, a short SHA-256 (the full value in a tooltip, to
 * screen readers, and through "Copy"), the findings it supports and its note, with Edit and Remove.
 */
import { Copy, FileText, Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { IconButton } from '../../components/IconButton';
import { Tooltip } from '../../components/Tooltip';
import type { EvidenceRecord } from '../../db/app-db';
import { formatBytes, formatDateTime } from '../../i18n/format';

/** Hex digits shown of a SHA-256 before the ellipsis. */
const SHORT_HASH = 12;

export interface EvidenceItemProps {
  readonly item: EvidenceRecord;
  readonly onCopyHash: (item: EvidenceRecord) => void;
  readonly onEdit: (item: EvidenceRecord) => void;
  readonly onRemove: (item: EvidenceRecord) => void;
}

export function EvidenceItem({ item, onCopyHash, onEdit, onRemove }: EvidenceItemProps) {
  const { t, i18n } = useTranslation('evidence');
  const lang = i18n.language;
  return (
    <li className="evidence-item">
      <div className="evidence-item__head">
        <FileText className="evidence-item__icon" size={18} aria-hidden="true" />
        <span className="evidence-item__name">{item.name}</span>
        {item.fileId === null ? <Badge>{t('noFile')}</Badge> : null}
        <span className="evidence-item__actions">
          <IconButton size="sm" label={t('action.copyHash', { name: item.name })} icon={<Copy />} onClick={() => onCopyHash(item)} />
          <IconButton size="sm" label={t('action.edit', { name: item.name })} icon={<Pencil />} onClick={() => onEdit(item)} />
          <IconButton size="sm" label={t('action.remove', { name: item.name })} icon={<Trash2 />} onClick={() => onRemove(item)} />
        </span>
      </div>
      <dl className="evidence-item__meta">
        <div>
          <dt>{t('field.size')}</dt>
          <dd>{formatBytes(item.size, lang)}</dd>
        </div>
        <div>
          <dt>{t('field.added')}</dt>
          <dd>{formatDateTime(item.addedAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('field.sha256')}</dt>
          <dd>
            <Tooltip content={<span className="evidence-item__hash-full">{item.sha256}</span>}>
              <code className="evidence-item__hash" tabIndex={0}>
                <span aria-hidden="true">{item.sha256.slice(0, SHORT_HASH)}…</span>
                <span className="visually-hidden">{item.sha256}</span>
              </code>
            </Tooltip>
          </dd>
        </div>
        {item.ruleIds && item.ruleIds.length > 0 ? (
          <div>
            <dt>{t('field.findings')}</dt>
            <dd>{item.ruleIds.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {item.note ? (
        <p className="evidence-item__note">
          <span className="visually-hidden">{t('field.note')}: </span>
          {item.note}
        </p>
      ) : null}
      {item.fileId === null ? <p className="field__hint">{t('noFileHint')}</p> : null}
    </li>
  );
}
