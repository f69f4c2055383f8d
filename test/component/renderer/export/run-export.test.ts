// A review bundle that Airlock could not import again (larger than the open limit, e.g. with big evidence files) is
// not written: the export answers "too-large" with its size and the limit, and nothing reaches the save dialog.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReview } from '../../../../shared/review/changes';
import { DEFAULT_CHOICES } from '../../../../renderer/features/export/export-options';
import { runExport, type ExportJob } from '../../../../renderer/features/export/run-export';
import { AC01 } from '../results/ac01-profile';
import { fakePlatform } from '../support/render-app';
import { assessmentOf } from './support';

const ctx = { now: '2026-11-28T10:00:00.000Z', actor: 'Ann Reviewer', newId: () => 'rev-1' };
const { review } = createReview({ type: 'create', title: '数据中心 review', vendorName: 'Acme', productName: 'FW', profile: AC01 }, ctx);
const contents = 'QUJD'.repeat(2_000); // 8,000 base64 characters

function job(): ExportJob {
  return {
    review,
    assessment: assessmentOf(AC01),
    residual: null,
    audit: [],
    evidence: [{ id: 'ev-1', name: 'design.pdf', sha256: 'a'.repeat(64), size: 6_000, addedAt: ctx.now }],
    evidenceWithContents: () => Promise.resolve([{ id: 'ev-1', name: 'design.pdf', sha256: 'a'.repeat(64), size: 6_000, addedAt: ctx.now, contentBase64: contents }]),
    reviewer: 'Ann Reviewer',
    choices: { ...DEFAULT_CHOICES, format: 'bundle', includeEvidenceFiles: true },
    now: ctx.now,
    filterName: 'Review bundle',
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runExport: bundle size', () => {
  it('refuses to write a bundle over the import limit, saying how big it is and what the limit is', async () => {
    const save = vi.spyOn(fakePlatform, 'saveFile');
    const outcome = await runExport(job(), { platform: fakePlatform, fontCss: () => '', fontSrc: [], maxBundleBytes: 5_000 }, { signal: new AbortController().signal });
    expect(outcome.status).toBe('too-large');
    if (outcome.status === 'too-large') {
      expect(outcome.limit).toBe(5_000);
      expect(outcome.bytes).toBeGreaterThan(contents.length);
    }
    expect(save).not.toHaveBeenCalled();
  });

  it('writes the same bundle when it fits, and counts UTF-8 bytes, not characters', async () => {
    const saved: string[] = [];
    vi.spyOn(fakePlatform, 'saveFile').mockImplementation((req) => {
      saved.push(typeof req.data === 'string' ? req.data : '');
      return Promise.resolve({ status: 'saved', fileName: req.suggestedName, bytes: 0 });
    });
    const env = { platform: fakePlatform, fontCss: () => '', fontSrc: [] };
    expect((await runExport(job(), env, { signal: new AbortController().signal })).status).toBe('saved');
    const text = saved[0] ?? '';
    expect(text).toContain(contents);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(text.length); // the Chinese title takes 3 bytes a character
    const atLimit = await runExport(job(), { ...env, maxBundleBytes: bytes }, { signal: new AbortController().signal });
    expect(atLimit.status).toBe('saved');
    const justOver = await runExport(job(), { ...env, maxBundleBytes: bytes - 1 }, { signal: new AbortController().signal });
    expect(justOver).toEqual({ status: 'too-large', bytes, limit: bytes - 1 });
  });
});
