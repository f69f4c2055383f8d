/**
 * Output formats of the command: a registry `format name → writer`. A writer turns one assessment (with the
 * profile it came from) into the bytes of one output file. Adding a format (pdf, docx, xlsx, csv, html) is one
 * entry here; argument parsing, batch and summaries pick it up from this table.
 */
import type { Assessment } from '../shared/engine/assessment';
import type { ProfileAnswers } from '../shared/review/types';
import { renderMarkdownReport } from './markdown';

export interface RenderInput {
  readonly assessment: Assessment;
  /** The profile as the file gave it. */
  readonly profile: ProfileAnswers;
  /** The profile file name as the user gave it; titles the report. */
  readonly fileName: string;
  /** ISO time of the run, for report covers. */
  readonly now: string;
  /** Version printed on reports. */
  readonly appVersion?: string;
}

/** The bytes of one output file. */
export type Rendered = string | Uint8Array;

/** A writer may render synchronously (json, md) or asynchronously (pdf through a headless browser). */
export interface FormatWriter<Out extends Rendered | Promise<Rendered> = Rendered | Promise<Rendered>> {
  /** Appended to the profile's stem in batch mode and when --out is a folder: `acme` → `acme.assessment.json`. */
  readonly extension: string;
  readonly description: string;
  readonly render: (input: RenderInput) => Out;
}

const json: FormatWriter<string> = {
  extension: '.assessment.json',
  description: 'the assessment exactly as contracts.md defines it, pretty-printed',
  render: ({ assessment }) => `${JSON.stringify(assessment, null, 2)}\n`,
};

const md: FormatWriter<string> = {
  extension: '.assessment.md',
  description: 'a readable Markdown report',
  render: renderMarkdownReport,
};

/** Every format, by the name `--format` takes. */
export const FORMATS = { json, md } as const satisfies Readonly<Record<string, FormatWriter>>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATS);

export function formatByName(name: string): FormatWriter | undefined {
  return Object.hasOwn(FORMATS, name) ? FORMATS[name as FormatName] : undefined;
}
