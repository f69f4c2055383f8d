/**
 * `npm run --silent assess -- <profile|folder> [--format json|md] [--out FILE|DIR]`: wiring only. The work is in
 * run.ts and the modules it calls, which take their effects (io.ts) as a parameter.
 */
import { readFileSync } from 'node:fs';
import { nodeIo } from './io';
import { runCli } from './run';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
process.exitCode = await runCli(process.argv.slice(2), nodeIo(pkg.version ?? 'unknown'));
