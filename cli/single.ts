/**
 * Assesses one profile file and writes the chosen format to stdout, to --out FILE, or into --out DIR as
 * `<name><extension>`. An invalid profile prints every problem and writes nothing.
 */
import { dirname, join } from 'node:path';
import { assess } from '../shared/engine/assess';
import type { CliOptions } from './args';
import type { FormatWriter } from './formats';
import type { CliIo } from './io';
import { loadProfile, profileStem } from './load-profile';
import { printInvalid } from './report-problems';

/** Exit status: 0 written, 2 invalid profile or unusable --out. */
export async function assessFile(options: CliOptions, writer: FormatWriter, io: CliIo): Promise<number> {
  const loaded = await loadProfile(options.input, io);
  if (!loaded.ok) {
    printInvalid([loaded], io);
    return 2;
  }
  for (const note of loaded.notes) io.stderr(`${loaded.file}: ${note}\n`);

  let target: string | undefined;
  if (options.out !== undefined) {
    const kind = await io.kindOf(options.out);
    if (kind === 'dir') target = join(options.out, profileStem(options.input) + writer.extension);
    else if (kind === 'file' || (kind === 'missing' && (await io.kindOf(dirname(options.out))) === 'dir')) target = options.out;
    else {
      io.stderr(`Cannot write ${options.out}: ${kind === 'missing' ? 'its folder does not exist' : 'not a file or folder'}. Nothing was written.\n`);
      return 2;
    }
  }

  const assessment = assess(loaded.profile);
  const data = await writer.render({ assessment, profile: loaded.raw, fileName: options.input, now: io.now(), appVersion: io.appVersion, ...(options.marking !== undefined ? { marking: options.marking } : {}) });
  if (target === undefined) {
    io.stdout(data);
  } else {
    await io.writeAtomic(target, data);
    io.stderr(`Wrote ${target}\n`);
  }
  return 0;
}
