// The export dialog on a review: each format produces the right file through platform.saveFile (name, filter,
// non-empty contents); the Markdown report and the CSV register carry every finding id, REVIEW ones included; the
// bundle imports again; redaction reaches the writer; Cancel stops before anything is saved; Ctrl+E opens it.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBundle } from '../../../../shared/bundle/parse';
import { fakePlatform } from '../support/render-app';
import { assessmentOf, renderExport, renderReviewPage, SECRET_NOTE, spySave, textOf } from './support';

afterEach(() => vi.restoreAllMocks());

/** Writing DOCX/XLSX takes seconds on a busy machine. */
const SLOW = { timeout: 30_000 };

type User = Awaited<ReturnType<typeof renderExport>>['user'];

async function exportAs(user: User, format: RegExp) {
  await user.click(screen.getByRole('button', { name: 'Export…' }));
  const dialog = await screen.findByRole('dialog', { name: /^Export “/ });
  await within(dialog).findByRole('heading', { name: 'What the file will contain' }, SLOW);
  await user.click(within(dialog).getByRole('radio', { name: format }));
  return dialog;
}

describe('export dialog', { timeout: 90_000 }, () => {
  it('saves every format with its name, filter and contents', async () => {
    const { user, review } = await renderExport();
    const { saved } = spySave();
    const pdf = vi.spyOn(fakePlatform, 'renderPdf').mockResolvedValue({ status: 'ok', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
    const date = new Date().toISOString().slice(0, 10);
    const cases: [RegExp, string, string][] = [
      [/^PDF/, `Acme Firewall - Bank- Shanghai-${date}.pdf`, 'pdf'],
      [/^Word/, `Acme Firewall - Bank- Shanghai-${date}.docx`, 'docx'],
      [/^Excel/, `Acme Firewall - Bank- Shanghai-findings-${date}.xlsx`, 'xlsx'],
      [/^CSV/, `Acme Firewall - Bank- Shanghai-findings-${date}.csv`, 'csv'],
      [/^Markdown/, `Acme Firewall - Bank- Shanghai-${date}.md`, 'md'],
      [/^HTML/, `Acme Firewall - Bank- Shanghai-${date}.html`, 'html'],
      [/^Review bundle/, `Acme Firewall - Bank- Shanghai-bundle-${date}.json`, 'json'],
    ];
    for (const [format, name, ext] of cases) {
      const dialog = await exportAs(user, format);
      await user.click(within(dialog).getByRole('button', { name: 'Export' }));
      await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Export “/ })?.textContent ?? 'closed').toBe('closed'), SLOW);
      const req = saved.at(-1);
      expect(req?.suggestedName).toBe(name);
      expect(req?.filters).toEqual([{ name: expect.any(String) as string, extensions: [ext] }]);
      const size = typeof req?.data === 'string' ? req.data.length : (req?.data.byteLength ?? 0);
      expect(size, `${ext} is not empty`).toBeGreaterThan(0);
      expect(await screen.findByText(`Saved “${name}”.`, {}, SLOW)).toBeInTheDocument();
    }
    expect(saved).toHaveLength(cases.length);

    // The PDF was printed from the report HTML with the bundled fonts and the default marking.
    const pdfReq = pdf.mock.calls[0]?.[0];
    expect(pdfReq?.html).toContain('@font-face');
    expect(pdfReq?.options).toMatchObject({ pageSize: 'A4', marking: 'Privileged & Confidential — Attorney Work Product' });
    // Binary formats are real files: PDF magic, and DOCX/XLSX are ZIP archives.
    const bytes = (i: number) => [...(saved[i]?.data as Uint8Array).slice(0, 2)];
    expect(bytes(0)).toEqual([0x25, 0x50]);
    expect(bytes(1)).toEqual([0x50, 0x4b]);
    expect(bytes(2)).toEqual([0x50, 0x4b]);

    // Every finding, REVIEW ones included, is in the Markdown report and the CSV register.
    const findings = assessmentOf(review.profile).findings;
    const reviewIds = findings.filter((f) => f.outcome === 'review').map((f) => f.ruleId);
    expect(reviewIds.length).toBeGreaterThan(0);
    const csv = textOf(saved[3]);
    const md = textOf(saved[4]);
    for (const f of findings) {
      expect(md, `Markdown has ${f.ruleId}`).toContain(f.ruleId);
      expect(csv, `CSV has ${f.ruleId}`).toContain(f.ruleId);
    }
    expect(md).toContain(SECRET_NOTE);
    expect(md).toContain('Ann Reviewer');

    // The bundle is the whole review and imports again.
    const parsed = parseBundle(textOf(saved[6]), { maxBytes: 10_000_000 });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.bundle.review.id).toBe(review.id);
      expect(parsed.bundle.review.decisions['VU-05']?.note).toBe(SECRET_NOTE);
      expect(parsed.bundle.audit.length).toBeGreaterThanOrEqual(3);
      expect(parsed.bundle.assessment.findings.map((f) => f.ruleId)).toEqual(findings.map((f) => f.ruleId));
    }
  });

  it('summarises what will be included, REVIEW findings counted', async () => {
    const { user, review } = await renderExport();
    const dialog = await exportAs(user, /^Markdown/);
    const f = assessmentOf(review.profile).findings;
    const n = (o: string) => f.filter((x) => x.outcome === o).length;
    const summary = within(dialog).getByRole('region', { name: 'What the file will contain' });
    expect(summary).toHaveTextContent(`${f.length} findings: ${n('fire')} fire, ${n('conditional')} conditional, ${n('review')} need review`);
    expect(summary).toHaveTextContent('1 reviewer note');
    expect(summary).toHaveTextContent('1 severity override');
    await user.click(within(dialog).getByRole('checkbox', { name: /Internal notes/ }));
    expect(summary).toHaveTextContent('1 reviewer note (left out)');
  });

  it('passes the redaction and the custom marking to the writer', async () => {
    const { user } = await renderExport();
    const { saved } = spySave();
    const dialog = await exportAs(user, /^Markdown/);
    await user.click(within(dialog).getByRole('checkbox', { name: /Internal notes/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Vendor-confidential answers' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Confidentiality marking' }));
    await user.click(await screen.findByRole('option', { name: 'Custom text…' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Marking text' }), 'Board eyes only');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    const md = textOf(saved[0]);
    expect(md).not.toContain(SECRET_NOTE);
    expect(md).toContain('Board eyes only');
    expect(md).toMatch(/\\?\[redacted\\?\]/);
    expect(md).not.toContain('Privileged & Confidential');
  });

  it('cancel stops the export before anything is saved', async () => {
    const { user } = await renderExport();
    const { spy } = spySave();
    let release: () => void = () => undefined;
    const info = await fakePlatform.appInfo();
    vi.spyOn(fakePlatform, 'appInfo').mockImplementation(() => new Promise((resolve) => (release = () => resolve(info))));
    const dialog = await exportAs(user, /^Markdown/);
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByRole('progressbar', { name: 'Exporting' })).toBeInTheDocument();
    expect(within(dialog).getByText(/Step 1 of 3: building the report/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel export' }));
    release();
    expect(await within(dialog).findByText('Export cancelled. Nothing was saved.', {}, SLOW)).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
    // The dialog is usable again.
    expect(within(dialog).getByRole('button', { name: 'Export' })).toBeEnabled();
  });

  it('shows a failed save in the dialog and keeps it open', async () => {
    const { user } = await renderExport();
    spySave(() => ({ status: 'error', message: 'Disk full' }));
    const dialog = await exportAs(user, /^CSV/);
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent('The export failed: Disk full');
  });

  it('opens with Ctrl+E on the review page', async () => {
    const { user } = await renderReviewPage();
    await user.keyboard('{Control>}e{/Control}');
    expect(await screen.findByRole('dialog', { name: /^Export “Acme Firewall/ }, SLOW)).toBeInTheDocument();
  });
});
