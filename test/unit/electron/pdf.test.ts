// PDF printing: the running header and footer added to the printed page (the same CSS page-margin boxes as the
// command's PDFs, shared/report/running-header.ts), the in-memory page registry, the one-at-a-time queue, and the
// renderer that always destroys its window and forgets its page, on success, error and timeout.
import type { PrintToPDFOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createPdfRenderer, printOptionsFor, printPageFor } from '../../../electron/services/pdf-renderer';
import type { PrintWindow } from '../../../electron/services/pdf-renderer';
import { createPrintPageRegistry } from '../../../electron/services/print-pages';
import { createSerialQueue, QueueFullError } from '../../../electron/services/serial-queue';

describe('running header and footer', () => {
  const REPORT = '<!DOCTYPE html><html><head><title>r</title></head><body><h1>Report</h1></body></html>';

  it('prints "marking — title" at the top and "Page X of Y" at the bottom of every page, as part of the page', () => {
    const page = printPageFor({ html: REPORT, options: { pageSize: 'A4', headerTitle: 'Acme · NGFW — Bank review', marking: 'CONFIDENTIAL' } });
    expect(page).toContain('@top-center{content:"CONFIDENTIAL — Acme · NGFW — Bank review";');
    expect(page).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages);');
    expect(page).toContain('<h1>Report</h1>');
  });

  it('prints a Chinese title and marking in the report fonts, which the page loads before printing', () => {
    const page = printPageFor({ html: REPORT, options: { pageSize: 'A4', headerTitle: '某某云平台 安全评估', marking: '机密' } });
    expect(page).toContain('@top-center{content:"机密 — 某某云平台 安全评估";font:8pt "Inter", "Noto Sans SC"');
    expect(page).toMatch(/<div aria-hidden="true" style="visibility:hidden;[^"]*">机密 — 某某云平台 安全评估 Page 0123456789 of<\/div><\/body>/);
  });

  it('escapes user text so a title cannot add markup or close the style', () => {
    const page = printPageFor({
      html: REPORT,
      options: { pageSize: 'A4', headerTitle: 'Acme </style><script>alert(1)</script>', marking: 'CONFIDENTIAL & "PRIVILEGED"' },
    });
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('</style><script');
    expect(page).toContain('content:"CONFIDENTIAL & \\"PRIVILEGED\\" — Acme \\3c /style>\\3c script>alert(1)\\3c /script>"');
    expect(page).toContain('CONFIDENTIAL &amp; &quot;PRIVILEGED&quot; — Acme &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('prints the page numbers alone when there is no title or marking', () => {
    const page = printPageFor({ html: REPORT, options: { pageSize: 'A4' } });
    expect(page).not.toContain('@top-center');
    expect(page).toContain('counter(pages)');
  });

  it('builds printToPDF options from the request, without Chromium header templates', () => {
    const options = printOptionsFor({ pageSize: 'Letter', landscape: true, headerTitle: 'Acme', marking: 'INTERNAL' });
    expect(options).toMatchObject({
      pageSize: 'Letter',
      landscape: true,
      printBackground: true,
      displayHeaderFooter: false,
    });
    expect(options.headerTemplate).toBeUndefined();
    expect(options.footerTemplate).toBeUndefined();
    expect(options.margins?.top).toBeCloseTo(20 / 25.4);
    expect(options.margins?.left).toBeCloseTo(16 / 25.4);
    expect(printOptionsFor({ pageSize: 'A4' }).landscape).toBe(false);
  });
});

describe('print page registry', () => {
  it('gives each page an unguessable app:// URL under /print/ and forgets it on release', () => {
    const registry = createPrintPageRegistry();
    const a = registry.register('<p>a</p>');
    const b = registry.register('<p>b</p>');
    expect(a.url).not.toBe(b.url);
    expect(a.url).toMatch(/^app:\/\/airlock\/print\/[0-9a-f]{32}\.html$/);
    expect(registry.get(a.pathname)).toBe('<p>a</p>');
    a.release();
    a.release();
    expect(registry.get(a.pathname)).toBeUndefined();
    expect(registry.get(b.pathname)).toBe('<p>b</p>');
    expect(registry.size).toBe(1);
  });

  it('never reuses a live id', () => {
    const ids = ['same', 'same', 'other'];
    const registry = createPrintPageRegistry(() => ids.shift() ?? 'x');
    const first = registry.register('1');
    const second = registry.register('2');
    expect(first.pathname).toBe('/print/same.html');
    expect(second.pathname).toBe('/print/other.html');
  });
});

describe('serial queue', () => {
  it('runs one job at a time, in order, and carries on after a failure', async () => {
    const queue = createSerialQueue(10);
    const events: string[] = [];
    let running = 0;
    const job = (name: string, fail = false) => async () => {
      running++;
      expect(running).toBe(1);
      events.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      events.push(`end ${name}`);
      running--;
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(job('a')), queue.run(job('b', true)), queue.run(job('c'))]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(queue.pending).toBe(0);
  });

  it('refuses work beyond its backlog limit', async () => {
    const queue = createSerialQueue(2);
    let release: () => void = () => undefined;
    const first = queue.run(() => new Promise<void>((r) => (release = r)));
    const second = queue.run(() => Promise.resolve());
    await expect(queue.run(() => Promise.resolve())).rejects.toBeInstanceOf(QueueFullError);
    release();
    await Promise.all([first, second]);
    await expect(queue.run(() => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});

function fakeWindow(behaviour: { load?: () => Promise<void>; print?: () => Promise<Uint8Array> } = {}) {
  let destroyed = false;
  const win = {
    loadURL: vi.fn((_url: string) => (behaviour.load ? behaviour.load() : Promise.resolve())),
    printToPDF: vi.fn((_o: PrintToPDFOptions) => (behaviour.print ? behaviour.print() : Promise.resolve(new Uint8Array([37, 80, 68, 70])))),
    destroy: vi.fn(() => void (destroyed = true)),
    isDestroyed: () => destroyed,
  } satisfies PrintWindow;
  return win;
}

const request = { html: '<h1>Report</h1>', options: { pageSize: 'A4' as const, headerTitle: 'Acme review', marking: 'CONFIDENTIAL' } };

describe('createPdfRenderer', () => {
  it('loads the page with its running header from its app:// URL, prints it, then destroys the window and forgets the page', async () => {
    const pages = createPrintPageRegistry();
    const win = fakeWindow();
    let servedHtml: string | undefined;
    win.loadURL.mockImplementation((url: string) => {
      servedHtml = pages.get(new URL(url).pathname);
      return Promise.resolve();
    });
    const render = createPdfRenderer({ pages, queue: createSerialQueue(), createWindow: () => win, log: () => undefined });
    const result = await render(request);
    expect(result).toEqual({ status: 'ok', bytes: new Uint8Array([37, 80, 68, 70]) });
    expect(servedHtml).toContain('<h1>Report</h1>');
    expect(servedHtml).toContain('@top-center{content:"CONFIDENTIAL — Acme review";');
    expect(win.printToPDF.mock.calls[0]?.[0]).toMatchObject({ pageSize: 'A4', displayHeaderFooter: false, printBackground: true });
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(pages.size).toBe(0);
  });

  it('destroys the window and reports an error when printing fails', async () => {
    const pages = createPrintPageRegistry();
    const win = fakeWindow({ print: () => Promise.reject(new Error('renderer crashed')) });
    const render = createPdfRenderer({ pages, queue: createSerialQueue(), createWindow: () => win, log: () => undefined });
    const result = await render(request);
    expect(result.status).toBe('error');
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(pages.size).toBe(0);
  });

  it('stops a job that hangs, destroys its window, and runs the next one', async () => {
    const pages = createPrintPageRegistry();
    const hung = fakeWindow({ load: () => new Promise(() => undefined) });
    const healthy = fakeWindow();
    const windows = [hung, healthy];
    const render = createPdfRenderer({ pages, queue: createSerialQueue(), createWindow: () => windows.shift()!, timeoutMs: 30, log: () => undefined });
    const [first, second] = await Promise.all([render(request), render(request)]);
    expect(first.status === 'error' ? first.message : 'no error').toMatch(/took longer than/);
    expect(hung.destroy).toHaveBeenCalledTimes(1);
    expect(second.status).toBe('ok');
    expect(healthy.destroy).toHaveBeenCalledTimes(1);
    expect(pages.size).toBe(0);
  });

  it('renders jobs one at a time', async () => {
    const pages = createPrintPageRegistry();
    let open = 0;
    let maxOpen = 0;
    const render = createPdfRenderer({
      pages,
      queue: createSerialQueue(),
      log: () => undefined,
      createWindow: () => {
        open++;
        maxOpen = Math.max(maxOpen, open);
        const win = fakeWindow({ print: () => new Promise((r) => setTimeout(() => r(new Uint8Array([1])), 5)) });
        win.destroy.mockImplementation(() => void open--);
        return win;
      },
    });
    await Promise.all([render(request), render(request), render(request)]);
    expect(maxOpen).toBe(1);
  });
});
