/**
 * The report fonts (Inter and Noto Sans SC, regular and bold) for the HTML that is printed to PDF. The woff2 files
 * are bundled by Vite as assets, and the @font-face rules point at them with absolute URLs resolved against the
 * page, so they load both in the browser (http://…/assets/…) and in the desktop print window
 * (app://airlock/assets/…, while the print page itself lives under app://airlock/print/).
 */
import { fontFaceCssFor } from '../../../shared/report/fonts';

/** `<package>/<file>` → bundled asset URL (relative to the app's base). */
const FONT_ASSETS: Readonly<Record<string, string>> = collect(
  import.meta.glob<string>('../../../node_modules/@fontsource/{inter,noto-sans-sc}/files/*-{400,700}-normal.woff2', {
    query: '?url',
    import: 'default',
    eager: true,
    exhaustive: true,
  }),
);

function collect(modules: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, url] of Object.entries(modules)) {
    const m = /@fontsource\/([a-z-]+)\/files\/([^/]+)$/.exec(path);
    if (m) out[`${m[1] ?? ''}/${m[2] ?? ''}`] = url;
  }
  return out;
}

/** Number of font files bundled for reports (for tests and diagnostics). */
export const REPORT_FONT_FILE_COUNT: number = Object.keys(FONT_ASSETS).length;

/** @font-face rules with absolute URLs, resolved against `baseUri` (the page's `document.baseURI`). */
export function reportFontCss(baseUri: string): string {
  return fontFaceCssFor((file) => {
    const url = FONT_ASSETS[file];
    return url === undefined ? undefined : new URL(url, baseUri).href;
  });
}

/** Font sources the report's Content-Security-Policy must allow: the page's own origin (and inlined data: fonts). */
export function reportFontSources(baseUri: string): string[] {
  const origin = new URL(baseUri).origin;
  return ["'self'", ...(origin && origin !== 'null' ? [origin] : []), 'data:'];
}
