/**
 * Evidence in and out of bundles and backups. Outgoing: stored rows become `BundleEvidence` (metadata, plus base64
 * contents when asked for). Incoming: every item that carries contents is decoded and checked against its `size` and
 * `sha256` BEFORE anything is written, so one altered file refuses the whole import or restore with a message naming
 * the item. All of this runs outside Dexie transactions (see evidence-codec.ts).
 */
import type { BundleEvidence } from '../../shared/bundle/types';
import type { EvidenceMeta } from '../../shared/report/types';
import type { EvidenceFile, EvidenceRecord } from './app-db';
import { fromBase64, sha256Hex, toBase64 } from './evidence-codec';
import { byAddedAt, metaOf } from './evidence-repo';

/** An incoming evidence item whose contents do not match its metadata (or are not base64). */
export class EvidenceContentError extends Error {
  override readonly name = 'EvidenceContentError';
  constructor(
    readonly evidenceId: string,
    readonly evidenceName: string,
    message: string,
  ) {
    super(message);
  }
}

/** An evidence row and its file (null when only the metadata came along), ready to be written. */
export interface PreparedEvidence {
  readonly record: EvidenceRecord;
  readonly file: EvidenceFile | null;
}

/** The contents of an incoming item, checked against its size and SHA-256; null when it carries none. */
export async function verifiedContents(e: BundleEvidence): Promise<Uint8Array | null> {
  if (e.contentBase64 === undefined) return null;
  const label = `Evidence "${e.name}" (${e.id})`;
  let bytes: Uint8Array;
  try {
    bytes = await fromBase64(e.contentBase64);
  } catch {
    throw new EvidenceContentError(e.id, e.name, `${label}: its contents are not valid base64.`);
  }
  if (bytes.byteLength !== e.size) {
    throw new EvidenceContentError(e.id, e.name, `${label}: its contents are ${bytes.byteLength} bytes, but its size says ${e.size}.`);
  }
  const actual = await sha256Hex(bytes);
  if (actual !== e.sha256) {
    throw new EvidenceContentError(
      e.id,
      e.name,
      `${label} does not match its SHA-256: the file says ${e.sha256}, its contents hash to ${actual}. The file may have been altered.`,
    );
  }
  return bytes;
}

/** Decodes and checks incoming items for one review; file ids come from `newId`. Throws `EvidenceContentError`. */
export async function prepareEvidence(items: readonly BundleEvidence[], reviewId: string, newId: () => string): Promise<PreparedEvidence[]> {
  const out: PreparedEvidence[] = [];
  for (const e of items) {
    const bytes = await verifiedContents(e);
    const fileId = bytes ? newId() : null;
    out.push({ record: { ...metaOf(e), reviewId, fileId }, file: bytes && fileId ? { id: fileId, bytes } : null });
  }
  return out;
}

/** Stored rows as bundles and backups carry them, oldest first; with base64 contents when `files` is given. */
export async function toBundleEvidence(rows: readonly EvidenceRecord[], files?: ReadonlyMap<string, Uint8Array>): Promise<BundleEvidence[]> {
  const out: BundleEvidence[] = [];
  for (const row of [...rows].sort(byAddedAt)) {
    const bytes = row.fileId && files ? files.get(row.fileId) : undefined;
    const meta: EvidenceMeta = metaOf(row);
    out.push(bytes ? { ...meta, contentBase64: await toBase64(bytes) } : meta);
  }
  return out;
}

/** The files of these rows, by file id. */
export function fileIdsOf(rows: readonly EvidenceRecord[]): string[] {
  return rows.flatMap((r) => (r.fileId ? [r.fileId] : []));
}
