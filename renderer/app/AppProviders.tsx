/** Every context the UI needs, in one place: platform, store, data transfer (bundles, backups), i18n, tooltips and toasts. */
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ToastProvider } from '../components/Toasts';
import { TransferProvider } from '../features/export/transfer-context';
import { TooltipProvider } from '../components/Tooltip';
import { PlatformProvider } from '../platform/platform-context';
import { AppStoreProvider } from '../store/store-context';
import type { AppServices } from './create-services';

export function AppProviders({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <PlatformProvider platform={services.platform}>
      <AppStoreProvider store={services.store}>
        <TransferProvider db={services.db}>
          <I18nextProvider i18n={services.i18n}>
            <TooltipProvider delayDuration={500}>
              <ToastProvider swipeDirection="right">{children}</ToastProvider>
            </TooltipProvider>
          </I18nextProvider>
        </TransferProvider>
      </AppStoreProvider>
    </PlatformProvider>
  );
}
