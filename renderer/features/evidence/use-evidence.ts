/**
 * useEvidence(review): the review's evidence and the actions on it. `attach()` lets the user pick any file through
 * the platform (size-limited), and the evidence repository stores it with its SHA-256, the review change and its audit
 * entry in one transaction; `edit()` and `remove()` likewise. The list is read again after every action and whenever
 * the review changes (its revision), and the store's review list is reloaded so the review's "updated" time and
 * revision follow. Failures become toasts; nothing is half-written.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeContext } from '../../../shared/review/changes';
import { ALL_FILES_EXTENSION } from '../../../shared/ipc/contract';
import type { Review } from '../../../shared/review/types';
import type { EvidenceRecord } from '../../db/app-db';
import { EVIDENCE_MAX_BYTES, EvidenceError, type EvidencePatch } from '../../db/evidence-repo';
import { formatBytes } from '../../i18n/format';
import type { OpenFileRequest } from '../../platform/platform';
import { usePlatform } from '../../platform/platform-context';
import { actorOf, messageOf } from '../../store/settings-slice';
import { useAppStoreApi } from '../../store/store-context';
import { useTransfer } from '../export/transfer-context';

/** Extensions of the "Documents" filter when attaching evidence. */
export const EVIDENCE_DOCUMENT_EXTENSIONS: readonly string[] = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'txt', 'md', 'ppt', 'pptx', 'odt', 'ods'];
/**
 * Extensions of the "Images" filter. No SVG: it is a document that can carry scripts and links, so it is not offered
 * as a picture (it can still be attached through "All files", stored as bytes like any other file).
 */
export const EVIDENCE_IMAGE_EXTENSIONS: readonly string[] = ['png', 'jpg', 'jpeg', 'gif', 'webp'];

/**
 * File types offered when attaching evidence, named in the UI language: Documents, Images and All files (the
 * contract's `*`), so any file can still be picked. The desktop dialog offers them in this order; the browser's file
 * chooser has one list, which "All files" leaves unrestricted.
 */
export function evidenceFileFilters(t: (key: string) => string): OpenFileRequest['filters'] {
  return [
    { name: t('evidence:filter.documents'), extensions: [...EVIDENCE_DOCUMENT_EXTENSIONS] },
    { name: t('evidence:filter.images'), extensions: [...EVIDENCE_IMAGE_EXTENSIONS] },
    { name: t('evidence:filter.all'), extensions: [ALL_FILES_EXTENSION] },
  ];
}

export type EvidenceStatus = 'loading' | 'ready' | 'error';

export interface EvidenceState {
  readonly items: readonly EvidenceRecord[];
  readonly status: EvidenceStatus;
  /** True while a file is being attached (read, hashed, stored). */
  readonly attaching: boolean;
  attach: () => Promise<void>;
  /** Resolves true when saved. */
  edit: (item: EvidenceRecord, patch: EvidencePatch) => Promise<boolean>;
  remove: (item: EvidenceRecord) => Promise<boolean>;
}

const NO_ITEMS: readonly EvidenceRecord[] = [];

type Toast = (tone: 'success' | 'error' | 'info', key: string, values?: Record<string, string | number>) => void;

export function useEvidence(review: Review): EvidenceState {
  const { i18n } = useTranslation();
  const platform = usePlatform();
  const store = useAppStoreApi();
  const { evidenceRepo } = useTransfer();
  // What was read last, and for which review: another review's list is never shown while this one loads.
  const [loaded, setLoaded] = useState<{ readonly reviewId: string; readonly items: readonly EvidenceRecord[] | null } | null>(null);
  const [attaching, setAttaching] = useState(false);
  const [reload, setReload] = useState(0);
  const reviewId = review.id;

  const toast = useCallback<Toast>(
    (tone, key, values) => store.getState().pushToast({ tone, message: { key: `evidence:${key}`, ...(values ? { values } : {}) } }),
    [store],
  );

  useEffect(() => {
    let active = true;
    evidenceRepo.list(reviewId).then(
      (rows) => {
        if (active) setLoaded({ reviewId, items: rows });
      },
      (e: unknown) => {
        if (!active) return;
        setLoaded({ reviewId, items: null });
        toast('error', 'error.load', { message: messageOf(e) });
      },
    );
    return () => {
      active = false;
    };
  }, [evidenceRepo, reviewId, review.revision, reload, toast]);

  const ctx = useCallback((): ChangeContext => ({ now: new Date().toISOString(), actor: actorOf(store.getState().settings), newId: () => crypto.randomUUID() }), [store]);

  /** After a stored change: read the list again and let the cached review follow. */
  const changed = useCallback(() => {
    setReload((n) => n + 1);
    void store.getState().loadReviews();
  }, [store]);

  const fail = useCallback(
    (e: unknown) => {
      if (e instanceof EvidenceError) {
        if (e.code === 'duplicate') return toast('error', 'error.duplicate', { name: e.itemName ?? '' });
        if (e.code === 'missing') return toast('error', 'error.missing');
        if (e.code === 'too-large') return toast('error', 'error.tooLarge', { name: e.itemName ?? '', size: formatBytes(EVIDENCE_MAX_BYTES, i18n.language) });
      }
      toast('error', 'error.failed', { message: messageOf(e) });
    },
    [toast, i18n],
  );

  const attach = useCallback(async () => {
    const opened = await platform.openFile({ filters: evidenceFileFilters((key) => i18n.t(key)), maxBytes: EVIDENCE_MAX_BYTES });
    if (opened.status === 'cancelled') return;
    if (opened.status === 'error') {
      toast('error', 'error.open', { message: opened.message });
      return;
    }
    setAttaching(true);
    try {
      const { evidence } = await evidenceRepo.attach(reviewId, { name: opened.fileName, bytes: opened.bytes }, ctx());
      toast('success', 'toast.attached', { name: evidence.name });
      changed();
    } catch (e) {
      fail(e);
    } finally {
      setAttaching(false);
    }
  }, [platform, evidenceRepo, reviewId, ctx, changed, fail, toast, i18n]);

  const edit = useCallback(
    async (item: EvidenceRecord, patch: EvidencePatch) => {
      try {
        await evidenceRepo.edit(reviewId, item.id, patch, ctx());
        toast('success', 'toast.saved', { name: item.name });
        changed();
        return true;
      } catch (e) {
        fail(e);
        return false;
      }
    },
    [evidenceRepo, reviewId, ctx, changed, fail, toast],
  );

  const remove = useCallback(
    async (item: EvidenceRecord) => {
      try {
        await evidenceRepo.remove(reviewId, item.id, ctx());
        toast('success', 'toast.removed', { name: item.name });
        changed();
        return true;
      } catch (e) {
        fail(e);
        return false;
      }
    },
    [evidenceRepo, reviewId, ctx, changed, fail, toast],
  );

  const current = loaded?.reviewId === reviewId ? loaded : null;
  const status: EvidenceStatus = current === null ? 'loading' : current.items === null ? 'error' : 'ready';
  return { items: current?.items ?? NO_ITEMS, status, attaching, attach, edit, remove };
}
