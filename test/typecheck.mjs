// Type-checks every folder with its own tsconfig, so each boundary (pure shared/, DOM-only renderer/,
// Node+Electron electron/) is checked with exactly the libraries it may use.
import { spawnSync } from 'node:child_process';
const projects = ['shared', 'renderer', 'electron', 'cli', 'test', 'tsconfig.node.json'];
let failed = 0;
for (const p of projects) {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', p], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.error(`typecheck failed: ${p}`); }
}
process.exit(failed ? 1 : 0);
