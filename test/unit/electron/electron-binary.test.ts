// Detecting the Electron binary for the desktop smoke test without running electron's downloader.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../e2e-electron/electron-binary';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('is null without path.txt (binary download skipped) or when path.txt names a missing file', () => {
    root = mkdtempSync(path.join(tmpdir(), 'airlock-electron-'));
    const pkg = path.join(root, 'node_modules', 'electron');
    mkdirSync(pkg, { recursive: true });
    expect(findElectronBinary(root)).toBeNull();
    writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    expect(findElectronBinary(root)).toBeNull();
  });

  it('returns the binary under dist/ when it is installed', () => {
    root = mkdtempSync(path.join(tmpdir(), 'airlock-electron-'));
    const pkg = path.join(root, 'node_modules', 'electron');
    mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    writeFileSync(path.join(pkg, 'dist', 'electron'), '');
    expect(findElectronBinary(root)).toBe(path.join(pkg, 'dist', 'electron'));
  });
});
