/**
 * Builds the one report model every writer prints, from a review, its assessment and the catalogue. All choices
 * about what a report says live here (wording, ordering, redaction); writers only lay it out. REVIEW findings are
 * never dropped (invariant I-11): they appear in the findings, the executive summary and the open questions.
 */
import type { ExposureKind, Instrument, LegalRef, Mitigation, MitigationCode, Severity } from '../catalogue/types';
import { EXPOSURE_KINDS } from '../catalogue/types';
import type { Assessment, Finding, FloorApplied, Scores, TraceEntry } from '../engine/assessment';
import type { AuditEntry, FindingDecision, ReviewChange } from '../review/types';
import type {
  ReportAudit,
  ReportAuditLine,
  ReportCitation,
  ReportEvidenceLine,
  ReportFinding,
  ReportFindingGroup,
  ReportFloorLine,
  ReportInput,
  ReportMitigationLine,
  ReportMitigationSummary,
  ReportMlps,
  ReportModel,
  ReportOpenQuestion,
  ReportOptions,
  ReportProfileSection,
  ReportScoreLine,
  ReportTraceStep,
} from './types';
import { REDACTED } from './types';
import {
  CONFIDENCE_TEXT,
  EXPOSURE_TITLE,
  MITIGATION_STATUS_TEXT,
  NOT_LEGAL_ADVICE,
  OUTCOME_TEXT,
  PROFILE_SECTIONS,
  SECTION_TITLE,
  STATUS_TEXT,
  articlesText,
  fieldLabel,
  isUnknownValue,
  reviewReasonText,
  severityText,
  valueText,
} from './wording';

/**
 * Profile answers treated as vendor-confidential: facts about the vendor's internal organisation, architecture and
 * security operations that vendors usually disclose only under NDA (China staffing, a pending cybersecurity review,
 * crypto design and certification, key custody, telemetry, update and cloud infrastructure, remote access and the
 * vulnerability process). With `redaction.vendorConfidential` their values are replaced by "[redacted]" in the
 * profile summary, in every why-trace step that tests them and in the audit summary. Findings themselves stay: the
 * reader sees that a rule fires, not the vendor's answer behind it.
 */
export const VENDOR_CONFIDENTIAL_FIELDS: readonly string[] = [
  'vendor.staff_in_china',
  'vendor.review_status',
  'vendor.named_in_reported_restriction',
  'product.crypto_functions',
  'product.crypto_sm_support',
  'product.crypto_cn_certified',
  'product.key_custody',
  'product.telemetry',
  'product.update_channel',
  'product.vendor_cloud_location',
  'ops.remote_maintenance',
  'ops.vendor_privileged_access',
  'ops.vuln_process',
];

/** Report title printed on the cover. */
export const REPORT_TITLE = 'China exposure due-diligence report';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** Builds the report model. Pure: everything it needs, including the time, comes in through `input`. */
export function buildReport(input: ReportInput, options: ReportOptions): ReportModel {
  const { review, assessment } = input;
  const red = options.redaction;
  const confidential = new Set(red.vendorConfidential ? VENDOR_CONFIDENTIAL_FIELDS : []);
  const instruments = new Map(input.instruments.map((i) => [i.id as string, i]));
  const mitigations = new Map(input.mitigations.map((m) => [m.code as string, m]));

  const findings = assessment.findings.map((f) =>
    buildFinding(f, review.decisions[f.ruleId] ?? {}, instruments, mitigations, confidential, red.internalNotes),
  );

  const countsByOutcome = { fire: 0, conditional: 0, review: 0 };
  const countsBySeverity: Record<Severity | 'none', number> = { info: 0, low: 0, medium: 0, high: 0, critical: 0, none: 0 };
  for (const f of findings) {
    countsByOutcome[f.outcome]++;
    countsBySeverity[f.effectiveSeverity ?? 'none']++;
  }
  const topExposures = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.outcome !== 'review' && f.effectiveSeverity !== null && !(f.exposure.length === 1 && f.exposure[0] === 'derivation'))
    .sort((a, b) => rankOf(b.f.effectiveSeverity) - rankOf(a.f.effectiveSeverity) || outcomeRank(a.f) - outcomeRank(b.f) || a.i - b.i)
    .slice(0, 5)
    .map(({ f }) => f);

  const mlps = buildMlps(assessment);
  const redactions: string[] = [];
  if (red.internalNotes) redactions.push('internal notes (reviewer, mitigation and evidence notes) removed');
  if (red.evidenceNames) redactions.push('evidence file names removed (hashes kept)');
  if (red.vendorConfidential) redactions.push(`vendor-confidential answers removed (${VENDOR_CONFIDENTIAL_FIELDS.join(', ')})`);

  return {
    cover: {
      title: REPORT_TITLE,
      reviewTitle: review.title,
      vendor: review.vendorName,
      product: review.productName,
      reviewer: input.reviewer,
      generatedAt: input.generatedAt,
      date: input.generatedAt.slice(0, 10),
      catalogueVersion: assessment.catalogueVersion,
      engineVersion: assessment.engineVersion,
      appVersion: input.appVersion,
      reviewId: review.id,
      revision: review.revision,
      ...(options.marking !== undefined && options.marking.trim() !== '' ? { marking: options.marking.trim() } : {}),
      redactions,
    },
    summary: {
      levelRange: mlps.levelRange,
      ...(mlps.notApplicableReason !== undefined ? { mlpsNotApplicable: mlps.notApplicableReason } : {}),
      topExposures,
      scores: scoreLines(assessment.scores, input.residual),
      hasResidual: input.residual !== undefined,
      countsByOutcome,
      countsBySeverity,
      reviewItems: findings.filter((f) => f.outcome === 'review'),
      overrides: findings.filter((f) => f.override !== undefined).length,
    },
    profile: buildProfile(input, confidential),
    mlps,
    findings,
    findingGroups: groupFindings(findings),
    mitigations: summariseMitigations(findings, mitigations),
    evidence: (input.evidence ?? []).map((e): ReportEvidenceLine => ({
      id: e.id,
      name: red.evidenceNames ? REDACTED : e.name,
      sha256: e.sha256,
      size: e.size,
      addedAt: e.addedAt,
      ...(e.note !== undefined && e.note !== '' && !red.internalNotes ? { note: e.note } : {}),
      ruleIds: e.ruleIds ?? [],
    })),
    assumptions: buildAssumptions(input, findings),
    audit: buildAudit(input.audit ?? [], confidential, red.internalNotes),
    disclaimer: [...NOT_LEGAL_ADVICE, ...(assessment.disclaimer.trim() !== '' && !NOT_LEGAL_ADVICE.includes(assessment.disclaimer) ? [assessment.disclaimer] : [])],
  };
}

function rankOf(s: Severity | null): number {
  return s === null ? -1 : SEVERITY_RANK[s];
}

function outcomeRank(f: ReportFinding): number {
  return f.outcome === 'fire' ? 0 : f.outcome === 'conditional' ? 1 : 2;
}

function buildFinding(
  f: Finding,
  decision: FindingDecision,
  instruments: ReadonlyMap<string, Instrument>,
  mitigations: ReadonlyMap<string, Mitigation>,
  confidential: ReadonlySet<string>,
  hideNotes: boolean,
): ReportFinding {
  const override = decision.severityOverride;
  const effective = override?.severity ?? f.severity;
  const trace = f.trace.map((t) => traceStep(t, confidential));
  const unknownFields = unique(f.trace.filter((t) => t.result === 'unknown' && isProfilePath(t.field)).map((t) => t.field));
  const reasons = [
    ...(f.reviewReasons ?? []).map(reviewReasonText),
    ...(f.outcome === 'review' && f.factsOutcome !== undefined ? [`on the facts alone it ${OUTCOME_TEXT[f.factsOutcome]}`] : []),
  ];
  const question =
    f.outcome !== 'review'
      ? undefined
      : [
          unknownFields.length > 0 ? `Answer ${unknownFields.join(', ')}` : '',
          (f.reviewReasons ?? []).includes('uncertain-basis') ? 'have counsel confirm the uncertain legal basis' : '',
          (f.reviewReasons ?? []).includes('dependency') ? 'resolve the rules it depends on' : '',
        ]
          .filter((s) => s !== '')
          .join('; ') || 'Confirm the open points behind this finding';
  const codes = unique([...f.mitigations, ...(Object.keys(decision.mitigations ?? {}) as MitigationCode[])]);
  const sevText = severityText(f);
  return {
    ruleId: f.ruleId,
    ruleVersion: f.ruleVersion,
    title: f.title,
    ...opt('titleZh', f.titleZh),
    outcome: f.outcome,
    outcomeText: OUTCOME_TEXT[f.outcome],
    severity: f.severity,
    severityText: sevText,
    ...opt('severityReason', f.severityReason),
    ...(override !== undefined
      ? { override: { severity: override.severity, justification: override.justification, by: override.by, at: override.at } }
      : {}),
    effectiveSeverity: effective,
    effectiveSeverityText: override !== undefined ? `${override.severity} (reviewer override; engine: ${sevText})` : sevText,
    confidence: f.confidence,
    confidenceText: CONFIDENCE_TEXT[f.confidence],
    exposure: f.exposure,
    exposureText: f.exposure.join(', '),
    legalBasis: f.legalBasis.map((r) => citation(r, instruments)),
    ...opt('rationale', f.rationale),
    ...opt('rationaleZh', f.rationaleZh),
    ...opt('notice', f.notice),
    ...opt('noticeZh', f.noticeZh),
    trace,
    traceSummary: traceSummary(trace),
    mitigations: codes.map((code): ReportMitigationLine => {
      const m = mitigations.get(code);
      const d = decision.mitigations?.[code];
      const status = d?.status ?? 'undecided';
      return {
        code,
        title: m?.title.en ?? code,
        ...opt('titleZh', m?.title.zh),
        status,
        statusText: MITIGATION_STATUS_TEXT[status],
        ...(d?.note !== undefined && d.note !== '' && !hideNotes ? { note: d.note } : {}),
        ...opt('decidedBy', d?.by),
        ...opt('decidedAt', d?.at),
        ...opt('limits', m?.limits.en),
      };
    }),
    mitigationNotes: f.mitigationNotes ?? [],
    ...(decision.note !== undefined && decision.note !== '' && !hideNotes ? { reviewerNote: decision.note } : {}),
    reviewReasons: reasons,
    conditionalOn: f.conditionalOn ?? [],
    ...opt('question', question),
  };
}

/** Resolves one legal reference against the instruments table and words it for print. */
export function citation(r: LegalRef, instruments: ReadonlyMap<string, Instrument>): ReportCitation {
  const ins = instruments.get(r.instrument);
  const articles = articlesText(r);
  const status = ins?.status ?? 'unknown';
  const historical = ins?.historical ?? false;
  const nameEn = ins?.name.en ?? r.instrument;
  const short = ins?.short ?? r.instrument;
  const parts = [
    short,
    articles,
    nameEn === short ? undefined : nameEn,
    ins?.name.zh,
    STATUS_TEXT[status],
    historical ? 'historical, not current law' : undefined,
    r.confidence,
  ].filter((p): p is string => p !== undefined && p !== '');
  return {
    instrumentId: r.instrument,
    short,
    nameEn,
    ...opt('nameZh', ins?.name.zh),
    ...opt('articles', articles),
    status,
    statusText: STATUS_TEXT[status],
    confidence: r.confidence,
    confidenceText: CONFIDENCE_TEXT[r.confidence],
    historical,
    ...opt('docNumber', ins?.docNumber),
    ...opt('note', r.note),
    text: parts.join(', ') + (r.note !== undefined && r.note !== '' ? `. ${r.note}` : ''),
  };
}

function traceStep(t: TraceEntry, confidential: ReadonlySet<string>): ReportTraceStep {
  const resultText = t.result === true ? 'holds' : t.result === false ? 'does not hold' : 'unknown';
  return {
    field: t.field,
    value: confidential.has(t.field) ? REDACTED : valueText(t.value),
    test: t.test,
    result: t.result,
    resultText: t.viaLikely === true ? `${resultText} (via a 'likely' answer)` : resultText,
    viaLikely: t.viaLikely === true,
  };
}

function traceSummary(trace: readonly ReportTraceStep[]): string {
  const decisive = trace.filter((t) => t.result !== false);
  const shown = decisive.length > 0 ? decisive : trace;
  return shown.map((t) => `${t.field} = ${t.value} [${t.test}] → ${t.resultText}`).join('; ');
}

function buildMlps(a: Assessment): ReportMlps {
  const m = a.mlps;
  if (m === null) {
    const reason = a.mlpsNotApplicable ?? 'MLPS does not apply: no system graded in China was described.';
    return { applicable: false, notApplicableReason: reason, levelRange: 'N/A', declared: 'n/a', floorsApplied: [], floorsPending: [], warnings: [], basis: [] };
  }
  return {
    applicable: true,
    levelRange: m.levelMin === m.levelMax ? `${m.levelMin}` : `${m.levelMin}–${m.levelMax}`,
    levelMin: m.levelMin,
    levelMax: m.levelMax,
    stdLevel: m.stdLevel,
    t2025Level: m.t2025Level,
    declared: m.declared === null ? 'not stated' : String(m.declared),
    floorsApplied: m.floorsApplied.map((f) => floorLine(f, false)),
    floorsPending: m.floorsPending.map((f) => floorLine(f, true)),
    warnings: m.warnings.map((w) => ({ code: w.code, message: w.message })),
    basis: m.basis,
  };
}

const FLOOR_TEXT: Readonly<Record<FloorApplied['id'], string>> = {
  'F-CII': 'critical information infrastructure',
  'F-DATA': 'important or core data',
  'F-DATA-IMPORTANT': 'important data',
  'F-DATA-CORE': 'core data',
  'F-HEALTH': 'tertiary-A hospital core system',
  'F-PLATFORM': 'platform hosting other graded systems',
  'F-L5': 'level-5 candidate',
};

function floorLine(f: FloorApplied, pending: boolean): ReportFloorLine {
  const base = `${f.id} (${FLOOR_TEXT[f.id]}): at least level ${f.level}`;
  const text = pending ? `${base}, if the unknown answer behind it is confirmed` : f.conditional ? `${base}, conditional on a 'likely' answer` : base;
  return { id: f.id, level: f.level, conditional: f.conditional, text };
}

function scoreLines(s: Scores, residual: Scores | undefined): ReportScoreLine[] {
  const line = (key: string, label: string, value: number, res: number | undefined): ReportScoreLine => ({
    key,
    label,
    value,
    ...(res !== undefined ? { residual: res } : {}),
  });
  const lines = [
    line('sourceCode', 'Source-code exposure index', s.sourceCode, residual?.sourceCode),
    line('inspection', 'Inspection / state-access index', s.inspection, residual?.inspection),
  ];
  for (const kind of EXPOSURE_KINDS) {
    if (kind === 'derivation') continue;
    const v = s.byExposure[kind];
    lines.push(line(`byExposure.${kind}`, `Exposure index: ${kind}`, v, residual?.byExposure[kind]));
  }
  return lines;
}

function buildProfile(input: ReportInput, confidential: ReadonlySet<string>): ReportModel['profile'] {
  const profile = input.review.profile;
  const known = PROFILE_SECTIONS.filter((s) => profile[s] !== undefined);
  const extra = Object.keys(profile).filter((s) => !PROFILE_SECTIONS.includes(s));
  const sections: ReportProfileSection[] = [...known, ...extra].map((id) => {
    const answers = profile[id] ?? {};
    return {
      id,
      title: SECTION_TITLE[id] ?? id,
      fields: Object.keys(answers).map((field) => {
        const path = `${id}.${field}`;
        const v = answers[field];
        const redacted = confidential.has(path);
        return { path, label: fieldLabel(path), value: redacted ? REDACTED : valueText(v), unknown: isUnknownValue(v), redacted };
      }),
    };
  });
  return {
    sections,
    sectionsAssessed: input.assessment.sectionsAssessed,
    sectionsMissing: PROFILE_SECTIONS.filter((s) => profile[s] === undefined),
  };
}

function buildAssumptions(input: ReportInput, findings: readonly ReportFinding[]): ReportModel['assumptions'] {
  const questions = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, path: string, ruleId?: string): void => {
    const set = map.get(path) ?? new Set<string>();
    if (ruleId !== undefined) set.add(ruleId);
    map.set(path, set);
  };
  for (const [section, answers] of Object.entries(input.review.profile)) {
    for (const [field, v] of Object.entries(answers)) if (isUnknownValue(v)) add(questions, `${section}.${field}`);
  }
  for (const f of input.assessment.findings) {
    for (const t of f.trace) if (t.result === 'unknown' && isProfilePath(t.field)) add(questions, t.field, f.ruleId);
  }
  const conditional = new Map<string, Set<string>>();
  for (const f of input.assessment.findings) for (const c of f.conditionalOn ?? []) add(conditional, c, f.ruleId);
  const toList = (map: Map<string, Set<string>>): ReportOpenQuestion[] =>
    [...map.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, rules]) => ({ path, label: fieldLabel(path), ruleIds: [...rules].sort() }));

  const uncertain: string[] = [];
  for (const f of findings) {
    if (f.confidence === 'U') uncertain.push(`${f.ruleId} ${f.title}: the finding rests on an uncertain (U) point.`);
    for (const c of f.legalBasis) if (c.confidence === 'U') uncertain.push(`${f.ruleId} cites ${c.short}${c.articles !== undefined ? ` ${c.articles}` : ''} with confidence U.`);
    for (const c of f.legalBasis) if (c.historical) uncertain.push(`${f.ruleId} cites ${c.short}, a historical instrument shown for context only.`);
  }
  for (const w of input.assessment.mlps?.warnings ?? []) if (w.code === 'heuristic') uncertain.push(`MLPS: ${w.message}`);
  return { openQuestions: toList(questions), uncertainPoints: unique(uncertain), conditionalAnswers: toList(conditional) };
}

function buildAudit(entries: readonly AuditEntry[], confidential: ReadonlySet<string>, hideNotes: boolean): ReportAudit {
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.revision - b.revision));
  const byAction = new Map<string, number>();
  for (const e of sorted) byAction.set(e.action, (byAction.get(e.action) ?? 0) + 1);
  const lines = sorted.map((e): ReportAuditLine => ({
    at: e.at,
    actor: e.actor,
    revision: e.revision,
    action: e.action,
    description: describeChange(e.change, confidential, hideNotes),
  }));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return {
    total: sorted.length,
    ...opt('first', first?.at),
    ...opt('last', last?.at),
    actors: unique(sorted.map((e) => e.actor)),
    byAction: [...byAction.entries()].map(([action, count]) => ({ action, count })),
    entries: lines,
  };
}

/** One audit change in words, respecting redaction. */
export function describeChange(c: ReviewChange, confidential: ReadonlySet<string>, hideNotes: boolean): string {
  const q = (s: string): string => `"${s}"`;
  switch (c.type) {
    case 'create':
      return `created review ${q(c.title)} (vendor ${q(c.vendorName)}, product ${q(c.productName)})`;
    case 'rename':
      return ['renamed', c.title !== undefined ? `title ${q(c.title)}` : '', c.vendorName !== undefined ? `vendor ${q(c.vendorName)}` : '', c.productName !== undefined ? `product ${q(c.productName)}` : '']
        .filter((s) => s !== '')
        .join(': ');
    case 'set-answer':
      return `answered ${c.field} = ${confidential.has(c.field) ? REDACTED : valueText(c.value)}`;
    case 'clear-answer':
      return `cleared ${c.field}`;
    case 'set-note':
      return hideNotes ? `edited the note on ${c.ruleId} (internal note not shown)` : `note on ${c.ruleId}: ${q(c.note)}`;
    case 'set-mitigation': {
      const status = c.status === null ? 'cleared' : c.status;
      const note = c.note !== undefined && c.note !== '' ? (hideNotes ? ' (internal note not shown)' : `, note ${q(c.note)}`) : '';
      return `mitigation ${c.code} on ${c.ruleId}: ${status}${note}`;
    }
    case 'override-severity':
      return `severity of ${c.ruleId} overridden to ${c.severity}: ${q(c.justification)}`;
    case 'clear-override':
      return `severity override on ${c.ruleId} removed`;
    case 'stamp-catalogue':
      return `assessed against catalogue ${c.catalogueVersion}`;
    case 'set-section':
      return `${c.included ? 'included' : 'excluded'} the ${c.section} section`;
    case 'archive':
      return 'archived';
    case 'unarchive':
      return 'restored from the archive';
    // Evidence lines name the item by id and hash, never by file name: names are redactable (`evidenceNames`).
    case 'attach-evidence':
      return `attached evidence ${c.evidence.id} (SHA-256 ${c.evidence.sha256}, ${c.evidence.size} bytes)`;
    case 'edit-evidence': {
      const parts = [
        c.note !== undefined ? (hideNotes ? 'note edited (internal note not shown)' : c.note === '' ? 'note cleared' : `note ${q(c.note)}`) : '',
        c.ruleIds !== undefined ? (c.ruleIds.length > 0 ? `linked to ${c.ruleIds.join(', ')}` : 'unlinked from findings') : '',
      ].filter((s) => s !== '');
      return `evidence ${c.id}: ${parts.join('; ')}`;
    }
    case 'remove-evidence':
      return `removed evidence ${c.id} (SHA-256 ${c.sha256})`;
    case 'duplicate-of':
      return `duplicated from review ${c.sourceId}`;
    case 'import':
      return `imported from ${c.source}`;
    case 'delete':
      return 'moved to the bin';
    case 'restore':
      return 'restored from the bin';
  }
}

function groupFindings(findings: readonly ReportFinding[]): ReportFindingGroup[] {
  return EXPOSURE_KINDS.map((kind: ExposureKind) => ({
    kind,
    title: EXPOSURE_TITLE[kind],
    findings: findings.filter((f) => (f.exposure[0] ?? 'derivation') === kind),
  })).filter((g) => g.findings.length > 0);
}

function summariseMitigations(findings: readonly ReportFinding[], catalogue: ReadonlyMap<string, Mitigation>): ReportMitigationSummary[] {
  const byCode = new Map<MitigationCode, ReportMitigationSummary['uses'][number][]>();
  for (const f of findings) {
    for (const m of f.mitigations) {
      const uses = byCode.get(m.code) ?? [];
      uses.push({ ruleId: f.ruleId, status: m.status, statusText: m.statusText, ...opt('note', m.note) });
      byCode.set(m.code, uses);
    }
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, uses]) => {
      const m = catalogue.get(code);
      return {
        code,
        title: m?.title.en ?? code,
        ...opt('titleZh', m?.title.zh),
        ...opt('description', m?.description.en),
        ...opt('limits', m?.limits.en),
        uses,
      };
    });
}

function isProfilePath(field: string): boolean {
  const section = field.split('.')[0] ?? '';
  return field.includes('.') && PROFILE_SECTIONS.includes(section);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** `{ key: value }` when value is a non-empty string, else `{}`; keeps optional fields absent rather than undefined. */
function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]?: string });
}
