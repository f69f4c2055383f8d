/**
 * The `md` writer: the shared report model (shared/report) laid out as Markdown. The command has no stored review,
 * so it synthesises one from the profile file name; nothing is redacted (the reader ran the command on their own
 * profile).
 */
import { basename } from 'node:path';
import { INSTRUMENTS } from '../shared/catalogue/instruments';
import { MITIGATIONS } from '../shared/catalogue/mitigations';
import { toMarkdown } from '../shared/report/markdown';
import { buildReport } from '../shared/report/model';
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

export function renderMarkdownReport(input: RenderInput): string {
  const model = buildReport(
    {
      review: reviewFromProfileFile(input),
      assessment: input.assessment,
      instruments: INSTRUMENTS,
      mitigations: MITIGATIONS,
      reviewer: CLI_REVIEWER,
      generatedAt: input.now,
      appVersion: input.appVersion ?? 'unknown',
    },
    { redaction: { internalNotes: false, evidenceNames: false, vendorConfidential: false } },
  );
  return toMarkdown(model);
}
