/**
 * The command's effects, gathered in one interface so every module can be run in-process by tests: reading
 * profiles, listing folders, atomic writes (temp file in the same folder, then rename), stdout/stderr and the clock.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type PathKind = 'file' | 'dir' | 'missing' | 'other';

export interface CliIo {
  readonly readText: (path: string) => Promise<string>;
  readonly kindOf: (path: string) => Promise<PathKind>;
  /** Entry names of a folder (not paths), unsorted. */
  readonly listDir: (path: string) => Promise<readonly string[]>;
  /** Creates a folder and its parents when missing. */
  readonly ensureDir: (path: string) => Promise<void>;
  /** Writes the whole file or nothing: a temp file in the same folder, renamed over the target. */
  readonly writeAtomic: (path: string, data: string | Uint8Array) => Promise<void>;
  readonly stdout: (data: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** ISO time, for report covers. */
  readonly now: () => string;
  /** Version printed on reports. */
  readonly appVersion: string;
}

/** Atomic write on the real file system. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

async function kindOf(path: string): Promise<PathKind> {
  try {
    const s = await stat(path);
    if (s.isFile()) return 'file';
    if (s.isDirectory()) return 'dir';
    return 'other';
  } catch (e) {
    if (e instanceof Error && 'code' in e && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return 'missing';
    throw e;
  }
}

/** The real effects: node:fs, process.stdout/stderr and the system clock. */
export function nodeIo(appVersion: string): CliIo {
  return {
    readText: (path) => readFile(path, 'utf8'),
    kindOf,
    listDir: (path) => readdir(path),
    ensureDir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    writeAtomic: writeFileAtomic,
    stdout: (data) => {
      process.stdout.write(data);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    now: () => new Date().toISOString(),
    appVersion,
  };
}
