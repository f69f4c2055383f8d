/**
 * DerivedAnswer: a computed field (foreign control, infosec product, crypto product). Shows the value computed from
 * the other answers and an "Override" control; an override is a stored answer the engine takes as given, and
 * "Use computed value" removes it again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deriveForeignControlled, deriveIsCryptoProduct, deriveIsInfosecProduct } from '../../../shared/profile/derive';
import type { FieldDef, FieldValue } from '../../../shared/profile/types';
import type { ProfileAnswers } from '../../../shared/review/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ChoiceControl } from './ChoiceControl';
import { valueLabel } from './field-text';

function computed(path: string, answers: ProfileAnswers): boolean | 'unknown' {
  const at = (s: string, f: string) => answers[s]?.[f] as FieldValue | undefined;
  if (path === 'vendor.foreign_controlled') return deriveForeignControlled(at('vendor', 'hq_jurisdiction'));
  if (path === 'product.is_infosec_product') return deriveIsInfosecProduct(at('product', 'category'));
  if (path === 'product.is_crypto_product') return deriveIsCryptoProduct(at('product', 'category'), at('product', 'crypto_functions'));
  return 'unknown';
}

export interface DerivedAnswerProps {
  readonly def: FieldDef;
  readonly answers: ProfileAnswers;
  readonly value: unknown;
  readonly labelledBy: string;
  readonly onAnswer: (value: unknown) => void;
  readonly onClear: () => void;
}

export function DerivedAnswer({ def, answers, value, labelledBy, onAnswer, onClear }: DerivedAnswerProps) {
  const { t, i18n } = useTranslation('workspace');
  const [editing, setEditing] = useState(false);
  const overridden = value !== undefined;
  const auto = computed(def.path, answers);
  return (
    <div className="q-derived">
      <p className="q-derived__value">
        <span className="q-derived__label">{t('derived.computed')}</span>{' '}
        <strong>{auto === 'unknown' ? t('answer.unknown') : valueLabel(def, String(auto), i18n.language)}</strong>
        {overridden ? <Badge tone="accent">{t('derived.overridden')}</Badge> : null}
      </p>
      {overridden || editing ? (
        <div className="q-derived__override">
          <ChoiceControl def={def} value={value} labelledBy={labelledBy} onAnswer={onAnswer} />
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              setEditing(false);
              if (overridden) onClear();
            }}
          >
            {t('derived.useComputed')}
          </Button>
        </div>
      ) : (
        <Button size="sm" onClick={() => setEditing(true)}>
          {t('derived.override')}
        </Button>
      )}
    </div>
  );
}
