/**
 * Header and footer templates for `webContents.printToPDF`. Chromium renders them in a separate, unstyled context:
 * every style must be inline, the default font size is tiny, and the classes `pageNumber`/`totalPages` are filled in
 * by Chromium. All user text (report title, protective marking) is HTML-escaped.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface PdfChromeText {
  readonly headerTitle?: string | undefined;
  readonly marking?: string | undefined;
}

const BAR =
  'width:100%;margin:0 12mm;display:flex;justify-content:space-between;gap:8mm;' +
  "font-family:Inter,'Noto Sans SC',system-ui,sans-serif;font-size:8px;color:#444;";
const CELL = 'white-space:nowrap;overflow:hidden;text-overflow:ellipsis;';
const MARK = `${CELL}font-weight:600;letter-spacing:0.04em;text-transform:uppercase;`;

/** Header: title on the left, protective marking on the right. */
export function buildHeaderTemplate(text: PdfChromeText): string {
  const title = escapeHtml(text.headerTitle ?? '');
  const marking = escapeHtml(text.marking ?? '');
  return `<div style="${BAR}"><span style="${CELL}">${title}</span><span style="${MARK}">${marking}</span></div>`;
}

/** Footer: protective marking on the left, "n / m" page numbers on the right (language-neutral). */
export function buildFooterTemplate(text: PdfChromeText): string {
  const marking = escapeHtml(text.marking ?? '');
  return (
    `<div style="${BAR}"><span style="${MARK}">${marking}</span>` +
    `<span style="${CELL}"><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
  );
}
