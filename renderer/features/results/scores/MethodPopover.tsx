/** "How are scores computed?": an info button opening a popover (Radix Popover) with SCORE_METHOD in plain words. */
import { Info, X } from 'lucide-react';
import { Popover } from 'radix-ui';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_METHOD } from '../../../../shared/engine/scores';
import { localText } from '../present';

/** Memoised: no props, so it does not re-render with every answer. */
export const MethodPopover = memo(function MethodPopover() {
  const { t, i18n } = useTranslation('results');
  return (
    <Popover.Root>
      <Popover.Trigger className="btn btn--ghost btn--sm" aria-label={t('scores.methodButton')}>
        <span className="btn__icon" aria-hidden="true"><Info /></span>
        {t('scores.method')}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover method-popover" side="bottom" align="end" sideOffset={4} aria-label={t('scores.methodTitle')}>
          <div className="method-popover__head">
            <strong>{t('scores.methodTitle')}</strong>
            <Popover.Close className="btn btn--ghost btn--icon btn--sm" aria-label={t('common:action.close')}>
              <X size={14} aria-hidden="true" />
            </Popover.Close>
          </div>
          <p>{localText(SCORE_METHOD, i18n.language)}</p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
});
