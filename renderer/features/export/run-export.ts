/**
 * The export pipeline, free of React: build the model (report model or review bundle), write the chosen format,
 * save it through the platform. Steps are reported through `onStep`; between steps the event loop gets a turn and a
 * cancelled signal stops the job before anything is saved. Saving itself cannot be cancelled from here (the desktop
 * shows its own save dialog, and the main process writes the file atomically).
 */
import { INSTRUMENTS } from '../../../shared/catalogue/instruments';
import { MITIGATIONS } from '../../../shared/catalogue/mitigations';
import { utf8Length } from '../../../shared/bundle/parse';
import type { BundleEvidence } from '../../../shared/bundle/types';
import type { Assessment, Scores } from '../../../shared/engine/assessment';
import { MAX_OPEN_BYTES, type SaveFileResult } from '../../../shared/ipc/contract';
import { toCsv } from '../../../shared/report/csv';
import { toHtml } from '../../../shared/report/html';
import { buildBundle, toBundleJson } from '../../../shared/report/json';
import { toMarkdown } from '../../../shared/report/markdown';
import { buildReport } from '../../../shared/report/model';
import { reportHeaderTitle } from '../../../shared/report/running-header';
import type { ReportModel } from '../../../shared/report/types';
import type { AuditEntry, Review } from '../../../shared/review/types';
import type { Platform } from '../../platform/platform';
import { checkpoint, isAbort } from './checkpoint';
import { FORMAT_EXTENSION, markingOf, reportOptionsOf, type ExportChoices } from './export-options';
import { exportFileName } from './file-name';

export type ExportStep = 'model' | 'write' | 'save';
export const EXPORT_STEPS: readonly ExportStep[] = ['model', 'write', 'save'];

export interface ExportJob {
  readonly review: Review;
  /** The live assessment of the review's answers (stamped with the catalogue version). */
  readonly assessment: Assessment;
  /** Scores after the implemented mitigations, as the results panel shows them. */
  readonly residual: Scores | null;
  readonly audit: readonly AuditEntry[];
  /** Evidence metadata (the report appendix lists it; a bundle carries it). */
  readonly evidence: readonly BundleEvidence[];
  /**
   * Reads the evidence again with the files' contents (base64): called only for a bundle with "include evidence
   * files", during the model step, so it shows progress and can be cancelled. Without it, `evidence` is used as is.
   */
  readonly evidenceWithContents?: () => Promise<readonly BundleEvidence[]>;
  /** Reviewer name from Settings, printed on the cover. */
  readonly reviewer: string;
  readonly choices: ExportChoices;
  /** ISO time of the export. */
  readonly now: string;
  /** Name of the save dialog's file-type filter, in the UI language (e.g. "Markdown document"). */
  readonly filterName: string;
}

export interface ExportEnv {
  readonly platform: Platform;
  /** @font-face rules for the report fonts (PDF only). */
  readonly fontCss: () => string;
  /** Font sources the printed HTML's Content-Security-Policy allows. */
  readonly fontSrc: readonly string[];
  /** Largest bundle written, in UTF-8 bytes (default MAX_OPEN_BYTES, the most Airlock imports). */
  readonly maxBundleBytes?: number;
}

export type ExportOutcome =
  | SaveFileResult
  /** Browser PDF: the report went to the print dialog, where the user saves it. */
  | { readonly status: 'print-dialog' }
  /** A bundle larger than Airlock imports (MAX_OPEN_BYTES): not written, since it could never be imported again. */
  | { readonly status: 'too-large'; readonly bytes: number; readonly limit: number };

export interface RunOptions {
  readonly signal: AbortSignal;
  readonly onStep?: (step: ExportStep) => void;
}

type Written = { readonly ok: true; readonly data: string | Uint8Array<ArrayBuffer> } | { readonly ok: false; readonly outcome: ExportOutcome };

/** The bytes over a plain ArrayBuffer, as the save request takes them (copied only when they are not). */
function plainBytes(b: Uint8Array): Uint8Array<ArrayBuffer> {
  return b.buffer instanceof ArrayBuffer ? (b as Uint8Array<ArrayBuffer>) : new Uint8Array(b);
}

async function writeReport(model: ReportModel, job: ExportJob, env: ExportEnv): Promise<Written> {
  switch (job.choices.format) {
    case 'md':
      return { ok: true, data: toMarkdown(model) };
    case 'csv':
      return { ok: true, data: toCsv(model) };
    case 'html':
      // A file people open anywhere: no links to the app's fonts (the font stack falls back to system fonts).
      return { ok: true, data: toHtml(model) };
    // The Word and Excel writers (docx, exceljs) are large: loaded on first use, so they do not slow the app's start.
    case 'docx': {
      const { toDocx } = await import('../../../shared/report/docx');
      return { ok: true, data: plainBytes(await toDocx(model)) };
    }
    case 'xlsx': {
      const { toXlsx } = await import('../../../shared/report/xlsx');
      return { ok: true, data: plainBytes(await toXlsx(model)) };
    }
    case 'pdf': {
      const web = env.platform.kind === 'web';
      const html = toHtml(model, { fontCss: env.fontCss(), fontSrc: env.fontSrc, cssRunningHeader: web });
      const marking = markingOf(job.choices);
      const result = await env.platform.renderPdf({
        html,
        options: { pageSize: 'A4', headerTitle: reportHeaderTitle(model.cover), ...(marking ? { marking } : {}) },
      });
      if (result.status === 'ok') return { ok: true, data: plainBytes(result.bytes) };
      return { ok: false, outcome: result };
    }
    case 'bundle':
      throw new Error('A review bundle is not a report.');
  }
}

/** Runs one export. Never throws: failures come back as `{ status: 'error', message }`. */
export async function runExport(job: ExportJob, env: ExportEnv, { signal, onStep }: RunOptions): Promise<ExportOutcome> {
  const { choices } = job;
  try {
    onStep?.('model');
    await checkpoint(signal);
    const appVersion = (await env.platform.appInfo()).version;
    signal.throwIfAborted();
    const withFiles = choices.format === 'bundle' && choices.includeEvidenceFiles && job.evidence.length > 0 && job.evidenceWithContents ? await job.evidenceWithContents() : null;
    signal.throwIfAborted();
    const bundle =
      choices.format === 'bundle'
        ? buildBundle({
            review: job.review,
            assessment: job.assessment,
            audit: job.audit,
            evidence: choices.includeEvidenceFiles ? (withFiles ?? job.evidence) : job.evidence.map(({ contentBase64: _dropped, ...meta }) => meta),
            exportedAt: job.now,
            appVersion,
          })
        : null;
    const model =
      bundle === null
        ? buildReport(
            {
              review: job.review,
              assessment: job.assessment,
              instruments: INSTRUMENTS,
              mitigations: MITIGATIONS,
              audit: job.audit,
              evidence: job.evidence,
              ...(job.residual ? { residual: job.residual } : {}),
              reviewer: job.reviewer,
              generatedAt: job.now,
              appVersion,
            },
            reportOptionsOf(choices),
          )
        : null;

    onStep?.('write');
    await checkpoint(signal);
    const written: Written = bundle !== null ? { ok: true, data: toBundleJson(bundle) } : model !== null ? await writeReport(model, job, env) : { ok: false, outcome: { status: 'error', message: 'Nothing to write.' } };
    if (!written.ok) return written.outcome;
    if (bundle !== null && typeof written.data === 'string') {
      const bytes = utf8Length(written.data); // a bundle with evidence files can be hundreds of megabytes: count, do not encode
      const limit = env.maxBundleBytes ?? MAX_OPEN_BYTES;
      if (bytes > limit) return { status: 'too-large', bytes, limit };
    }

    await checkpoint(signal);
    onStep?.('save');
    const extension = FORMAT_EXTENSION[choices.format];
    return await env.platform.saveFile({
      suggestedName: exportFileName(job.review, choices.format, job.now),
      filters: [{ name: job.filterName.slice(0, 100) || extension, extensions: [extension] }],
      data: written.data,
    });
  } catch (e) {
    if (isAbort(e, signal)) return { status: 'cancelled' };
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
