// The window factory: every security switch set on the app window and the print window, app:// loaded, shown when ready.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; once: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn> }[] = [];

vi.mock('electron', () => ({
  nativeTheme: { shouldUseDarkColors: true },
  BrowserWindow: vi.fn(function (this: object, options: Record<string, unknown>) {
    const win = { options, loadURL: vi.fn().mockResolvedValue(undefined), once: vi.fn(), show: vi.fn() };
    created.push(win);
    return win;
  }),
}));

const { createMainWindow } = await import('../../../electron/main/window');
const { mainWindowOptions, printWindowOptions, BACKGROUND } = await import('../../../electron/services/window-options');

const SECURE = {
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
};

beforeEach(() => {
  created.length = 0;
});

describe('createMainWindow', () => {
  it('creates a hidden, locked-down window with our preload and loads app://airlock/', () => {
    createMainWindow('/app/dist-electron/preload.cjs', true);
    expect(created).toHaveLength(1);
    const win = created[0]!;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ ...SECURE, preload: '/app/dist-electron/preload.cjs', devTools: false });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(win.options).toMatchObject({ show: false, backgroundColor: BACKGROUND.dark });
    expect(win.options.minWidth).toBeGreaterThanOrEqual(800);
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith('app://airlock/index.html');
    expect(win.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
    const onReady = win.once.mock.calls[0]?.[1] as () => void;
    onReady();
    expect(win.show).toHaveBeenCalled();
  });
});

describe('window options', () => {
  it('allows devtools only in unpackaged builds and follows the OS theme', () => {
    expect(mainWindowOptions({ preloadPath: 'p', isPackaged: false, darkTheme: false })).toMatchObject({
      backgroundColor: BACKGROUND.light,
      webPreferences: { devTools: true },
    });
    expect(mainWindowOptions({ preloadPath: 'p', isPackaged: true, darkTheme: false }).webPreferences?.devTools).toBe(false);
  });

  it('makes the print window script-free, preload-free, devtools-free and never shown', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ ...SECURE, javascript: false, devTools: false });
    expect(options.webPreferences?.preload).toBeUndefined();
  });
});
