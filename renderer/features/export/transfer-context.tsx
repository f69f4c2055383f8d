/**
 * Makes the data-transfer repositories (review bundles, backups) and the evidence repository available to the export,
 * import, backup and evidence features: `<TransferProvider db={…}>` once in AppProviders, `useTransfer()` in components.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AppDb } from '../../db/app-db';
import { createBackupRepo, type BackupRepo } from '../../db/backup-repo';
import { createBundleRepo, type BundleRepo } from '../../db/bundle-repo';
import { createEvidenceRepo, type EvidenceRepo } from '../../db/evidence-repo';

export interface TransferServices {
  readonly bundleRepo: BundleRepo;
  readonly backupRepo: BackupRepo;
  readonly evidenceRepo: EvidenceRepo;
}

const TransferContext = createContext<TransferServices | null>(null);

export function TransferProvider({ db, children }: { db: AppDb; children: ReactNode }) {
  const value = useMemo<TransferServices>(() => ({ bundleRepo: createBundleRepo(db), backupRepo: createBackupRepo(db), evidenceRepo: createEvidenceRepo(db) }), [db]);
  return <TransferContext.Provider value={value}>{children}</TransferContext.Provider>;
}

export function useTransfer(): TransferServices {
  const v = useContext(TransferContext);
  if (!v) throw new Error('useTransfer() needs a <TransferProvider>.');
  return v;
}
