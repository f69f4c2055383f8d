/**
 * Output formats of the command: a registry `format name → writer`. A writer turns one assessment (with the
 * profile it came from) into the bytes of one output file. Every report format uses the same report model and
 * writers as the app (shared/report); adding a format is one entry here; argument parsing, batch and summaries pick
 * it up from this table.
 */
import type { Assessment } from '../shared/engine/assessment';
import type { ProfileAnswers } from '../shared/review/types';
import { toCsv } from '../shared/report/csv';
import { toDocx } from '../shared/report/docx';
import { toHtml } from '../shared/report/html';
import { toMarkdown } from '../shared/report/markdown';
import { toXlsx } from '../shared/report/xlsx';
import { reportPdf } from './pdf';
import { reportModelFor } from './report';

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
  /** Confidentiality marking for report formats (`--marking`). */
  readonly marking?: string;
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
  render: (input) => toMarkdown(reportModelFor(input)),
};

const html: FormatWriter<string> = {
  extension: '.assessment.html',
  // Self-contained: no external file is referenced, so the font stack falls back to the reader's installed
  // Latin and CJK fonts (embedding the whole CJK font would add megabytes to every report).
  description: 'a self-contained HTML report (no external resources)',
  render: (input) => toHtml(reportModelFor(input)),
};

const pdf: FormatWriter<Promise<Uint8Array>> = {
  extension: '.assessment.pdf',
  description: 'the report as PDF, printed by a local Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
  render: (input) => reportPdf(reportModelFor(input)),
};

const docx: FormatWriter<Promise<Uint8Array>> = {
  extension: '.assessment.docx',
  description: 'an editable Word memo with footnoted citations',
  render: (input) => toDocx(reportModelFor(input)),
};

const xlsx: FormatWriter<Promise<Uint8Array>> = {
  extension: '.findings.xlsx',
  description: 'the findings register as an Excel workbook (Findings, Summary, Profile sheets)',
  render: (input) => toXlsx(reportModelFor(input)),
};

const csv: FormatWriter<string> = {
  extension: '.findings.csv',
  description: 'the findings register as CSV (UTF-8 with BOM), one row per finding',
  render: (input) => toCsv(reportModelFor(input)),
};

/** Every format, by the name `--format` takes. */
export const FORMATS = { json, md, html, pdf, docx, xlsx, csv } as const satisfies Readonly<Record<string, FormatWriter>>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATS);

export function formatByName(name: string): FormatWriter | undefined {
  return Object.hasOwn(FORMATS, name) ? FORMATS[name as FormatName] : undefined;
}
