// Release check: reads the fuse wire of a packaged Airlock binary and fails unless every fuse is exactly as
// build/electron-builder.yml sets it (so a test flavour with the inspector fuse on can never ship by mistake).
// Usage: node build/check-fuses.mjs <packaged executable>   e.g. release/linux-unpacked/airlock
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fuses from '@electron/fuses';
import { parse } from 'yaml';

const { FuseV1Options, getCurrentFuseWire } = fuses; // a CommonJS module: no named exports
/** Fuse states as stored in the wire (@electron/fuses FuseState, which its index does not export): ASCII '1'/'0'. */
const ENABLE = 0x31;
const DISABLE = 0x30;

const binary = process.argv[2];
if (!binary) {
  console.error('usage: node build/check-fuses.mjs <packaged executable>');
  process.exit(2);
}

const config = parse(readFileSync(path.join(import.meta.dirname, 'electron-builder.yml'), 'utf8'));
const expected = config.electronFuses ?? {};
const wire = await getCurrentFuseWire(binary);

let failures = 0;
for (const [key, want] of Object.entries(expected)) {
  const option = FuseV1Options[key.charAt(0).toUpperCase() + key.slice(1)];
  if (option === undefined) {
    console.error(`unknown fuse in electron-builder.yml: ${key}`);
    failures++;
    continue;
  }
  const state = wire[option];
  const actual = state === ENABLE ? true : state === DISABLE ? false : `state ${String(state)}`;
  const ok = actual === want;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${key}: ${String(actual)} (want ${String(want)})`);
}
process.exit(failures ? 1 : 0);
