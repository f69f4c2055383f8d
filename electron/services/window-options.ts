/**
 * BrowserWindow options for the two kinds of window the shell opens: the app window (sandboxed, isolated, preload
 * bridge only) and the hidden print window (the same, plus no JavaScript and no preload at all). Pure, so a test can
 * check every security switch without Electron.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Switches every window shares. Written out even where they are Electron's defaults (audit tools flag a missing key). */
const LOCKED_DOWN: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  autoplayPolicy: 'user-gesture-required',
};

export const MAIN_WINDOW_MIN = { width: 960, height: 600 } as const;

/** Matches the renderer's light and dark page background, so the window does not flash before the first paint. */
export const BACKGROUND = { light: '#f7f7f5', dark: '#15171a' } as const;

export interface MainWindowInput {
  readonly preloadPath: string;
  readonly isPackaged: boolean;
  readonly darkTheme: boolean;
  readonly title?: string;
}

export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    title: input.title ?? 'Airlock',
    width: 1360,
    height: 880,
    minWidth: MAIN_WINDOW_MIN.width,
    minHeight: MAIN_WINDOW_MIN.height,
    show: false,
    backgroundColor: input.darkTheme ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      ...LOCKED_DOWN,
      preload: input.preloadPath,
      devTools: !input.isPackaged,
    },
  };
}

/** The hidden window that prints reports to PDF: never shown, no preload, no JavaScript, no devtools. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      ...LOCKED_DOWN,
      javascript: false,
      devTools: false,
      images: true,
      backgroundThrottling: false,
    },
  };
}
