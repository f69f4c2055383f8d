/**
 * Crash-safe file writes for exports: write a temp file next to the target, fsync it, rename it over the target, then
 * fsync the folder. The target is either the old file or the complete new one, never a truncated mix; the temp file
 * is removed on any failure; the result is readable by the owner only (0o600). File-system calls are injectable so
 * tests can fail each step.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import path from 'node:path';

export interface AtomicFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicWriteFs {
  /** Creates a new file exclusively (fails if it exists). */
  createExclusive(file: string, mode: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Makes a completed rename durable; a no-op where folders cannot be opened (Windows). */
  syncDir(dir: string): Promise<void>;
}

export const OWNER_ONLY = 0o600;

export const nodeAtomicFs: AtomicWriteFs = {
  createExclusive: (file, mode) => fsp.open(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
  async syncDir(dir) {
    if (process.platform === 'win32') return;
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** The temp file's name: hidden, in the target's folder (so rename stays on one file system), unguessable. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `data` to `target` atomically. Returns the number of bytes written. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicWriteFs = nodeAtomicFs): Promise<number> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temp = tempPathFor(target);
  const handle = await fs.createExclusive(temp, OWNER_ONLY);
  let renamed = false;
  try {
    try {
      await handle.writeFile(bytes);
      await handle.chmod(OWNER_ONLY); // the umask can only remove bits; this states the intent on every platform
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
  }
  // The data is safe at this point; a failing folder fsync only narrows durability on power loss.
  await fs.syncDir(path.dirname(target)).catch(() => undefined);
  return bytes.byteLength;
}
