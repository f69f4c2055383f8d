/** Creates the single app window: hardened options, shown when ready to avoid a white flash, loads app://airlock/. */
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_INDEX_URL } from '../services/trusted-url';
import { mainWindowOptions } from '../services/window-options';

export function createMainWindow(preloadPath: string, isPackaged: boolean): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions({ preloadPath, isPackaged, darkTheme: nativeTheme.shouldUseDarkColors }));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    console.error(`could not load the app page (${error instanceof Error ? error.message : 'unknown error'})`);
  });
  return win;
}
