/**
 * `npm run bench [-- suite …]`: runs every registered suite, or the named ones. To add a suite, write one file in
 * suites/ exporting a BenchSuite and add it to SUITES below. Always exits 0 unless a suite name is wrong or a suite
 * crashes: timings are information, not a test.
 */
import { arch, cpus, platform } from 'node:os';
import type { BenchSuite } from './harness';
import { engineSuite } from './suites/engine';
import { exportImportSuite } from './suites/export-import';
import { uiLatencySuite } from './suites/ui-latency';

export const SUITES: readonly BenchSuite[] = [engineSuite, uiLatencySuite, exportImportSuite];

const requested = process.argv.slice(2).filter((a) => a !== '--');
const unknown = requested.filter((name) => !SUITES.some((s) => s.name === name));
if (unknown.length > 0) {
  process.stderr.write(`Unknown suite${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Suites: ${SUITES.map((s) => s.name).join(', ')}.\n`);
  process.exit(2);
}
const chosen = requested.length === 0 ? SUITES : SUITES.filter((s) => requested.includes(s.name));
const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
log(`Node ${process.version}, ${platform()} ${arch()}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores; each suite runs on one)`);
for (const suite of chosen) {
  log('');
  log(`== ${suite.name}: ${suite.description}`);
  await suite.run({ log });
}
