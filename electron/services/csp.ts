/**
 * The Content-Security-Policy of every page the shell serves, as one string so the protocol handler, the tests and
 * renderer/index.html (meta tag, web mode) can agree on it. Plus the stricter policy for print pages and the header
 * set every app:// response carries.
 */

/**
 * App pages. Notes on the non-obvious parts:
 * - style-src 'unsafe-inline': React's `style={…}` attributes and Radix's positioning set inline styles; scripts
 *   stay 'self' only, so this does not open script injection.
 * - img-src/font-src data:, worker-src blob:: generated previews and bundled fonts; nothing leaves the machine.
 * - connect-src 'self': fetches of our own bundled files (catalogue JSON); the network filter blocks the rest anyway.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Print pages (PDF rendering): the HTML comes from the renderer and is rendered in a window with JavaScript off; this
 * policy also forbids scripts, workers and fetches, so even a bug that re-enabled JavaScript would run nothing.
 */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every app:// response (files, print pages and errors alike). */
export function securityHeaders(csp: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}
