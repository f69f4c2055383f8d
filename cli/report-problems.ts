/**
 * Prints invalid profiles to stderr: one header per file, then every problem on its own line (path, message,
 * allowed values), then a reminder that nothing was written.
 */
import type { CliIo } from './io';
import { formatProblem, type Problem } from './load-profile';

export interface InvalidFile {
  readonly file: string;
  readonly problems: readonly Problem[];
}

export function printInvalid(files: readonly InvalidFile[], io: Pick<CliIo, 'stderr'>): void {
  const lines: string[] = [];
  for (const f of files) {
    const n = f.problems.length;
    lines.push(`${f.file}: invalid profile (${n} problem${n === 1 ? '' : 's'})`);
    for (const p of f.problems) lines.push(`  ${formatProblem(p)}`);
  }
  lines.push(files.length > 1 ? `${files.length} invalid profiles. Nothing was assessed or written.` : 'Nothing was assessed or written.');
  io.stderr(`${lines.join('\n')}\n`);
}
