/**
 * What the reviewer chooses in the export dialog: the format, the confidentiality marking and the redactions (reports),
 * or whether evidence files travel with a review bundle. Pure data and the mapping to the report writer's options.
 */
import type { RedactionOptions, ReportOptions } from '../../../shared/report/types';

export type ExportFormat = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'md' | 'html' | 'bundle';

/** In the order the dialog lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'xlsx', 'csv', 'md', 'html', 'bundle'];

/** File extension of each format (the save dialog's filter and the suggested name). */
export const FORMAT_EXTENSION: Readonly<Record<ExportFormat, string>> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  csv: 'csv',
  md: 'md',
  html: 'html',
  bundle: 'json',
};

/** Formats that print the report model (every format but the review bundle). */
export function isReportFormat(format: ExportFormat): boolean {
  return format !== 'bundle';
}

/** Formats that carry only the findings register. */
export function isRegisterFormat(format: ExportFormat): boolean {
  return format === 'csv' || format === 'xlsx';
}

export type MarkingChoice = 'none' | 'privileged' | 'confidential' | 'custom';
export const MARKING_CHOICES: readonly MarkingChoice[] = ['none', 'privileged', 'confidential', 'custom'];

/** The marking printed in the document (reports are written in English, so the markings are too). */
export const MARKING_TEXT: Readonly<Record<'privileged' | 'confidential', string>> = {
  privileged: 'Privileged & Confidential — Attorney Work Product',
  confidential: 'Confidential',
};

/** Longest custom marking: it is printed in every page header (one line). */
export const MAX_MARKING_LENGTH = 100;

export interface ExportChoices {
  readonly format: ExportFormat;
  readonly marking: MarkingChoice;
  readonly customMarking: string;
  readonly redaction: RedactionOptions;
  /** Bundles only: include the evidence files' contents, not just their metadata. */
  readonly includeEvidenceFiles: boolean;
}

export const NO_REDACTION: RedactionOptions = { internalNotes: false, evidenceNames: false, vendorConfidential: false };

export const DEFAULT_CHOICES: ExportChoices = {
  format: 'pdf',
  marking: 'privileged',
  customMarking: '',
  redaction: NO_REDACTION,
  includeEvidenceFiles: true,
};

/** A custom marking as it will be printed: one line, trimmed, at most MAX_MARKING_LENGTH characters. */
export function cleanMarking(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 0x20 || c === 0x7f ? ' ' : ch;
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, MAX_MARKING_LENGTH);
}

/** The marking text, or undefined for none (or an empty custom marking). */
export function markingOf(choices: Pick<ExportChoices, 'marking' | 'customMarking'>): string | undefined {
  switch (choices.marking) {
    case 'none':
      return undefined;
    case 'custom':
      return cleanMarking(choices.customMarking) || undefined;
    default:
      return MARKING_TEXT[choices.marking];
  }
}

export function reportOptionsOf(choices: ExportChoices): ReportOptions {
  const marking = markingOf(choices);
  return marking === undefined ? { redaction: choices.redaction } : { marking, redaction: choices.redaction };
}
