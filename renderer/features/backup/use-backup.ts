/**
 * useBackup(): "Back up everything" and "Restore from backup…". `backUp()` saves the whole database as a Backup JSON
 * (validated by the same schema the restore uses before it is written). `pickRestore()` opens a file, validates it
 * with `parseBackup` (every problem located) and stops at `confirm` with what it contains; `restore()` then replaces
 * ALL current data in one transaction (all or nothing) and reloads settings and reviews.
 */
import { useCallback, useState } from 'react';
import { parseBackup } from '../../../shared/bundle/parse';
import type { Backup, ImportError } from '../../../shared/bundle/types';
import { MAX_OPEN_BYTES } from '../../../shared/ipc/contract';
import { toBackupJson } from '../../../shared/report/json';
import { usePlatform } from '../../platform/platform-context';
import { messageOf } from '../../store/settings-slice';
import { useAppStoreApi } from '../../store/store-context';
import { useTransfer } from '../export/transfer-context';
import { backupFileName } from '../export/file-name';
import { readUtf8 } from '../import/read-text';

export interface ParsedBackup {
  readonly fileName: string;
  readonly backup: Backup;
  readonly migratedFrom?: number;
}

export type BackupState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly task: 'backup' | 'read' | 'restore' }
  | { readonly kind: 'problems'; readonly fileName: string; readonly errors: readonly ImportError[] }
  | { readonly kind: 'confirm'; readonly parsed: ParsedBackup; readonly backingUp: boolean };

export interface BackupFlow {
  readonly state: BackupState;
  /** Saves a backup; true when a file was saved. */
  backUp: () => Promise<boolean>;
  pickRestore: () => Promise<void>;
  /** Backs up the current data while the restore waits for confirmation. */
  backUpFirst: () => Promise<void>;
  restore: () => Promise<void>;
  dismiss: () => void;
}

export function useBackup(filterName: string): BackupFlow {
  const platform = usePlatform();
  const store = useAppStoreApi();
  const { backupRepo } = useTransfer();
  const [state, setState] = useState<BackupState>({ kind: 'idle' });

  const toast = useCallback(
    (tone: 'success' | 'error' | 'info', key: string, values?: Record<string, string | number>) =>
      store.getState().pushToast({ tone, message: { key: `transfer:${key}`, ...(values ? { values } : {}) } }),
    [store],
  );

  const save = useCallback(async (): Promise<boolean> => {
    try {
      const now = new Date().toISOString();
      const { version } = await platform.appInfo();
      const text = toBackupJson(await backupRepo.backup({ exportedAt: now, appVersion: version }));
      const saved = await platform.saveFile({ suggestedName: backupFileName(now), filters: [{ name: filterName, extensions: ['json'] }], data: text });
      if (saved.status === 'saved') toast('success', 'backup.toast.saved', { fileName: saved.fileName });
      if (saved.status === 'error') toast('error', 'backup.error.backupFailed', { message: saved.message });
      return saved.status === 'saved';
    } catch (e) {
      toast('error', 'backup.error.backupFailed', { message: messageOf(e) });
      return false;
    }
  }, [platform, backupRepo, filterName, toast]);

  const backUp = useCallback(async () => {
    setState({ kind: 'busy', task: 'backup' });
    const ok = await save();
    setState({ kind: 'idle' });
    return ok;
  }, [save]);

  const pickRestore = useCallback(async () => {
    const opened = await platform.openFile({ filters: [{ name: filterName, extensions: ['json'] }], maxBytes: MAX_OPEN_BYTES });
    if (opened.status === 'cancelled') return;
    if (opened.status === 'error') {
      toast('error', 'backup.error.restoreFailed', { message: opened.message });
      return;
    }
    setState({ kind: 'busy', task: 'read' });
    await new Promise((r) => setTimeout(r, 0));
    const text = readUtf8(opened.bytes);
    const result = text.ok ? parseBackup(text.text, { maxBytes: MAX_OPEN_BYTES }) : text;
    if (!result.ok) {
      setState({ kind: 'problems', fileName: opened.fileName, errors: result.errors });
      return;
    }
    setState({
      kind: 'confirm',
      backingUp: false,
      parsed: { fileName: opened.fileName, backup: result.backup, ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}) },
    });
  }, [platform, filterName, toast]);

  const backUpFirst = useCallback(async () => {
    if (state.kind !== 'confirm') return;
    const waiting = state;
    setState({ ...waiting, backingUp: true });
    await save();
    setState({ ...waiting, backingUp: false });
  }, [state, save]);

  const restore = useCallback(async () => {
    if (state.kind !== 'confirm') return;
    const { parsed } = state;
    setState({ kind: 'busy', task: 'restore' });
    try {
      const done = await backupRepo.restore(parsed.backup);
      const s = store.getState();
      await s.loadSettings();
      await s.loadReviews();
      s.setReviewsView({ selectedId: null });
      s.navigate({ name: 'reviews' });
      setState({ kind: 'idle' });
      toast('success', 'backup.toast.restored', { count: done.reviews });
      if (done.evidenceWithoutFile > 0) toast('info', 'backup.toast.evidenceWithoutFile', { count: done.evidenceWithoutFile });
    } catch (e) {
      setState({ kind: 'idle' });
      toast('error', 'backup.error.restoreFailed', { message: messageOf(e) });
    }
  }, [state, backupRepo, store, toast]);

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, backUp, pickRestore, backUpFirst, restore, dismiss };
}
