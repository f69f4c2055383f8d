/**
 * Report fonts: builds the @font-face rules for Inter (Latin) and Noto Sans SC (Chinese) that the HTML/PDF report
 * uses, pointing at a base URL the host serves the @fontsource woff2 files from. The CLI serves them from a fake
 * origin (cli/pdf.ts); the desktop app can serve the same files under app://airlock/. Each subset keeps its
 * unicode-range, so Chromium only loads the subsets a report actually uses.
 */
import { INTER_SUBSETS, NOTO_SANS_SC_SUBSETS } from './font-subsets';

/** @fontsource packages the report uses. */
export const FONT_PACKAGES = ['inter', 'noto-sans-sc'] as const;
export type FontPackage = (typeof FONT_PACKAGES)[number];

/** Weights the report uses (body and bold). */
export const FONT_WEIGHTS = [400, 700] as const;

/** Font stack of the report: Inter for Latin, Noto Sans SC (then common system CJK fonts) for Chinese. */
export const REPORT_FONT_STACK = `"Inter", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif`;

const FAMILY: Readonly<Record<FontPackage, string>> = { inter: 'Inter', 'noto-sans-sc': 'Noto Sans SC' };

function subsetsOf(pkg: FontPackage): readonly (readonly [string, string])[] {
  return pkg === 'inter' ? INTER_SUBSETS : NOTO_SANS_SC_SUBSETS;
}

/** Every font file the report may request, as `<package>/<file>` paths relative to the base URL. */
export function fontFiles(): string[] {
  const out: string[] = [];
  for (const pkg of FONT_PACKAGES) for (const w of FONT_WEIGHTS) for (const [id] of subsetsOf(pkg)) out.push(`${pkg}/${pkg}-${id}-${w}-normal.woff2`);
  return out;
}

/**
 * @font-face rules for the report fonts. `baseUrl` ends with "/" and serves `<package>/<file>` from
 * `node_modules/@fontsource/<package>/files/<file>`, e.g. `fontFaceCss('http://airlock.invalid/fonts/')`.
 */
export function fontFaceCss(baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const rules: string[] = [];
  for (const pkg of FONT_PACKAGES) {
    for (const w of FONT_WEIGHTS) {
      for (const [id, range] of subsetsOf(pkg)) {
        rules.push(
          `@font-face{font-family:'${FAMILY[pkg]}';font-style:normal;font-display:block;font-weight:${w};` +
            `src:url(${base}${pkg}/${pkg}-${id}-${w}-normal.woff2) format('woff2');unicode-range:${range};}`,
        );
      }
    }
  }
  return rules.join('\n');
}

/**
 * @font-face rules like `fontFaceCss`, with each file's URL from `urlOf` (called with the `<package>/<file>` paths of
 * `fontFiles()`), e.g. a bundler's hashed asset URLs. Files `urlOf` does not know are left out.
 */
export function fontFaceCssFor(urlOf: (file: string) => string | undefined): string {
  const rules: string[] = [];
  for (const pkg of FONT_PACKAGES) {
    for (const w of FONT_WEIGHTS) {
      for (const [id, range] of subsetsOf(pkg)) {
        const url = urlOf(`${pkg}/${pkg}-${id}-${w}-normal.woff2`);
        if (url === undefined) continue;
        rules.push(
          `@font-face{font-family:'${FAMILY[pkg]}';font-style:normal;font-display:block;font-weight:${w};` +
            `src:url("${url.replace(/["\\\r\n]/g, '')}") format('woff2');unicode-range:${range};}`,
        );
      }
    }
  }
  return rules.join('\n');
}
