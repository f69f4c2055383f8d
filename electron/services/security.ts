/**
 * Session and web-contents hardening. The app is offline and asks the OS for nothing, so: every permission request,
 * check and device pick is denied; every request that is not app:// (devtools:// only in unpackaged builds) is
 * cancelled; downloads, navigation away from the app, redirects, webviews and new windows are refused; the
 * spell-checker (which downloads dictionaries) is off. Takes the Electron objects as parameters (types only).
 */
import type { Session, WebContents } from 'electron';
import { isAllowedRequestUrl, shouldAllowNavigation } from './trusted-url';

export interface HardenOptions {
  /** Unpackaged (development) builds may load the devtools front-end. */
  readonly allowDevTools: boolean;
  /** Receives one line per refusal, never page contents. */
  readonly log?: (message: string) => void;
}

/** Only the scheme and host of a URL, for logs: paths and queries may carry data. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : u.protocol;
  } catch {
    return '(unparseable URL)';
  }
}

/** Where spell-check dictionaries would be fetched from: our own scheme, which serves no such files (no download). */
const NO_DICTIONARIES_URL = 'app://airlock/no-spellcheck-dictionaries/';

export function hardenSession(session: Session, options: HardenOptions): void {
  const log = options.log ?? ((m: string) => console.warn(m));

  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`permission request denied: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.setBluetoothPairingHandler?.((_details, callback) => callback({ confirmed: false }));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('will-download', (event) => {
    event.preventDefault();
    log('download refused');
  });

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, options.allowDevTools);
    if (!allowed) log(`network request blocked: ${redactUrl(details.url)}`);
    callback({ cancel: !allowed });
  });

  session.setSpellCheckerEnabled(false);
  try {
    session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARIES_URL);
  } catch {
    // macOS uses the OS spell-checker and has no download URL; nothing to turn off there.
  }
}

export function hardenWebContents(contents: WebContents, options: Pick<HardenOptions, 'log'> = {}): void {
  const log = options.log ?? ((m: string) => console.warn(m));
  const guard = (kind: string) => (event: { preventDefault(): void; url: string }) => {
    if (shouldAllowNavigation(event.url)) return;
    event.preventDefault();
    log(`${kind} refused: ${redactUrl(event.url)}`);
  };

  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview refused');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`new window refused: ${redactUrl(url)}`);
    return { action: 'deny' };
  });
}
