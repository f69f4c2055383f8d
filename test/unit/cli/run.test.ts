/**
 * The command run in-process against a temp folder: single profiles (stdout, --out FILE, --out DIR, md), invalid
 * profiles (exit 2, every problem listed, nothing written) and batch folders (results, summary files, all-or-nothing).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { summariseAssessment } from '../../../cli/summary';
import type { Assessment } from '../../../shared/engine/assessment';
import { assessRaw, loadFixture } from '../shared/cases/support';
import { FIXTURES, capturedIo, filesUnder, tempDir } from './support';

const CASES = ['ac-01', 'ac-02', 'ac-07', 'ac-12'];
const expectedJson = (name: string): unknown => JSON.parse(JSON.stringify(assessRaw(loadFixture(`${name}.yaml`)))) as unknown;

const BAD_PROFILE = 'vendor:\n  hq_jurisdiction: Mars\nproduct:\n  category: toaster\ndata:\n  important_data: true\n';

describe('one profile', () => {
  it('prints exactly the assessment as JSON on stdout', async () => {
    const io = capturedIo();
    expect(await runCli([join(FIXTURES, 'ac-01.yaml')], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(expectedJson('ac-01'));
    expect(io.out()).toBe(`${JSON.stringify(JSON.parse(io.out()), null, 2)}\n`);
  });

  it('reads JSON profiles too', async () => {
    const dir = tempDir();
    const file = join(dir, 'acme.json');
    writeFileSync(file, JSON.stringify(loadFixture('ac-07.yaml')));
    const io = capturedIo();
    expect(await runCli([file, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(expectedJson('ac-07'));
  });

  it('writes --out FILE atomically and prints nothing on stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    const io = capturedIo();
    expect(await runCli([join(FIXTURES, 'ac-02.yaml'), '--out', out], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(expectedJson('ac-02'));
    expect(filesUnder(dir)).toEqual(['result.json']);
  });

  it('writes into --out DIR as <name>.assessment.<ext>', async () => {
    const dir = tempDir();
    const io = capturedIo();
    expect(await runCli([join(FIXTURES, 'ac-12.yaml'), '-o', dir, '-f', 'md'], io)).toBe(0);
    expect(filesUnder(dir)).toEqual(['ac-12.assessment.md']);
  });

  it('prints a Markdown report naming every listed finding, REVIEW included', async () => {
    const io = capturedIo();
    expect(await runCli([join(FIXTURES, 'ac-07.yaml'), '--format', 'md'], io)).toBe(0);
    const md = io.out();
    expect(md).toMatch(/^(\*\*.*\*\*\n\n)?# /);
    const a = assessRaw(loadFixture('ac-07.yaml'));
    for (const f of a.findings) expect(md, f.ruleId).toContain(f.ruleId);
  });

  it('refuses an invalid profile: exit 2, every bad field with allowed values, nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, BAD_PROFILE);
    const out = join(dir, 'out.json');
    const io = capturedIo();
    expect(await runCli([file, '--out', out], io)).toBe(2);
    const err = io.err();
    expect(err).toContain('vendor.hq_jurisdiction');
    expect(err).toContain('product.category');
    expect(err).toContain('data.important_data');
    expect(err).toMatch(/allowed: .*notified.*likely/);
    expect(err).toMatch(/Nothing was assessed or written/);
    expect(io.out()).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(filesUnder(dir)).toEqual(['bad.yaml']);
  });

  it('names the file, line and column of a JSON syntax error', async () => {
    const dir = tempDir();
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "vendor": {"hq_jurisdiction": "US",}\n}\n');
    const io = capturedIo();
    expect(await runCli([file], io)).toBe(2);
    expect(io.err()).toContain(`${file}:2:38: JSON syntax error`);
  });

  it('is a usage error (exit 2) for a missing input, a wrong extension or an --out folder that does not exist', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    for (const argv of [[join(dir, 'nope.yaml')], [join(dir, 'notes.txt')], [join(FIXTURES, 'ac-01.yaml'), '--out', join(dir, 'no', 'such', 'x.json')], ['--format']]) {
      const io = capturedIo();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.err()).not.toBe('');
    }
    expect(filesUnder(dir)).toEqual(['notes.txt']);
  });

  it('exits 1 on an unexpected error', async () => {
    const io = {
      ...capturedIo(),
      writeAtomic: (): Promise<void> => Promise.reject(new Error('disk on fire')),
    };
    expect(await runCli([join(FIXTURES, 'ac-01.yaml'), '--out', join(tempDir(), 'x.json')], io)).toBe(1);
    expect(io.err()).toMatch(/Unexpected error: .*disk on fire/);
  });
});

function profilesFolder(): string {
  const dir = tempDir();
  const input = join(dir, 'profiles');
  mkdirSync(join(input, 'nested'), { recursive: true });
  for (const name of CASES) copyFileSync(join(FIXTURES, `${name}.yaml`), join(input, `${name}.yaml`));
  writeFileSync(join(input, 'README.txt'), 'not a profile');
  copyFileSync(join(FIXTURES, 'ac-01.yaml'), join(input, 'nested', 'ignored.yaml'));
  return input;
}

describe('a folder of profiles', () => {
  it('writes one result per profile, summary.csv and summary.json, and prints the summary table', async () => {
    const input = profilesFolder();
    const out = join(input, '..', 'results');
    const io = capturedIo();
    expect(await runCli([input, '--out', out], io)).toBe(0);
    expect(filesUnder(out)).toEqual([...CASES.map((c) => `${c}.assessment.json`), 'summary.csv', 'summary.json']);
    for (const c of CASES) expect(JSON.parse(readFileSync(join(out, `${c}.assessment.json`), 'utf8'))).toEqual(expectedJson(c));

    const rows = CASES.map((c) => summariseAssessment(`${c}.yaml`, assessRaw(loadFixture(`${c}.yaml`))));
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { profiles: unknown[] };
    expect(summary.profiles).toEqual(rows);
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv.map((l) => l.split(',')[0])).toEqual(['file', ...CASES.map((c) => `${c}.yaml`)]);

    const table = io.out().split('\n');
    const order = CASES.map((c) => table.findIndex((l) => l.startsWith(`${c}.yaml`)));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const ac01: Assessment = assessRaw(loadFixture('ac-01.yaml'));
    const reviews = ac01.findings.filter((f) => f.outcome === 'review').length;
    expect(table.find((l) => l.startsWith('ac-01.yaml'))).toMatch(new RegExp(`L4\\s+\\d+ \\([\\d/]+\\)\\s+\\d+ \\([\\d/]+\\)\\s+${reviews} \\(`));
  });

  it('writes Markdown reports with --format md', async () => {
    const input = profilesFolder();
    const out = join(input, '..', 'md');
    expect(await runCli([input, '--out', out, '--format', 'md'], capturedIo())).toBe(0);
    expect(filesUnder(out)).toEqual([...CASES.map((c) => `${c}.assessment.md`), 'summary.csv', 'summary.json']);
  });

  it('reports every invalid file and writes nothing at all when any profile is invalid', async () => {
    const input = profilesFolder();
    writeFileSync(join(input, 'bad.yaml'), BAD_PROFILE);
    writeFileSync(join(input, 'broken.json'), '{"vendor": ');
    const out = join(input, '..', 'results');
    const io = capturedIo();
    expect(await runCli([input, '--out', out], io)).toBe(2);
    expect(io.err()).toContain(join(input, 'bad.yaml'));
    expect(io.err()).toContain(`${join(input, 'broken.json')}:1:12: JSON syntax error`);
    expect(io.err()).toContain('product.category');
    expect(io.err()).toMatch(/2 invalid profiles/);
    expect(io.out()).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a folder without --out, --out equal to the folder, and two profiles that would write the same result', async () => {
    const input = profilesFolder();
    for (const argv of [[input], [input, '--out', input]]) {
      const io = capturedIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err()).toMatch(/Nothing was written/);
    }
    writeFileSync(join(input, 'ac-01.json'), JSON.stringify(loadFixture('ac-01.yaml')));
    const out = join(input, '..', 'results');
    const io = capturedIo();
    expect(await runCli([input, '--out', out], io)).toBe(2);
    expect(io.err()).toMatch(/would both write ac-01\.assessment\.json/);
    expect(existsSync(out)).toBe(false);
  });
});
