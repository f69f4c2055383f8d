// Atomic export writes: a failure at any step (mid-write, fsync, rename) leaves the old file intact, no truncated
// target and no temp file behind; success leaves exactly the new bytes, readable by the owner only.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicFs, writeFileAtomic } from '../../../electron/services/atomic-write';
import type { AtomicFileHandle, AtomicWriteFs } from '../../../electron/services/atomic-write';

let dir: string;
let target: string;
const OLD = 'old report, complete';
const NEW = 'x'.repeat(64 * 1024);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'airlock-atomic-'));
  target = path.join(dir, 'report.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function failing(step: 'write' | 'sync' | 'rename'): AtomicWriteFs {
  return {
    ...nodeAtomicFs,
    async createExclusive(file, mode) {
      const real = await nodeAtomicFs.createExclusive(file, mode);
      const handle: AtomicFileHandle = {
        async writeFile(data) {
          if (step !== 'write') return real.writeFile(data);
          await real.writeFile(data.subarray(0, data.byteLength / 2)); // a partial write, then the disk fails
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
        sync: () => (step === 'sync' ? Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) : real.sync()),
        chmod: (mode) => real.chmod(mode),
        close: () => real.close(),
      };
      return handle;
    },
    rename: (from, to) => (step === 'rename' ? Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' })) : nodeAtomicFs.rename(from, to)),
  };
}

describe('writeFileAtomic', () => {
  it('writes the new bytes, owner-only, with no temp file left', async () => {
    writeFileSync(target, OLD);
    await expect(writeFileAtomic(target, NEW)).resolves.toBe(NEW.length);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(readdirSync(dir)).toEqual(['report.json']);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('writes raw bytes and counts UTF-8 bytes for text', async () => {
    await writeFileAtomic(target, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    await expect(writeFileAtomic(target, '中文')).resolves.toBe(6);
  });

  it.each(['write', 'sync', 'rename'] as const)('a failure at "%s" keeps the existing file intact and leaves no temp file', async (step) => {
    writeFileSync(target, OLD);
    await expect(writeFileAtomic(target, NEW, failing(step))).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it.each(['write', 'sync', 'rename'] as const)('a failure at "%s" creates no (truncated) target when there was none', async (step) => {
    await expect(writeFileAtomic(target, NEW, failing(step))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
