/** Registers the privileged `app` scheme (before ready) and its handler (after ready). */
import { protocol } from 'electron';
import { createAppProtocolHandler } from '../services/protocol';
import type { PrintPageSource } from '../services/protocol';
import { APP_SCHEME } from '../services/trusted-url';

/**
 * Must run before `app` is ready. `standard` gives a real origin (so 'self' and IndexedDB work), `secure` a secure
 * context, `supportFetchAPI` lets the renderer fetch its own bundled files, `codeCache` keeps V8's compiled-code cache
 * for our scripts (faster start; it needs `standard`).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves dist/ (the renderer), the in-memory print pages, and the report fonts under app://airlock/report-fonts/. */
export function handleAppScheme(distRoot: string, printPages: PrintPageSource, reportFontsRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ distRoot, printPages, mounts: { 'report-fonts': reportFontsRoot } }));
}
