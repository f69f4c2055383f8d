// Finds the Electron binary installed in node_modules without triggering electron's lazy download (which
// `require('electron')` does when the binary is missing, and which fails offline).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function findElectronBinary(repoRoot: string): string | null {
  const pkg = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = path.join(pkg, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
