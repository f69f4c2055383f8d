/**
 * Suggested file names: `<review title>-<yyyy-mm-dd>.<ext>`, `…-findings-…` for the findings register,
 * `…-bundle-….json` for a review bundle, `airlock-backup-<yyyy-mm-dd>.json` for a backup. Characters no file system
 * accepts (\ / : * ? " < > | and control characters) become "-"; Chinese titles stay as they are.
 */
import type { Review } from '../../../shared/review/types';
import { FORMAT_EXTENSION, isRegisterFormat, type ExportFormat } from './export-options';

const MAX_STEM = 80;

/** A title as a file-name stem. */
export function fileStem(title: string): string {
  let out = '';
  for (const ch of title) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 0x20 || c === 0x7f || '\\/:*?"<>|'.includes(ch) ? '-' : ch;
  }
  const stem = out.replace(/\s+/g, ' ').replace(/-{2,}/g, '-').trim().replace(/^[.\s-]+|[.\s-]+$/g, '');
  return [...stem].slice(0, MAX_STEM).join('').trim() || 'review';
}

export function exportFileName(review: Pick<Review, 'title'>, format: ExportFormat, now: string): string {
  const date = now.slice(0, 10);
  const kind = format === 'bundle' ? '-bundle' : isRegisterFormat(format) ? '-findings' : '';
  return `${fileStem(review.title)}${kind}-${date}.${FORMAT_EXTENSION[format]}`;
}

export function backupFileName(now: string): string {
  return `airlock-backup-${now.slice(0, 10)}.json`;
}
