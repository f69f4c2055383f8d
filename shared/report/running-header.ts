/**
 * The running header and footer of a PDF report, for every host that prints one (the command's cli/pdf.ts and the
 * desktop app's electron/services/pdf-renderer.ts use this module, so the two cannot drift).
 *
 * Header, on every page: "<marking> — <title>", centred. Footer: "Page X of Y", bottom right.
 *
 * Why CSS page-margin boxes and not Chromium's headerTemplate/footerTemplate: Chromium renders those templates in a
 * separate page that sees none of the report's fonts, and (measured with Chromium 156) it never applies a web font
 * there either: an @font-face with a data: URL is ignored (a Chinese title still prints as empty boxes) and one with
 * a URL makes printing fail. So a Chinese title or marking could only print where the system has a CJK font. Margin
 * boxes (@page { @top-center { … } }) are part of the report document, so they use the report's own fonts (Inter and
 * Noto Sans SC, fonts.ts) like the body does. Hosts print with displayHeaderFooter off.
 *
 * Fonts load only for characters the document lays out, and margin boxes are laid out only while printing, when no
 * font load is awaited. So `withRunningHeader` also adds the header and footer text to the page as an invisible
 * element: its fonts load with the rest of the page, before the host prints.
 *
 * No script, no markup from user text: the title and marking go into CSS strings (escaped for CSS, with "<" escaped
 * so they cannot close the <style> element) and into HTML text (HTML-escaped).
 */
import { REPORT_FONT_STACK } from './fonts';

export interface RunningHeaderText {
  /** Report or review title, e.g. "China exposure due-diligence report: Acme Cloud". */
  readonly title?: string | undefined;
  /** Confidentiality marking, e.g. "Privileged & Confidential — Attorney Work Product". */
  readonly marking?: string | undefined;
}

/** Page margins of a printed report, in millimetres (as shared/report/html.ts sets them); room for header and footer. */
export const PDF_PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 16, right: 16 } as const;

/** Footer text around the page counters. */
const PAGE_WORD = 'Page';
const OF_WORD = 'of';

const BOX_STYLE = `font:8pt ${REPORT_FONT_STACK};color:#555;`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One line of text as a quoted CSS string: backslash and quote escaped, "<" as \3c, control characters as spaces. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  return `"${escaped}"`;
}

/**
 * The header's text: marking and title joined by " — ", leaving out whichever is missing or blank. One line: runs of
 * white space and control characters become one space.
 */
export function runningHeaderLine(text: RunningHeaderText): string {
  return [text.marking, text.title]
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
    .map((s) => (s ?? '').replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim())
    .filter((s) => s !== '')
    .join(' — ');
}

/** Longest header title printed (one line on every page). */
export const HEADER_TITLE_MAX = 200;

/**
 * The title a printed report carries in its page header: "vendor · product — review title", from the report model's
 * cover (so a redacted report's header shows what its cover shows). One line, at most HEADER_TITLE_MAX characters.
 */
export function reportHeaderTitle(cover: { readonly vendor: string; readonly product: string; readonly reviewTitle: string }): string {
  const who = [cover.vendor, cover.product].filter((s) => s.trim() !== '').join(' · ');
  return (who === '' ? cover.reviewTitle : `${who} — ${cover.reviewTitle}`).replace(/\s+/g, ' ').trim().slice(0, HEADER_TITLE_MAX);
}

/** The @page rule that prints the header (when there is header text) and the "Page X of Y" footer on every page. */
export function runningHeaderCss(text: RunningHeaderText): string {
  const line = runningHeaderLine(text);
  const m = PDF_PAGE_MARGINS_MM;
  const header = line === '' ? '' : `@top-center{content:${cssString(line)};${BOX_STYLE}}`;
  const footer = `@bottom-right{content:"${PAGE_WORD} " counter(page) " ${OF_WORD} " counter(pages);${BOX_STYLE}}`;
  return `@page{margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;${header}${footer}}`;
}

/**
 * An invisible element holding the header and footer text in the header's font, so the page loads the fonts for
 * those characters before it is printed. Not painted, so it never shows in the PDF.
 */
export function runningHeaderFontWarmup(text: RunningHeaderText): string {
  const sample = `${runningHeaderLine(text)} ${PAGE_WORD} 0123456789 ${OF_WORD}`.trim();
  const style = `visibility:hidden;position:absolute;top:0;left:0;height:0;overflow:hidden;${BOX_STYLE.replace(/"/g, "'")}`;
  return `<div aria-hidden="true" style="${style}">${escapeHtml(sample)}</div>`;
}

/**
 * The report HTML (shared/report/html.ts, written with `cssRunningHeader: false`) with the running header and footer
 * added: the @page rule in a <style> at the end of <head>, the font warm-up element at the end of <body>.
 */
export function withRunningHeader(html: string, text: RunningHeaderText): string {
  const style = `<style>${runningHeaderCss(text)}</style>`;
  const warmup = runningHeaderFontWarmup(text);
  const withStyle = /<\/head>/i.test(html) ? html.replace(/<\/head>/i, () => `${style}</head>`) : `${style}${html}`;
  return /<\/body>/i.test(withStyle) ? withStyle.replace(/<\/body>/i, () => `${warmup}</body>`) : `${withStyle}${warmup}`;
}
