/**
 * Backup and restore of the whole database. `read` dumps every table in one read transaction (a consistent
 * snapshot); `toBackup` turns a dump into the `Backup` document (shared/bundle/types.ts); `restore` replaces every
 * table with a backup's contents in ONE read-write transaction: if any record fails, Dexie rolls everything back and
 * the database is exactly as it was. Restore writes records as they are (no audit entry): it puts back a past state
 * of the database, it does not change a review.
 */
import type { Backup, BackupEvidence, BinItem, SettingValue } from '../../shared/bundle/types';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../shared/bundle/types';
import type { AuditEntry, Review } from '../../shared/review/types';
import type { AppDb, BinEntry, SettingRecord } from './app-db';

/** Every table, as stored. */
export interface DatabaseDump {
  readonly reviews: readonly Review[];
  readonly audit: readonly AuditEntry[];
  readonly bin: readonly BinEntry[];
  readonly settings: readonly SettingRecord[];
}

export interface BackupMeta {
  /** ISO time, passed in. */
  readonly exportedAt: string;
  readonly appVersion: string;
}

export interface RestoreOutcome {
  readonly reviews: number;
  readonly audit: number;
  readonly bin: number;
  readonly settings: number;
  /** Evidence items in the backup that were not stored (this version keeps no evidence). */
  readonly evidenceSkipped: number;
}

export interface BackupRepo {
  /** Every table in one consistent read. */
  read: () => Promise<DatabaseDump>;
  /** The whole database as a Backup document. */
  backup: (meta: BackupMeta) => Promise<Backup>;
  /** Replaces everything with the backup's contents, all or nothing. */
  restore: (backup: Backup) => Promise<RestoreOutcome>;
}

function isSettingValue(v: unknown): v is SettingValue {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** The Backup document of a dump. Settings whose value is not a flat value are left out (none exist today). */
export function dumpToBackup(dump: DatabaseDump, meta: BackupMeta, evidence?: readonly BackupEvidence[]): Backup {
  const settings: Record<string, SettingValue> = {};
  for (const { key, value } of dump.settings) if (isSettingValue(value)) settings[key] = value;
  const bin: BinItem[] = dump.bin.map((b) => ({ id: b.id, kind: 'review', deletedAt: b.deletedAt, review: b.review, audit: b.audit }));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    reviews: dump.reviews,
    audit: dump.audit,
    bin,
    settings,
    ...(evidence && evidence.length > 0 ? { evidence } : {}),
  };
}

/** The table contents a backup restores to. */
export function backupToDump(backup: Backup): DatabaseDump {
  return {
    reviews: backup.reviews,
    audit: backup.audit,
    bin: backup.bin.map((b) => ({ id: b.id, deletedAt: b.deletedAt, review: b.review, audit: b.audit })),
    settings: Object.entries(backup.settings).map(([key, value]) => ({ key, value })),
  };
}

export function createBackupRepo(db: AppDb): BackupRepo {
  const read = (): Promise<DatabaseDump> =>
    db.transaction('r', [db.reviews, db.audit, db.bin, db.settings], async () => {
      const [reviews, audit, bin, settings] = await Promise.all([db.reviews.toArray(), db.audit.toArray(), db.bin.toArray(), db.settings.toArray()]);
      return { reviews, audit, bin, settings };
    });

  return {
    read,
    backup: async (meta) => dumpToBackup(await read(), meta),
    restore: async (backup) => {
      const dump = backupToDump(backup);
      await db.transaction('rw', [db.reviews, db.audit, db.bin, db.settings], async () => {
        await Promise.all([db.reviews.clear(), db.audit.clear(), db.bin.clear(), db.settings.clear()]);
        await Promise.all([
          db.reviews.bulkAdd([...dump.reviews]),
          db.audit.bulkAdd([...dump.audit]),
          db.bin.bulkAdd([...dump.bin]),
          db.settings.bulkAdd([...dump.settings]),
        ]);
      });
      return {
        reviews: dump.reviews.length,
        audit: dump.audit.length,
        bin: dump.bin.length,
        settings: dump.settings.length,
        evidenceSkipped: backup.evidence?.length ?? 0,
      };
    },
  };
}
