/** Renders the store's toasts with their texts translated. */
import { useTranslation } from 'react-i18next';
import { Toasts, type ToastItem } from '../components/Toasts';
import { useAppStore } from '../store/store-context';

export function AppToasts() {
  const { t } = useTranslation();
  const toasts = useAppStore((s) => s.toasts);
  const dismiss = useAppStore((s) => s.dismissToast);
  const items: ToastItem[] = toasts.map((toast) => ({
    id: toast.id,
    tone: toast.tone,
    text: t(toast.message.key, toast.message.values ?? {}),
    ...(toast.action ? { action: { label: t(toast.action.label.key, toast.action.label.values ?? {}), onAction: toast.action.run } } : {}),
  }));
  return <Toasts items={items} onDismiss={dismiss} closeLabel={t('action.dismiss')} regionLabel={t('toast.region')} />;
}
