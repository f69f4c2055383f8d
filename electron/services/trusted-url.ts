/**
 * What counts as "our" URL. The app is served only from `app://airlock/…`; anything else (file:, http:, data:,
 * look-alike hosts, credentials, ports) is foreign. Used by the navigation guards, the IPC sender check and the
 * network filter, so the rule lives in exactly one place.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'airlock';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for a canonical `app://airlock/<path>` URL. The string is parsed (never prefix-matched) and must
 * round-trip unchanged through the URL parser, which rejects dot segments (`app://airlock/../`),
 * upper-case or look-alike hosts and any other form the parser would rewrite. Backslashes are refused outright.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.host === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname.startsWith('/') &&
    parsed.href === url &&
    url.startsWith(`${APP_ORIGIN}/`) &&
    !url.includes('\\')
  );
}

/**
 * Whether a frame may navigate to `url`. The renderer is a single page that routes in memory, so a real navigation is
 * only ever a reload of our own pages; everything else (links to the web, file:, javascript:, data:, about:blank,
 * chrome:, devtools:, view-source:) is refused.
 */
export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Whether the session may fetch `url`. The app never touches the network: only our own scheme, plus in-memory
 * `data:`/`blob:` resources (they never leave the process; the CSP already limits where they may be used), and the
 * devtools front-end in unpackaged builds.
 */
export function isAllowedRequestUrl(url: string, allowDevTools: boolean): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return allowDevTools && protocol === 'devtools:';
}
