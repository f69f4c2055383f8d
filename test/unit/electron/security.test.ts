// Session and web-contents hardening: permissions denied, non-app requests cancelled, navigation/new windows refused.
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, redactUrl } from '../../../electron/services/security';

type Listener = (...args: unknown[]) => void;

/** A stand-in Session that records what hardenSession installs. */
function fakeSession() {
  const on = new Map<string, Listener>();
  const fake = {
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as ((...args: unknown[]) => boolean) | undefined,
    devicePermission: undefined as ((...args: unknown[]) => boolean) | undefined,
    displayMedia: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    spellChecker: true,
    dictionaryUrl: undefined as string | undefined,
    on,
    session: {
      setPermissionRequestHandler: (h: Listener) => (fake.permissionRequest = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => (fake.permissionCheck = h),
      setDevicePermissionHandler: (h: (...args: unknown[]) => boolean) => (fake.devicePermission = h),
      setDisplayMediaRequestHandler: (h: Listener) => (fake.displayMedia = h),
      setBluetoothPairingHandler: vi.fn(),
      on: (event: string, listener: Listener) => on.set(event, listener),
      webRequest: { onBeforeRequest: (listener: Listener) => (fake.beforeRequest = listener) },
      setSpellCheckerEnabled: (enabled: boolean) => (fake.spellChecker = enabled),
      setSpellCheckerDictionaryDownloadURL: (url: string) => (fake.dictionaryUrl = url),
    },
  };
  hardenSession(fake.session as unknown as Session, { allowDevTools: false, log: () => undefined });
  return fake;
}

function fakeContents() {
  const on = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (event: string, listener: Listener) => on.set(event, listener),
    setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) => (openHandler = h),
  };
  hardenWebContents(contents as unknown as WebContents, { log: () => undefined });
  return { on, openHandler: () => openHandler };
}

const PERMISSIONS = [
  'media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen',
  'hid', 'serial', 'usb', 'midi', 'midiSysex', 'openExternal', 'fileSystem', 'pointerLock', 'keyboardLock',
  'window-management', 'local-fonts', 'idle-detection', 'persistent-storage', 'storage-access', 'unknown',
];

describe('hardenSession', () => {
  it.each(PERMISSIONS)('denies the permission request "%s"', (permission) => {
    const fake = fakeSession();
    const callback = vi.fn();
    fake.permissionRequest?.({}, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('denies every permission check and device permission', () => {
    const fake = fakeSession();
    for (const permission of PERMISSIONS) expect(fake.permissionCheck?.(null, permission, 'app://airlock', {})).toBe(false);
    expect(fake.devicePermission?.({ deviceType: 'usb', origin: 'app://airlock' })).toBe(false);
    expect(fake.devicePermission?.({ deviceType: 'hid', origin: 'app://airlock' })).toBe(false);
  });

  it('answers screen-capture and device pickers with nothing', () => {
    const fake = fakeSession();
    const streams = vi.fn();
    fake.displayMedia?.({}, streams);
    expect(streams).toHaveBeenCalledWith(null);
    for (const [event, args] of [
      ['select-hid-device', [{ deviceList: [{ deviceId: 'x' }] }]],
      ['select-usb-device', [{ deviceList: [{ deviceId: 'x' }] }]],
      ['select-serial-port', [[{ portId: 'x' }], {}]],
    ] as const) {
      const preventDefault = vi.fn();
      const callback = vi.fn();
      fake.on.get(event)?.({ preventDefault }, ...args, callback);
      expect(preventDefault).toHaveBeenCalled();
      expect(callback).toHaveBeenCalledTimes(1);
      expect(callback.mock.calls[0]?.[0] ?? '').toBe('');
    }
  });

  it('cancels downloads', () => {
    const fake = fakeSession();
    const preventDefault = vi.fn();
    fake.on.get('will-download')?.({ preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });

  it.each([
    ['https://example.com/track.gif', true],
    ['http://localhost:5173/', true],
    ['ws://127.0.0.1:9222/devtools', true],
    ['file:///etc/passwd', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['app://evil/x.js', true],
    ['app://airlock/assets/app.js', false],
    ['data:image/png;base64,AAAA', false],
  ])('web request to %s is cancelled: %s', (url, cancel) => {
    const fake = fakeSession();
    const callback = vi.fn();
    fake.beforeRequest?.({ url }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel });
  });

  it('turns the spell-checker off and points dictionary downloads at our own scheme', () => {
    const fake = fakeSession();
    expect(fake.spellChecker).toBe(false);
    expect(fake.dictionaryUrl).toMatch(/^app:\/\/airlock\//);
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: refuses foreign URLs, allows our own pages', (event) => {
    const { on } = fakeContents();
    const listener = on.get(event);
    expect(listener).toBeDefined();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://airlock.evil/', 'about:blank']) {
      const preventDefault = vi.fn();
      listener?.({ url, preventDefault });
      expect(preventDefault).toHaveBeenCalled();
    }
    const preventDefault = vi.fn();
    listener?.({ url: 'app://airlock/index.html', preventDefault });
    expect(preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach webviews', () => {
    const { on } = fakeContents();
    const preventDefault = vi.fn();
    on.get('will-attach-webview')?.({ preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, even one for our own origin', () => {
    const { openHandler } = fakeContents();
    for (const url of ['https://example.com/', 'app://airlock/index.html', 'about:blank']) {
      expect(openHandler()?.({ url })).toEqual({ action: 'deny' });
    }
  });
});

describe('redactUrl', () => {
  it('keeps only scheme and host for logs', () => {
    expect(redactUrl('https://example.com/path?secret=1')).toBe('https://example.com');
    expect(redactUrl('data:text/html,<b>contents</b>')).toBe('data:');
    expect(redactUrl('nonsense')).toBe('(unparseable URL)');
  });
});
