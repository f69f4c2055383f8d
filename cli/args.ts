/**
 * Command-line arguments of `npm run assess` (node:util parseArgs) and the usage text. Knows nothing about
 * files or formats beyond the list of format names it is given.
 */
import { parseArgs } from 'node:util';

export interface CliOptions {
  /** A profile file (.json, .yaml, .yml) or a folder of them. */
  readonly input: string;
  readonly format: string;
  /** Output file (single profile) or folder (single profile or batch). */
  readonly out?: string;
  /** Confidentiality marking for report formats (cover and every page header), e.g. "Privileged & Confidential". */
  readonly marking?: string;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export function usageText(formats: readonly string[]): string {
  return [
    'Usage: npm run --silent assess -- <profile.json|.yaml|.yml|folder> [--format FORMAT] [--out FILE|DIR] [--marking TEXT]',
    '',
    'Assesses a vendor profile (contracts.md shape) offline and prints the assessment.',
    '',
    `  --format, -f FORMAT  ${formats.join(' | ')} (default json)`,
    '  --out, -o FILE|DIR   write to FILE, or into DIR as <name>.assessment.<ext>, instead of standard output.',
    '                       Required for a folder: one result per profile plus summary.csv and summary.json.',
    '  --marking TEXT       confidentiality marking on the cover and every page header of a report format',
    '                       (md, html, pdf, docx, xlsx, csv), e.g. "Privileged & Confidential — Attorney Work Product".',
    '  --help, -h           show this text',
    '',
    'Exit status: 0 assessed; 2 invalid profile or usage (nothing written); 1 unexpected error.',
    '',
  ].join('\n');
}

/** Longest marking accepted (a marking is one line on every page header). */
export const MAX_MARKING = 200;

export function parseCliArgs(argv: readonly string[], formats: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        marking: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return { kind: 'usage-error', message: e instanceof Error ? e.message : String(e) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1) {
    return { kind: 'usage-error', message: positionals.length === 0 ? 'Give one profile file or folder.' : `Give one profile file or folder, not ${positionals.length}.` };
  }
  const [input] = positionals as [string];
  const format = values.format;
  if (!formats.includes(values.format)) {
    return { kind: 'usage-error', message: `Unknown format "${values.format}"; allowed: ${formats.join(', ')}.` };
  }
  if (values.out === '') return { kind: 'usage-error', message: '--out needs a file or folder name.' };
  const marking = values.marking?.trim();
  if (values.marking !== undefined && marking === '') return { kind: 'usage-error', message: '--marking needs a text, e.g. "Privileged & Confidential".' };
  if (marking !== undefined && marking.length > MAX_MARKING) return { kind: 'usage-error', message: `--marking is limited to ${MAX_MARKING} characters.` };
  if (marking !== undefined && format === 'json') return { kind: 'usage-error', message: '--marking applies to report formats (md, html, pdf, docx, xlsx, csv), not json.' };
  return {
    kind: 'run',
    options: { input, format, ...(values.out !== undefined ? { out: values.out } : {}), ...(marking !== undefined ? { marking } : {}) },
  };
}
