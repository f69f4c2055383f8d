/**
 * The report model for the command's report formats (md, html, pdf, docx, xlsx, csv): the same shared/report model
 * and writers the app uses. The command has no stored review, so it synthesises one from the profile file name;
 * nothing is redacted (the reader ran the command on their own profile).
 */
import { basename } from 'node:path';
import { INSTRUMENTS } from '../shared/catalogue/instruments';
import { MITIGATIONS } from '../shared/catalogue/mitigations';
import { buildReport } from '../shared/report/model';
import type { ReportModel } from '../shared/report/types';
import type { Review } from '../shared/review/types';
import type { RenderInput } from './formats';
import { profileStem } from './load-profile';

/** Who the report names as reviewer when it comes from the command line. */
export const CLI_REVIEWER = 'Airlock command line (no reviewer)';

/** A review standing in for the one the app would have: titled by the file, no decisions, revision 1. */
export function reviewFromProfileFile(input: RenderInput): Review {
  const stem = profileStem(input.fileName);
  return {
    id: `cli:${stem}`,
    createdAt: input.now,
    updatedAt: input.now,
    archivedAt: null,
    title: basename(input.fileName),
    vendorName: stem,
    productName: stem,
    profile: input.profile,
    decisions: {},
    catalogueVersion: input.assessment.catalogueVersion,
    revision: 1,
  };
}

/** The report model of one assessed profile file. */
export function reportModelFor(input: RenderInput): ReportModel {
  return buildReport(
    {
      review: reviewFromProfileFile(input),
      assessment: input.assessment,
      instruments: INSTRUMENTS,
      mitigations: MITIGATIONS,
      reviewer: CLI_REVIEWER,
      generatedAt: input.now,
      appVersion: input.appVersion ?? 'unknown',
    },
    {
      redaction: { internalNotes: false, evidenceNames: false, vendorConfidential: false },
      ...(input.marking !== undefined ? { marking: input.marking } : {}),
    },
  );
}
