/**
 * Backup and restore of the whole database. `read` dumps every table in one read transaction (a consistent
 * snapshot); `backup` turns a dump into the `Backup` document (shared/bundle/types.ts), with every evidence file's
 * contents in base64 (live evidence in `evidence`, a deleted review's evidence in its bin item); `restore` first
 * decodes every evidence file and checks it against its SHA-256 (a mismatch refuses the restore before anything is
 * touched), then replaces every table with the backup's contents in ONE read-write transaction: if any record fails,
 * Dexie rolls everything back and the database is exactly as it was. Restore writes records as they are (no audit
 * entry): it puts back a past state of the database, it does not change a review.
 */
import type { Backup, BackupEvidence, BinItem, BundleEvidence, SettingValue } from '../../shared/bundle/types';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../shared/bundle/types';
import type { AuditEntry, Review } from '../../shared/review/types';
import type { AppDb, BinEntry, EvidenceFile, EvidenceRecord, SettingRecord } from './app-db';
import { EvidenceContentError, prepareEvidence, toBundleEvidence } from './evidence-transfer';

/** Every table, as stored. */
export interface DatabaseDump {
  readonly reviews: readonly Review[];
  readonly audit: readonly AuditEntry[];
  readonly bin: readonly BinEntry[];
  readonly settings: readonly SettingRecord[];
  /** Evidence rows of live reviews (a deleted review's rows are inside its bin entry). */
  readonly evidence: readonly EvidenceRecord[];
  /** Contents of every evidence file, live or in the bin. */
  readonly evidenceFiles: readonly EvidenceFile[];
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
  /** Evidence items restored (live and in the bin). */
  readonly evidence: number;
  /** Of those, items the backup carried without their file (metadata only). */
  readonly evidenceWithoutFile: number;
}

/** A backup that cannot be restored; nothing was changed. */
export class BackupRestoreError extends Error {
  override readonly name = 'BackupRestoreError';
}

export interface BackupRepo {
  /** Every table in one consistent read. */
  read: () => Promise<DatabaseDump>;
  /** The whole database as a Backup document, evidence files included. */
  backup: (meta: BackupMeta) => Promise<Backup>;
  /** Replaces everything with the backup's contents, all or nothing. `newId` names the restored evidence files. */
  restore: (backup: Backup, newId?: () => string) => Promise<RestoreOutcome>;
}

function isSettingValue(v: unknown): v is SettingValue {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** Evidence of a dump as a backup carries it: live items (with their review id) and each bin entry's items. */
export interface BackupEvidenceParts {
  readonly live: readonly BackupEvidence[];
  /** Bin entry id → its evidence. */
  readonly bin: ReadonlyMap<string, readonly BundleEvidence[]>;
}

/** Encodes every evidence file of a dump (base64, in chunks). */
export async function evidenceOfDump(dump: DatabaseDump): Promise<BackupEvidenceParts> {
  const files = new Map(dump.evidenceFiles.map((f) => [f.id, f.bytes] as const));
  const live: BackupEvidence[] = [];
  const byReview = new Map<string, EvidenceRecord[]>();
  for (const row of dump.evidence) byReview.set(row.reviewId, [...(byReview.get(row.reviewId) ?? []), row]);
  for (const [reviewId, rows] of byReview) for (const e of await toBundleEvidence(rows, files)) live.push({ ...e, reviewId });
  const bin = new Map<string, readonly BundleEvidence[]>();
  for (const entry of dump.bin) if (entry.evidence && entry.evidence.length > 0) bin.set(entry.id, await toBundleEvidence(entry.evidence, files));
  return { live, bin };
}

/** The Backup document of a dump. Settings whose value is not a flat value are left out (none exist today). */
export function dumpToBackup(dump: DatabaseDump, meta: BackupMeta, evidence?: BackupEvidenceParts): Backup {
  const settings: Record<string, SettingValue> = {};
  for (const { key, value } of dump.settings) if (isSettingValue(value)) settings[key] = value;
  const bin: BinItem[] = dump.bin.map((b) => {
    const items = evidence?.bin.get(b.id);
    return { id: b.id, kind: 'review', deletedAt: b.deletedAt, review: b.review, audit: b.audit, ...(items && items.length > 0 ? { evidence: items } : {}) };
  });
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    reviews: dump.reviews,
    audit: dump.audit,
    bin,
    settings,
    ...(evidence && evidence.live.length > 0 ? { evidence: evidence.live } : {}),
  };
}

/**
 * The table contents a backup restores to. Every evidence file is decoded and checked against its size and SHA-256
 * first (outside any transaction); a mismatch throws `BackupRestoreError` naming the item.
 */
export async function backupToDump(backup: Backup, newId: () => string): Promise<DatabaseDump> {
  const files: EvidenceFile[] = [];
  const prepare = async (items: readonly BundleEvidence[], reviewId: string): Promise<EvidenceRecord[]> => {
    try {
      const prepared = await prepareEvidence(items, reviewId, newId);
      for (const p of prepared) if (p.file) files.push(p.file);
      return prepared.map((p) => p.record);
    } catch (e) {
      if (e instanceof EvidenceContentError) throw new BackupRestoreError(`${e.message} Nothing was restored.`);
      throw e;
    }
  };
  const evidence: EvidenceRecord[] = [];
  for (const e of backup.evidence ?? []) {
    const { reviewId, ...item } = e;
    evidence.push(...(await prepare([item], reviewId)));
  }
  const bin: BinEntry[] = [];
  for (const b of backup.bin) {
    // Backups written before bin entries had their own ids carry the review's id as `id`: still a unique entry id.
    const rows = await prepare(b.evidence ?? [], b.review.id);
    bin.push({ id: b.id, reviewId: b.review.id, deletedAt: b.deletedAt, review: b.review, audit: b.audit, ...(rows.length > 0 ? { evidence: rows } : {}) });
  }
  return {
    reviews: backup.reviews,
    audit: backup.audit,
    bin,
    settings: Object.entries(backup.settings).map(([key, value]) => ({ key, value })),
    evidence,
    evidenceFiles: files,
  };
}

export function createBackupRepo(db: AppDb): BackupRepo {
  const tables = () => [db.reviews, db.audit, db.bin, db.settings, db.evidence, db.evidenceFiles];
  const read = (): Promise<DatabaseDump> =>
    db.transaction('r', tables(), async () => {
      const [reviews, audit, bin, settings, evidence, evidenceFiles] = await Promise.all([
        db.reviews.toArray(),
        db.audit.toArray(),
        db.bin.toArray(),
        db.settings.toArray(),
        db.evidence.toArray(),
        db.evidenceFiles.toArray(),
      ]);
      return { reviews, audit, bin, settings, evidence, evidenceFiles };
    });

  return {
    read,
    backup: async (meta) => {
      const dump = await read();
      return dumpToBackup(dump, meta, await evidenceOfDump(dump));
    },
    restore: async (backup, newId = () => crypto.randomUUID()) => {
      const dump = await backupToDump(backup, newId);
      await db.transaction('rw', tables(), async () => {
        await Promise.all(tables().map((t) => t.clear()));
        await Promise.all([
          db.reviews.bulkAdd([...dump.reviews]),
          db.audit.bulkAdd([...dump.audit]),
          db.bin.bulkAdd([...dump.bin]),
          db.settings.bulkAdd([...dump.settings]),
          db.evidenceFiles.bulkAdd([...dump.evidenceFiles]),
          db.evidence.bulkAdd([...dump.evidence]),
        ]);
      });
      const binEvidence = dump.bin.flatMap((b) => b.evidence ?? []);
      const all = [...dump.evidence, ...binEvidence];
      return {
        reviews: dump.reviews.length,
        audit: dump.audit.length,
        bin: dump.bin.length,
        settings: dump.settings.length,
        evidence: all.length,
        evidenceWithoutFile: all.filter((e) => e.fileId === null).length,
      };
    },
  };
}
