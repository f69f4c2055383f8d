// The Evidence tab of the review workspace as a reviewer uses it: empty at first, attach a file the platform hands
// over (keyboard only), see its name, size and short SHA-256 (full value to screen readers and through Copy), link
// it to a finding with a note, and remove it after confirming. Every step lands in the audit trail.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFileRequest, type OpenFileResult } from '../../../../shared/ipc/contract';
import { EVIDENCE_MAX_BYTES } from '../../../../renderer/db/evidence-repo';
import { createReviewsRepo } from '../../../../renderer/db/reviews-repo';
import { parseBundle } from '../../../../shared/bundle/parse';
import { createEvidenceRepo } from '../../../../renderer/db/evidence-repo';
import { evidenceFileFilters } from '../../../../renderer/features/evidence/use-evidence';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { renderExport, renderReviewPage, spySave, textOf } from '../export/support';
import { fakePlatform } from '../support/render-app';

const SLOW = { timeout: 30_000 };
const HELLO_SHA = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';

afterEach(() => {
  vi.restoreAllMocks();
});

function pickFiles(...files: OpenFileResult[]) {
  const queue = [...files];
  return vi.spyOn(fakePlatform, 'openFile').mockImplementation(() => Promise.resolve(queue.shift() ?? { status: 'cancelled' }));
}

const panel = () => screen.getByRole('region', { name: 'Evidence' });

describe('evidence file filters', () => {
  it('are named in Chinese in zh-CN, keep the same extensions, end with All files and pass the IPC contract', () => {
    const filtersIn = (language: 'en' | 'zh-CN') => {
      const i18n = createI18n(language);
      return evidenceFileFilters((key) => i18n.t(key));
    };
    const en = filtersIn('en');
    const zh = filtersIn('zh-CN');
    expect(zh.map((f) => f.name)).toEqual(['文档', '图片', '所有文件']);
    expect(zh.map((f) => f.extensions)).toEqual(en.map((f) => f.extensions));
    expect(zh.at(-1)?.extensions).toEqual(['*']);
    // No SVG among the images: it is active content (scripts, links), attachable only through All files.
    expect(en.flatMap((f) => f.extensions)).not.toContain('svg');
    expect(openFileRequest.safeParse({ filters: zh, maxBytes: EVIDENCE_MAX_BYTES }).success).toBe(true);
  });
});

describe('evidence panel', { timeout: 120_000 }, () => {
  it('attach, see, link to a finding, copy the hash and remove after confirming; all audited', async () => {
    const { user, db, review } = await renderReviewPage();
    const open = pickFiles({ status: 'opened', fileName: 'pen-test.pdf', bytes: new TextEncoder().encode('hello') });

    // The right-hand pane switches between results and evidence with the arrow keys.
    const resultsTab = await screen.findByRole('tab', { name: 'Results' }, SLOW);
    resultsTab.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Evidence' })).toHaveAttribute('aria-selected', 'true');
    expect(within(panel()).getByRole('heading', { name: 'No evidence attached yet' })).toBeInTheDocument();

    // Attach from the keyboard.
    within(panel()).getByRole('button', { name: 'Attach file…' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Attached “pen-test.pdf”.', {}, SLOW)).toBeInTheDocument();
    // Documents, Images and All files (any file can still be picked), named in the UI language, and valid for the IPC contract.
    expect(open).toHaveBeenCalledWith({
      filters: [
        { name: 'Documents', extensions: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'txt', 'md', 'ppt', 'pptx', 'odt', 'ods'] },
        { name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] },
        { name: 'All files', extensions: ['*'] },
      ],
      maxBytes: EVIDENCE_MAX_BYTES,
    });
    expect(openFileRequest.safeParse(open.mock.calls[0]?.[0]).success).toBe(true);
    const list = await within(panel()).findByRole('list', { name: 'Attached evidence' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('pen-test.pdf');
    expect(item).toHaveTextContent('5 bytes');
    expect(item).toHaveTextContent(`${HELLO_SHA.slice(0, 12)}…`);
    expect(item).toHaveTextContent(HELLO_SHA); // the full value, for screen readers
    expect(screen.getByRole('tab', { name: 'Evidence (1)' })).toBeInTheDocument();

    // Copy goes through the platform (on the desktop the main process writes the clipboard: the page has no permission).
    const copy = vi.spyOn(fakePlatform, 'copyText').mockResolvedValueOnce({ status: 'copied' });
    await user.click(within(item).getByRole('button', { name: 'Copy the SHA-256 of pen-test.pdf' }));
    expect(copy).toHaveBeenCalledWith(HELLO_SHA);
    expect(await screen.findByText('SHA-256 copied.', {}, SLOW)).toBeInTheDocument();
    copy.mockResolvedValueOnce({ status: 'error', message: 'clipboard busy' });
    await user.click(within(item).getByRole('button', { name: 'Copy the SHA-256 of pen-test.pdf' }));
    expect(await screen.findByText('The SHA-256 could not be copied: clipboard busy', {}, SLOW)).toBeInTheDocument();

    // Link it to a finding and add a note.
    await user.click(within(item).getByRole('button', { name: 'Edit the note and findings of pen-test.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit “pen-test.pdf”' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Shared under NDA');
    await user.click(within(dialog).getByRole('checkbox', { name: /^SC-05 · / }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit “pen-test.pdf”' })).not.toBeInTheDocument());
    await waitFor(() => expect(within(panel()).getByRole('listitem')).toHaveTextContent('Shared under NDA'));
    expect(within(panel()).getByRole('listitem')).toHaveTextContent(/Supports\s*SC-05/);

    // Remove asks first; Cancel keeps it.
    const removeButton = () => within(panel()).getByRole('button', { name: 'Remove pen-test.pdf' });
    await user.click(removeButton());
    let confirm = await screen.findByRole('alertdialog', { name: 'Remove “pen-test.pdf”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(panel()).getByRole('listitem')).toBeInTheDocument();
    await user.click(removeButton());
    confirm = await screen.findByRole('alertdialog', { name: 'Remove “pen-test.pdf”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed “pen-test.pdf”.', {}, SLOW)).toBeInTheDocument();
    expect(await within(panel()).findByRole('heading', { name: 'No evidence attached yet' })).toBeInTheDocument();
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);

    const actions = (await createReviewsRepo(db).auditOf(review.id)).map((a) => a.action).filter((a) => a.endsWith('-evidence'));
    expect(actions).toEqual(['attach-evidence', 'edit-evidence', 'remove-evidence']);
  });

  it('says why a file was not attached: already attached, or could not be opened', async () => {
    const { user } = await renderReviewPage();
    const hello = new TextEncoder().encode('hello');
    pickFiles(
      { status: 'opened', fileName: 'a.txt', bytes: hello },
      { status: 'opened', fileName: 'again.txt', bytes: hello },
      { status: 'error', message: '"big.iso" is 4 GB; Airlock opens files up to 50 MB.' },
    );
    await user.click(await screen.findByRole('tab', { name: 'Evidence' }, SLOW));
    const attach = within(panel()).getByRole('button', { name: 'Attach file…' });
    await user.click(attach);
    expect(await screen.findByText('Attached “a.txt”.', {}, SLOW)).toBeInTheDocument();
    await user.click(attach);
    expect(await screen.findByText('This file is already attached as “a.txt”.', {}, SLOW)).toBeInTheDocument();
    await user.click(attach);
    expect(await screen.findByText('The file could not be opened: "big.iso" is 4 GB; Airlock opens files up to 50 MB.', {}, SLOW)).toBeInTheDocument();
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('exports: the report appendix lists the evidence; a bundle carries the file only when asked', async () => {
    const { user, db, review } = await renderExport();
    await createEvidenceRepo(db).attach(review.id, { name: 'pen-test.pdf', bytes: new TextEncoder().encode('hello') }, { now: '2026-02-01T00:00:00.000Z', actor: 'Ann', newId: () => crypto.randomUUID() });
    const { saved } = spySave();
    const exportAs = async (format: RegExp, withFiles?: boolean) => {
      await user.click(screen.getByRole('button', { name: 'Export…' }));
      const dialog = await screen.findByRole('dialog', { name: /^Export “/ });
      await within(dialog).findByRole('heading', { name: 'What the file will contain' }, SLOW);
      await user.click(within(dialog).getByRole('radio', { name: format }));
      if (withFiles !== undefined) {
        const box = within(dialog).getByRole('checkbox', { name: 'Include the evidence file (1)' });
        if ((box.getAttribute('aria-checked') === 'true') !== withFiles) await user.click(box);
      }
      await user.click(within(dialog).getByRole('button', { name: 'Export' }));
      await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Export “/ })).not.toBeInTheDocument(), SLOW);
    };
    const bundleAt = (i: number) => {
      const parsed = parseBundle(textOf(saved[i]), { maxBytes: 10_000_000 });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return parsed.bundle;
    };

    await exportAs(/^Markdown/);
    expect(textOf(saved[0])).toContain(HELLO_SHA);
    expect(textOf(saved[0])).toContain('pen-test.pdf');
    await exportAs(/^Review bundle/, false);
    expect(bundleAt(1).evidence).toEqual([expect.objectContaining({ name: 'pen-test.pdf', sha256: HELLO_SHA, size: 5 })]);
    expect(bundleAt(1).evidence[0]).not.toHaveProperty('contentBase64');
    await exportAs(/^Review bundle/, true);
    expect(bundleAt(2).evidence[0]).toMatchObject({ sha256: HELLO_SHA, contentBase64: 'aGVsbG8=' });
  });
});
