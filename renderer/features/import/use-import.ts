/**
 * useImport(): the import flow for one review bundle. `pick()` lets the user choose a file (size-limited), reads it
 * with `parseBundle` (every problem located; older format versions migrated), then either imports it at once (a new
 * review) or stops at `conflict` when a review with the same id exists, where the user chooses `write('copy')` or
 * `write('replace')`. The write is one transaction (review + trail + evidence + the `import` entry; evidence files are
 * checked against their SHA-256 first); afterwards the review opens.
 */
import { useCallback, useState } from 'react';
import { parseBundle } from '../../../shared/bundle/parse';
import type { ImportError, ReviewBundle } from '../../../shared/bundle/types';
import { MAX_OPEN_BYTES } from '../../../shared/ipc/contract';
import type { ImportMode } from '../../db/bundle-repo';
import { usePlatform } from '../../platform/platform-context';
import { actorOf, messageOf } from '../../store/settings-slice';
import { useAppStoreApi } from '../../store/store-context';
import { useTransfer } from '../export/transfer-context';
import { readUtf8 } from './read-text';

/** Largest bundle accepted (the desktop open dialog's limit). */
export const IMPORT_MAX_BYTES = MAX_OPEN_BYTES;

export interface ParsedBundle {
  readonly fileName: string;
  readonly bundle: ReviewBundle;
  readonly migratedFrom?: number;
}

export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'problems'; readonly fileName: string; readonly errors: readonly ImportError[] }
  | { readonly kind: 'conflict'; readonly parsed: ParsedBundle; readonly existingTitle: string };

export interface ImportFlow {
  readonly state: ImportState;
  pick: () => Promise<void>;
  /** Imports the bundle waiting in `conflict` as a copy or in place of the existing review. */
  write: (mode: Exclude<ImportMode, 'new'>) => Promise<void>;
  dismiss: () => void;
}

export function useImport(): ImportFlow {
  const platform = usePlatform();
  const store = useAppStoreApi();
  const { bundleRepo } = useTransfer();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const toastError = useCallback(
    (message: string) => store.getState().pushToast({ tone: 'error', message: { key: 'transfer:import.error.failed', values: { message } } }),
    [store],
  );

  const doWrite = useCallback(
    async (parsed: ParsedBundle, mode: ImportMode) => {
      setState({ kind: 'busy' });
      const s = store.getState();
      try {
        const ctx = { now: new Date().toISOString(), actor: actorOf(s.settings), newId: () => crypto.randomUUID() };
        const [done] = await bundleRepo.importBundles([{ bundle: parsed.bundle, mode, source: `bundle file "${parsed.fileName}"` }], ctx);
        setState({ kind: 'idle' });
        if (!done) return;
        await s.loadReviews();
        s.setReviewsView({ selectedId: done.review.id });
        s.navigate({ name: 'review', id: done.review.id });
        const key = parsed.migratedFrom !== undefined ? 'transfer:import.toast.importedMigrated' : 'transfer:import.toast.imported';
        s.pushToast({ tone: 'success', message: { key, values: { title: done.review.title, version: parsed.migratedFrom ?? '' } } });
        if (done.evidenceWithoutFile > 0) s.pushToast({ tone: 'info', message: { key: 'transfer:import.toast.evidenceWithoutFile', values: { count: done.evidenceWithoutFile } } });
      } catch (e) {
        setState({ kind: 'idle' });
        toastError(messageOf(e));
      }
    },
    [bundleRepo, store, toastError],
  );

  const pick = useCallback(async () => {
    const opened = await platform.openFile({ filters: [{ name: 'Airlock review bundle', extensions: ['json'] }], maxBytes: IMPORT_MAX_BYTES });
    if (opened.status === 'cancelled') return;
    if (opened.status === 'error') {
      toastError(opened.message);
      return;
    }
    setState({ kind: 'busy' });
    // Let the busy state paint before a large file is parsed.
    await new Promise((r) => setTimeout(r, 0));
    const text = readUtf8(opened.bytes);
    const result = text.ok ? parseBundle(text.text, { maxBytes: IMPORT_MAX_BYTES }) : text;
    if (!result.ok) {
      setState({ kind: 'problems', fileName: opened.fileName, errors: result.errors });
      return;
    }
    const parsed: ParsedBundle = { fileName: opened.fileName, bundle: result.bundle, ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}) };
    try {
      const existing = await bundleRepo.existingIds([result.bundle.review.id]);
      if (existing.size > 0) {
        const title = store.getState().reviews.find((r) => r.id === result.bundle.review.id)?.title ?? result.bundle.review.title;
        setState({ kind: 'conflict', parsed, existingTitle: title });
        return;
      }
    } catch (e) {
      setState({ kind: 'idle' });
      toastError(messageOf(e));
      return;
    }
    await doWrite(parsed, 'new');
  }, [platform, bundleRepo, store, doWrite, toastError]);

  const write = useCallback(
    async (mode: Exclude<ImportMode, 'new'>) => {
      if (state.kind !== 'conflict') return;
      await doWrite(state.parsed, mode);
    },
    [state, doWrite],
  );

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, pick, write, dismiss };
}
