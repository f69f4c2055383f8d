// @vitest-environment jsdom
// The running header and footer of printed reports: "<marking> — <title>" on every page and "Page X of Y", as CSS
// page-margin boxes in the report itself, with an invisible copy of the text so its fonts load before printing.
// The pages are parsed with the DOM, as a browser would, so escaping is checked by what the page contains.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../../shared/report/html';
import { buildReport } from '../../../../shared/report/model';
import {
  cssString,
  HEADER_TITLE_MAX,
  reportHeaderTitle,
  runningHeaderCss,
  runningHeaderLine,
  withRunningHeader,
  type RunningHeaderText,
} from '../../../../shared/report/running-header';
import { noRedaction, reportInput } from './fixture';

const REPORT = '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}</style></head><body><h1>Report</h1></body></html>';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The @page rule the page carries (its last <style>). */
function pageCss(doc: Document): string {
  const styles = [...doc.querySelectorAll('style')];
  return styles.at(-1)?.textContent ?? '';
}

/** The invisible font warm-up element. */
function warmup(doc: Document): HTMLElement | null {
  return doc.querySelector('body > div[aria-hidden="true"]');
}

describe('runningHeaderLine', () => {
  it('joins marking and title with a dash, leaving out what is missing or blank', () => {
    expect(runningHeaderLine({ marking: 'Privileged & Confidential', title: 'Acme review' })).toBe('Privileged & Confidential — Acme review');
    expect(runningHeaderLine({ marking: '机密' })).toBe('机密');
    expect(runningHeaderLine({ title: '某某云平台 安全评估' })).toBe('某某云平台 安全评估');
    expect(runningHeaderLine({ marking: '  ', title: undefined })).toBe('');
    expect(runningHeaderLine({})).toBe('');
  });

  it('keeps the header on one line, without control characters', () => {
    expect(runningHeaderLine({ marking: ' Internal\n', title: 'Acme\r\n  review\t2\u0000\u2028x' })).toBe('Internal — Acme review 2 x');
  });
});

describe('runningHeaderCss', () => {
  it('puts the header top centre and "Page X of Y" bottom right of every page, in the report fonts', () => {
    const css = runningHeaderCss({ marking: 'Internal', title: 'Acme review' });
    expect(css).toContain('@top-center{content:"Internal — Acme review";');
    expect(css).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages);');
    expect(css).toContain('"Noto Sans SC"');
    expect(css).toMatch(/font:8pt /);
    expect(css).toContain('margin:20mm 16mm 20mm 16mm');
    expect(css).not.toContain(':first'); // the cover page carries the header too
  });

  it('prints only the page numbers when there is neither marking nor title', () => {
    const css = runningHeaderCss({ marking: '', title: ' ' });
    expect(css).not.toContain('@top-center');
    expect(css).toContain('counter(page)');
    expect(css).toContain('counter(pages)');
  });

  it('escapes quotes, backslashes, "<" and line breaks in CSS strings', () => {
    expect(cssString('a"b\\c</style>\nd')).toBe('"a\\"b\\\\c\\3c /style> d"');
  });
});

describe('withRunningHeader', () => {
  it('adds the @page rule at the end of <head> and the invisible text at the end of <body>', () => {
    const doc = parse(withRunningHeader(REPORT, { marking: '机密', title: '某某云平台 安全评估' }));
    expect(doc.head.querySelectorAll('style')).toHaveLength(2);
    expect(pageCss(doc)).toContain('@top-center{content:"机密 — 某某云平台 安全评估";');
    expect(doc.querySelector('h1')?.textContent).toBe('Report');
    const hidden = warmup(doc);
    expect(hidden?.textContent).toBe('机密 — 某某云平台 安全评估 Page 0123456789 of');
    expect(hidden?.style.visibility).toBe('hidden');
    expect(hidden?.style.position).toBe('absolute');
    expect(hidden?.style.font).toContain('Noto Sans SC');
    expect(doc.body.lastElementChild).toBe(hidden);
  });

  it('still adds both to a fragment without <head> or <body>', () => {
    const doc = parse(withRunningHeader('<h1>Report</h1>', { title: 'Acme' }));
    expect(pageCss(doc)).toContain('@top-center{content:"Acme";');
    expect(warmup(doc)?.textContent).toBe('Acme Page 0123456789 of');
  });

  it('shows a title with markup, quotes and replacement patterns as plain text and adds no element', () => {
    const title = `Acme <script>alert(1)</script> "x" & 'y' $& $' </style><img src=x onerror=alert(1)>`;
    const doc = parse(withRunningHeader(REPORT, { marking: 'A & B', title }));
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(warmup(doc)?.textContent).toBe(`A & B — ${title} Page 0123456789 of`);
    expect(pageCss(doc)).not.toContain('<');
    expect(pageCss(doc)).toContain('\\3c script>');
    expect(pageCss(doc)).toContain(`$& $'`); // String.replace patterns are inserted as written, not expanded
  });

  it('for any marking and title: the page has no new element but the warm-up, and the warm-up shows the header as written', () => {
    const tricky = fc.constantFrom('<', '>', '&', '"', "'", '\\', '$&', '</style>', '\u0000', '\u0007', '\n', '\u2028', '机', '—');
    const text = fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 40 });
    fc.assert(
      fc.property(fc.record({ marking: text, title: text }), (t: RunningHeaderText) => {
        const doc = parse(withRunningHeader(REPORT, t));
        expect([...doc.querySelectorAll('*')].map((e) => e.tagName.toLowerCase())).toEqual(['html', 'head', 'meta', 'style', 'style', 'body', 'h1', 'div']);
        expect(pageCss(doc)).not.toContain('<');
        expect(warmup(doc)?.textContent).toBe(`${runningHeaderLine(t)} Page 0123456789 of`.trim());
      }),
      { numRuns: 200 },
    );
  });
});

describe('reportHeaderTitle and the HTML report printed by a browser', () => {
  it('is "vendor · product — review title" from the cover, one line, at most 200 characters', () => {
    expect(reportHeaderTitle({ vendor: 'Acme', product: 'NGFW', reviewTitle: 'Bank\nreview' })).toBe('Acme · NGFW — Bank review');
    expect(reportHeaderTitle({ vendor: ' ', product: '', reviewTitle: '某某云平台 安全评估' })).toBe('某某云平台 安全评估');
    expect(reportHeaderTitle({ vendor: 'V', product: 'P', reviewTitle: 'x'.repeat(500) })).toHaveLength(HEADER_TITLE_MAX);
  });

  it('a browser printing the HTML report gets the same header as the PDF: marking — vendor · product — title', () => {
    const model = buildReport(reportInput(), noRedaction);
    const line = runningHeaderLine({ marking: model.cover.marking, title: reportHeaderTitle(model.cover) });
    expect(line.startsWith('Privileged & Confidential — Attorney Work Product — ')).toBe(true);
    const css = [...parse(toHtml(model)).querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toContain(runningHeaderCss({ marking: model.cover.marking, title: reportHeaderTitle(model.cover) }));
    expect(toHtml(model, { cssRunningHeader: false })).not.toContain('@top-center');
  });
});
