// The main-process entry wiring, with Electron mocked: sandbox and the privileged scheme before ready, one instance,
// then protocol, hardened session, IPC, menu and window on ready; quit when the last window closes (not on macOS).
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const state = vi.hoisted(() => ({
  calls: [] as string[],
  appListeners: new Map<string, (...args: unknown[]) => unknown>(),
  gotLock: true,
  switches: new Set<string>(),
  isPackaged: false,
  ready: undefined as undefined | (() => void),
  windows: [] as { focus: () => void; restore: () => void; isMinimized: () => boolean }[],
  handled: [] as string[],
  permissionHandler: false,
}));

vi.mock('electron', () => {
  const record = (name: string) => vi.fn(() => void state.calls.push(name));
  const webContents = { mainFrame: { processId: 1, routingId: 1 } };
  const BrowserWindow = vi.fn(function (this: object) {
    state.calls.push('new BrowserWindow');
    const win = {
      webContents,
      once: vi.fn(),
      on: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(() => void state.calls.push('focus')),
      restore: vi.fn(),
      isMinimized: () => false,
      isDestroyed: () => false,
      loadURL: vi.fn(() => Promise.resolve()),
    };
    state.windows.push(win);
    return win;
  });
  Object.assign(BrowserWindow, { getAllWindows: () => state.windows });
  return {
    app: {
      enableSandbox: record('enableSandbox'),
      requestSingleInstanceLock: vi.fn(() => state.gotLock),
      commandLine: { hasSwitch: (s: string) => state.switches.has(s) },
      get isPackaged() {
        return state.isPackaged;
      },
      on: vi.fn((event: string, listener: Listener) => void state.appListeners.set(event, listener)),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (state.ready = resolve))),
      quit: record('quit'),
      exit: record('exit'),
      getName: () => 'Airlock',
      getVersion: () => '0.1.0',
      getPath: (name: string) => `/tmp/${name}`,
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: { scheme: string; privileges: Record<string, boolean> }[]) => {
        state.calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`);
      }),
      handle: vi.fn((scheme: string) => void state.calls.push(`protocol.handle ${scheme}`)),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(() => void (state.permissionHandler = true)),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        setDisplayMediaRequestHandler: vi.fn(),
        setBluetoothPairingHandler: vi.fn(),
        on: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
        setSpellCheckerEnabled: vi.fn(),
        setSpellCheckerDictionaryDownloadURL: vi.fn(),
      },
    },
    ipcMain: { handle: vi.fn((channel: string) => void state.handled.push(channel)) },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: record('setApplicationMenu') },
    nativeTheme: { shouldUseDarkColors: false },
    BrowserWindow,
  };
});

async function start() {
  vi.resetModules();
  await import('../../../electron/main/index');
}

async function becomeReady() {
  state.ready?.();
  await new Promise((r) => setTimeout(r, 0));
}

beforeEach(() => {
  state.calls = [];
  state.appListeners.clear();
  state.gotLock = true;
  state.switches.clear();
  state.isPackaged = false;
  state.ready = undefined;
  state.windows = [];
  state.handled = [];
  state.permissionHandler = false;
});

describe('main entry', () => {
  it('enables the sandbox and registers app:// as a privileged standard, secure scheme before ready', async () => {
    await start();
    expect(state.calls[0]).toBe('enableSandbox');
    expect(state.calls[1]).toBe(
      'registerSchemesAsPrivileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"codeCache":true}}]',
    );
    expect(state.calls).not.toContain('new BrowserWindow');
  });

  it('on ready: serves app://, hardens the session, registers IPC and menu, then opens one window', async () => {
    await start();
    await becomeReady();
    expect(state.calls).toContain('protocol.handle app');
    expect(state.permissionHandler).toBe(true);
    expect(state.handled.sort()).toEqual(['app:get-info', 'clipboard:write-text', 'file:open', 'file:save', 'pdf:render']);
    expect(state.calls).toContain('setApplicationMenu');
    expect(state.calls.filter((c) => c === 'new BrowserWindow')).toHaveLength(1);
    expect(state.calls.indexOf('protocol.handle app')).toBeLessThan(state.calls.indexOf('new BrowserWindow'));
    expect(state.appListeners.has('web-contents-created')).toBe(true);
  });

  it('a second instance quits at once; the first focuses its window', async () => {
    state.gotLock = false;
    await start();
    expect(state.calls).toContain('quit');
    expect(state.appListeners.has('second-instance')).toBe(false);

    state.calls = [];
    state.gotLock = true;
    await start();
    await becomeReady();
    state.appListeners.get('second-instance')?.();
    expect(state.calls).toContain('focus');
  });

  it('quits when the last window closes, except on macOS', async () => {
    await start();
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { value: 'linux' });
      state.appListeners.get('window-all-closed')?.();
      expect(state.calls).toContain('quit');
      state.calls = [];
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      state.appListeners.get('window-all-closed')?.();
      expect(state.calls).not.toContain('quit');
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('a packaged build refuses to start with a remote-debugging switch', async () => {
    state.isPackaged = true;
    state.switches.add('remote-debugging-port');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await start();
    expect(state.calls).toContain('exit');
    expect(state.appListeners.size).toBe(0);
  });
});
