/** Atomic writes: the target holds the old or the new content, never a part, and no temp file is left behind. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../cli/io';
import { filesUnder, tempDir } from './support';

describe('writeFileAtomic', () => {
  it('creates and replaces a file without leaving a temp file', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.json');
    await writeFileAtomic(target, 'first');
    writeFileSync(join(dir, 'other.txt'), 'x');
    await writeFileAtomic(target, new TextEncoder().encode('second'));
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(filesUnder(dir)).toEqual(['other.txt', 'out.json']);
  });

  it('fails without creating anything when the folder is missing', async () => {
    const dir = tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'out.json'), 'x')).rejects.toThrow();
    expect(filesUnder(dir)).toEqual([]);
  });
});
