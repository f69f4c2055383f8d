/**
 * Test helpers for the command: a temp folder per test, the real node io with stdout/stderr captured, and the
 * fixture folder of worked-case profiles.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { nodeIo, type CliIo } from '../../../cli/io';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/profiles/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXED_NOW = '2026-11-02T10:00:00.000Z';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'airlock-cli-'));
  made.push(dir);
  return dir;
}

/** Every file under `dir`, relative, sorted (hidden temp files included, so a leftover would show). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

export interface CapturedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

/** The real file-system io with a fixed clock and captured output streams. */
export function capturedIo(): CapturedIo {
  let out = '';
  let err = '';
  const decoder = new TextDecoder();
  return {
    ...nodeIo('0.0.0-test'),
    now: () => FIXED_NOW,
    stdout: (data) => {
      out += typeof data === 'string' ? data : decoder.decode(data);
    },
    stderr: (text) => {
      err += text;
    },
    out: () => out,
    err: () => err,
  };
}
