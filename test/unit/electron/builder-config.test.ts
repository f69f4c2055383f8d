// Release packaging config: valid for electron-builder's own schema, every fuse set as decided, nothing published;
// and the release check that reads the fuses back out of a packaged binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateSchema } from 'app-builder-lib/out/util/config/schemaValidator';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(path.join(root, 'build/electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const scheme: unknown = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));

describe('build/electron-builder.yml', () => {
  it('parses and matches electron-builder\'s configuration schema', () => {
    expect(() => validateSchema(scheme, structuredClone(config))).not.toThrow();
    expect(config).toMatchObject({ appId: 'app.airlock.workstation', productName: 'Airlock', asar: true });
  }, 60_000); // compiling electron-builder's 10k-line schema with ajv takes several seconds on a busy 2-core runner

  it('flips every fuse to its hardened value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nowhere and has no update feed', () => {
    expect(config.publish).toBeNull();
    const text = readFileSync(path.join(root, 'build/electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/https?:\/\//);
    for (const platform of ['linux', 'win', 'mac']) expect(config[platform]).not.toHaveProperty('publish');
  });

  it('packages only the built app and targets every desktop', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'dist-electron/**', 'package.json']));
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.win).toMatchObject({ target: ['nsis', 'portable'] });
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
  });

  it('ships the entitlements file (JIT only) and a 512×512 icon', () => {
    const plist = readFileSync(path.join(root, 'build/entitlements.mac.plist'), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
    const png = readFileSync(path.join(root, 'build/icons/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(path.join(root, 'build/icons/icon.svg'))).toBe(true);
  });
});

describe('build/check-fuses.mjs (release check of a packaged binary)', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const ENABLE = 49;
  const DISABLE = 48;
  /** A stand-in executable: the fuse sentinel, wire version 1, length 9, then the wire (order of FuseV1Options). */
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  function fakeBinary(wire: number[]): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'airlock-fuses-'));
    dirs.push(dir);
    const file = path.join(dir, 'airlock');
    writeFileSync(file, Buffer.concat([Buffer.from('ELF...'), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('...')]));
    return file;
  }
  const run = (binary: string) => spawnSync(process.execPath, [path.join(root, 'build/check-fuses.mjs'), binary], { encoding: 'utf8' });
  // runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity, onlyLoadAppFromAsar, v8Snapshot, fileProtocol, wasmTrap
  const hardened = [DISABLE, ENABLE, DISABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, ENABLE];

  it('passes a binary whose fuses match the config', () => {
    const result = run(fakeBinary(hardened));
    expect(result.stdout).not.toContain('FAIL');
    expect(result.status).toBe(0);
  }, 30_000);

  it('fails a test-flavour binary with the inspector fuse on', () => {
    const wire = [...hardened];
    wire[3] = ENABLE;
    const result = run(fakeBinary(wire));
    expect(result.stdout).toContain('FAIL enableNodeCliInspectArguments');
    expect(result.status).toBe(1);
  }, 30_000);
});
