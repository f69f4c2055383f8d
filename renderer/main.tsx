/** Bootstrap: platform, database, repositories, store and i18n (create-services.ts), then render the app. */
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/500.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/features.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createAppServices } from './app/create-services';
import { createPlatform } from './platform/create-platform';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  const services = await createAppServices({
    platform: createPlatform(window),
    systemLanguages: navigator.languages ?? [navigator.language],
  });
  createRoot(root).render(
    <StrictMode>
      <AppProviders services={services}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}

start().catch((e: unknown) => {
  // Last resort: the UI could not start (e.g. IndexedDB unavailable). Show the reason instead of a blank window.
  const pre = document.createElement('pre');
  pre.textContent = `Airlock could not start: ${e instanceof Error ? e.message : String(e)}`;
  document.body.replaceChildren(pre);
});
