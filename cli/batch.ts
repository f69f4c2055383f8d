/**
 * Batch mode: assesses every .json/.yaml/.yml file of a folder (sorted, not recursive) into --out DIR, one result
 * per profile plus summary.csv and summary.json, and prints the summary table. Everything is validated first: if any
 * profile is invalid, all of them are reported and nothing at all is written.
 */
import { join, resolve } from 'node:path';
import { assess } from '../shared/engine/assess';
import type { Assessment } from '../shared/engine/assessment';
import type { CliOptions } from './args';
import type { FormatWriter } from './formats';
import type { CliIo } from './io';
import { isProfileFileName, loadProfile, profileStem, type LoadedProfile } from './load-profile';
import { printInvalid } from './report-problems';
import { summariseAssessment, summaryCsv, summaryJson, summaryTable } from './summary';

export const SUMMARY_FILES = ['summary.csv', 'summary.json'] as const;

/** Profile files of a folder, sorted by name (code-unit order, so the same on every machine). */
export async function listProfiles(dir: string, io: Pick<CliIo, 'listDir' | 'kindOf'>): Promise<string[]> {
  const names = (await io.listDir(dir)).filter(isProfileFileName).sort();
  const files: string[] = [];
  for (const name of names) if ((await io.kindOf(join(dir, name))) === 'file') files.push(name);
  return files;
}

type Valid = Extract<LoadedProfile, { ok: true }>;

/** Exit status: 0 all written, 2 usage problem or any invalid profile (nothing written). */
export async function assessFolder(options: CliOptions, writer: FormatWriter, io: CliIo): Promise<number> {
  const { input, out } = options;
  if (out === undefined) {
    io.stderr('A folder needs --out DIR for the results. Nothing was written.\n');
    return 2;
  }
  if (resolve(out) === resolve(input)) {
    io.stderr('--out must be another folder than the profiles folder (results would be read back as profiles). Nothing was written.\n');
    return 2;
  }
  const outKind = await io.kindOf(out);
  if (outKind !== 'dir' && outKind !== 'missing') {
    io.stderr(`--out ${out} exists and is not a folder. Nothing was written.\n`);
    return 2;
  }
  const names = await listProfiles(input, io);
  if (names.length === 0) {
    io.stderr(`No .json, .yaml or .yml profile in ${input}. Nothing was written.\n`);
    return 2;
  }

  const loaded = await Promise.all(names.map((name) => loadProfile(join(input, name), io)));
  const invalid = loaded.filter((l) => !l.ok);
  if (invalid.length > 0) {
    printInvalid(invalid, io);
    return 2;
  }
  const valid = loaded.filter((l): l is Valid => l.ok);

  const targets = new Map<string, string>();
  for (const l of valid) {
    const target = profileStem(l.file) + writer.extension;
    const clash = targets.get(target);
    if (clash !== undefined) {
      io.stderr(`${clash} and ${l.file} would both write ${target}; rename one. Nothing was written.\n`);
      return 2;
    }
    targets.set(target, l.file);
  }

  const now = io.now();
  const results: { name: string; target: string; assessment: Assessment; data: string | Uint8Array }[] = [];
  for (const [i, l] of valid.entries()) {
    for (const note of l.notes) io.stderr(`${l.file}: ${note}\n`);
    const assessment = assess(l.profile);
    const data = await writer.render({ assessment, profile: l.raw, fileName: l.file, now, appVersion: io.appVersion, ...(options.marking !== undefined ? { marking: options.marking } : {}) });
    results.push({ name: names[i] ?? l.file, target: profileStem(l.file) + writer.extension, assessment, data });
  }

  const rows = results.map((r) => summariseAssessment(r.name, r.assessment));
  const first = results[0]?.assessment;
  const meta = { generatedAt: now, catalogueVersion: first?.catalogueVersion ?? '', engineVersion: first?.engineVersion ?? '', format: options.format };

  await io.ensureDir(out);
  for (const r of results) await io.writeAtomic(join(out, r.target), r.data);
  await io.writeAtomic(join(out, 'summary.csv'), summaryCsv(rows));
  await io.writeAtomic(join(out, 'summary.json'), summaryJson(rows, meta));

  io.stdout(summaryTable(rows));
  io.stderr(`Wrote ${results.length} result${results.length === 1 ? '' : 's'}, summary.csv and summary.json to ${out}\n`);
  return 0;
}
