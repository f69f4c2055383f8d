/**
 * Strict zod schemas of the review bundle and the backup (format version 1): every object closed, every string and
 * array capped, ids and dates checked for shape. The JSON Schemas in docs/schema/ are generated from these
 * (json-schema.ts). Compile-time checks at the end keep the schemas in step with the TypeScript types.
 */
import { z } from 'zod';
import { INSTRUMENT_IDS } from '../catalogue/instrument-ids';
import { EXPOSURE_KINDS, SEVERITIES } from '../catalogue/types';
import type { Assessment, Finding, MlpsEstimate, MlpsWarning } from '../engine/assessment';
import type { EvidenceMeta } from '../report/types';
import type { AuditEntry, Review, ReviewChange } from '../review/types';
import { MITIGATION_STATUSES } from '../review/types';
import type { Backup, BinItem, ReviewBundle } from './types';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './types';

/** Size caps, in one place so the UI can quote them. */
export const LIMITS = {
  shortText: 200,
  title: 500,
  text: 20_000,
  findings: 1_000,
  traceSteps: 500,
  citations: 100,
  listItems: 200,
  decisions: 1_000,
  profileSections: 20,
  profileFields: 200,
  auditEntries: 1_000_000,
  evidenceItems: 5_000,
  reviews: 100_000,
  binItems: 100_000,
  settings: 500,
  /** Base64 characters of one evidence file (about 150 MB of contents). */
  evidenceBase64: 200_000_000,
} as const;

const shortText = z.string().max(LIMITS.shortText);
const text = z.string().max(LIMITS.text);
/** Storage ids: UUIDs or similar opaque tokens. */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'must be an id (letters, digits, _ . : -; at most 128)');
/** ISO 8601 date-time with Z or an offset. */
export const isoDateTime = z.iso.datetime({ offset: true });
/** Rule ids of brief §17, e.g. "SC-01". */
export const ruleIdSchema = z.string().regex(/^[A-Z]{1,3}-\d{2,3}$/, 'must be a rule id such as SC-01');
const mitigationCode = z.templateLiteral(['M-', z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/)]);
const severity = z.enum(SEVERITIES as readonly ['info', 'low', 'medium', 'high', 'critical']);
const confidence = z.enum(['VS', 'WR', 'U']);
const exposure = z.enum(EXPOSURE_KINDS as readonly ['source-code', 'certification', 'inspection', 'data-access', 'decryption', 'vulnerability', 'derivation']);
const fieldPath = z.string().regex(/^[a-z_]{1,40}\.[a-z_0-9]{1,60}$/, 'must be a profile field path such as product.category');
const version = z.string().min(1).max(64);

function capKeys<T extends z.ZodType<Record<string, unknown>>>(schema: T, max: number): T {
  return schema.refine((o) => Object.keys(o).length <= max, `must have at most ${max} entries`);
}

/** One profile answer: an enum string, number, boolean, or a set of strings. */
const profileValue = z.union([
  z.string().max(LIMITS.shortText),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(LIMITS.shortText), z.number(), z.boolean()])).max(LIMITS.listItems),
]);
export const profileSchema = capKeys(
  z.record(z.string().regex(/^[a-z_]{1,40}$/), capKeys(z.record(z.string().regex(/^[a-z_0-9]{1,60}$/), profileValue), LIMITS.profileFields)),
  LIMITS.profileSections,
);

/** A JSON value of bounded size (depth is bounded by the parser, see parse.ts). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([text, z.number(), z.boolean(), z.null(), z.array(jsonValueSchema).max(LIMITS.listItems), z.record(shortText, jsonValueSchema)]),
);

const mitigationDecision = z.strictObject({ status: z.enum(MITIGATION_STATUSES as readonly ['proposed', 'agreed', 'implemented', 'rejected']), note: text.optional(), at: isoDateTime, by: shortText });
const severityOverride = z.strictObject({ severity, justification: z.string().min(1).max(LIMITS.text), at: isoDateTime, by: shortText });
const findingDecision = z.strictObject({
  note: text.optional(),
  severityOverride: severityOverride.optional(),
  mitigations: capKeys(z.record(mitigationCode, mitigationDecision), LIMITS.listItems).optional(),
});

export const reviewSchema = z.strictObject({
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  archivedAt: isoDateTime.nullable(),
  title: z.string().min(1).max(LIMITS.title),
  vendorName: z.string().max(LIMITS.title),
  productName: z.string().max(LIMITS.title),
  profile: profileSchema,
  decisions: capKeys(z.record(ruleIdSchema, findingDecision), LIMITS.decisions),
  catalogueVersion: version.nullable(),
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

const evidenceMeta = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(LIMITS.title),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  addedAt: isoDateTime,
  note: text.optional(),
  ruleIds: z.array(ruleIdSchema).max(LIMITS.listItems).optional(),
});

export const reviewChangeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('create'), title: z.string().max(LIMITS.title), vendorName: z.string().max(LIMITS.title), productName: z.string().max(LIMITS.title), profile: profileSchema.optional() }),
  z.strictObject({ type: z.literal('rename'), title: z.string().max(LIMITS.title).optional(), vendorName: z.string().max(LIMITS.title).optional(), productName: z.string().max(LIMITS.title).optional() }),
  z.strictObject({ type: z.literal('set-answer'), field: fieldPath, value: profileValue }),
  z.strictObject({ type: z.literal('clear-answer'), field: fieldPath }),
  z.strictObject({ type: z.literal('set-note'), ruleId: ruleIdSchema, note: text }),
  z.strictObject({ type: z.literal('set-mitigation'), ruleId: ruleIdSchema, code: mitigationCode, status: mitigationDecision.shape.status.nullable(), note: text.optional() }),
  z.strictObject({ type: z.literal('override-severity'), ruleId: ruleIdSchema, severity, justification: text }),
  z.strictObject({ type: z.literal('clear-override'), ruleId: ruleIdSchema }),
  z.strictObject({ type: z.literal('stamp-catalogue'), catalogueVersion: version }),
  z.strictObject({ type: z.literal('set-section'), section: z.string().regex(/^[a-z_]{1,40}$/), included: z.boolean() }),
  z.strictObject({ type: z.literal('archive') }),
  z.strictObject({ type: z.literal('unarchive') }),
  z.strictObject({ type: z.literal('attach-evidence'), evidence: evidenceMeta }),
  z.strictObject({ type: z.literal('edit-evidence'), id: idSchema, note: text.optional(), ruleIds: evidenceMeta.shape.ruleIds }),
  z.strictObject({ type: z.literal('remove-evidence'), id: idSchema, name: evidenceMeta.shape.name, sha256: evidenceMeta.shape.sha256 }),
  z.strictObject({ type: z.literal('duplicate-of'), sourceId: idSchema }),
  z.strictObject({ type: z.literal('import'), source: shortText }),
  z.strictObject({ type: z.literal('delete') }),
  z.strictObject({ type: z.literal('restore') }),
]);

export const auditEntrySchema = z
  .strictObject({
    id: idSchema,
    reviewId: idSchema,
    at: isoDateTime,
    actor: shortText,
    revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    action: z.enum(['create', 'rename', 'set-answer', 'clear-answer', 'set-note', 'set-mitigation', 'override-severity', 'clear-override', 'stamp-catalogue', 'set-section', 'archive', 'unarchive', 'attach-evidence', 'edit-evidence', 'remove-evidence', 'duplicate-of', 'import', 'delete', 'restore']),
    change: reviewChangeSchema,
  })
  .refine((e) => e.action === e.change.type, { message: 'action must equal change.type', path: ['action'] });

const legalRef = z.strictObject({
  instrument: z.enum(INSTRUMENT_IDS),
  articles: shortText.optional(),
  cslArticles: z.strictObject({ y2017: shortText.nullable(), y2026: shortText }).optional(),
  confidence,
  note: text.optional(),
});

const traceEntry = z.strictObject({
  field: shortText,
  value: jsonValueSchema,
  test: z.string().max(2_000),
  result: z.union([z.boolean(), z.literal('unknown')]),
  viaLikely: z.boolean().optional(),
});

const finding = z.strictObject({
  ruleId: ruleIdSchema,
  ruleVersion: z.number().int().min(0).max(1_000_000),
  outcome: z.enum(['fire', 'conditional', 'review']),
  severity: severity.nullable(),
  severityFallback: severity.optional(),
  severityPending: severity.optional(),
  severityReason: text.optional(),
  exposure: z.array(exposure).max(EXPOSURE_KINDS.length),
  confidence,
  title: z.string().max(LIMITS.title),
  titleZh: z.string().max(LIMITS.title).optional(),
  rationale: text.optional(),
  rationaleZh: text.optional(),
  legalBasis: z.array(legalRef).max(LIMITS.citations),
  mitigations: z.array(mitigationCode).max(LIMITS.listItems),
  mitigationNotes: z.array(text).max(LIMITS.listItems).optional(),
  trace: z.array(traceEntry).max(LIMITS.traceSteps),
  reviewReasons: z.array(z.enum(['unknown-answer', 'uncertain-basis', 'dependency'])).max(3).optional(),
  factsOutcome: z.enum(['fire', 'conditional']).optional(),
  conditionalOn: z.array(shortText).max(LIMITS.listItems).optional(),
  notice: text.optional(),
  noticeZh: text.optional(),
});

/** Every MlpsWarning code the engine emits (a compile-time check below keeps the list complete). */
const mlpsWarningCode = z.enum([
  'under-grading',
  't2025-higher',
  'heuristic',
  'declared-above-max',
  'level5-candidate',
  'harm-unknown',
  'ungraded',
  'applicability-unknown',
]);
const floorId = z.enum(['F-CII', 'F-DATA', 'F-DATA-IMPORTANT', 'F-DATA-CORE', 'F-HEALTH', 'F-PLATFORM', 'F-L5']);
const level = z.number().int().min(1).max(5);
const floor = z.strictObject({ id: floorId, level, conditional: z.boolean() });
const mlps = z.strictObject({
  levelMin: level,
  levelMax: level,
  stdLevel: level.nullable(),
  t2025Level: level.nullable(),
  floorsApplied: z.array(floor).max(20),
  floorsPending: z.array(floor).max(20),
  warnings: z.array(z.strictObject({ code: mlpsWarningCode, message: text })).max(50),
  basis: z.array(text).max(LIMITS.listItems),
  declared: z.union([level, z.literal('none'), z.literal('unknown'), z.null()]),
});

const score = z.number().min(0).max(100);
export const assessmentSchema = z.strictObject({
  catalogueVersion: version,
  engineVersion: version,
  mlps: mlps.nullable(),
  mlpsNotApplicable: text.optional(),
  findings: z.array(finding).max(LIMITS.findings),
  scores: z.strictObject({
    sourceCode: score,
    inspection: score,
    byExposure: z.strictObject({ 'source-code': score, certification: score, inspection: score, 'data-access': score, decryption: score, vulnerability: score }),
  }),
  sectionsAssessed: z.array(z.string().max(40)).max(LIMITS.profileSections),
  disclaimer: text,
});

const base64 = z.string().max(LIMITS.evidenceBase64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
export const bundleEvidenceSchema = evidenceMeta.extend({ contentBase64: base64.optional() });

export const reviewBundleSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    exportedAt: isoDateTime,
    appVersion: version,
    catalogueVersion: version,
    review: reviewSchema,
    assessment: assessmentSchema,
    audit: z.array(auditEntrySchema).max(LIMITS.auditEntries),
    evidence: z.array(bundleEvidenceSchema).max(LIMITS.evidenceItems),
  })
  .superRefine((b, ctx) => {
    if (b.assessment.catalogueVersion !== b.catalogueVersion) {
      ctx.addIssue({ code: 'custom', path: ['assessment', 'catalogueVersion'], message: `must equal the bundle's catalogueVersion (${b.catalogueVersion})` });
    }
    b.audit.forEach((e, i) => {
      if (e.reviewId !== b.review.id) ctx.addIssue({ code: 'custom', path: ['audit', i, 'reviewId'], message: `must be the review's id (${b.review.id})` });
    });
    const seen = new Set<string>();
    b.evidence.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['evidence', i, 'id'], message: 'duplicate evidence id' });
      seen.add(e.id);
    });
  });

/**
 * A deleted review. `id` identifies the bin entry (one review may have been deleted more than once); backups written
 * before bin entries had their own ids carry the review's id here, which is still a valid, unique entry id.
 */
const binItem = z.strictObject({
  id: idSchema,
  kind: z.literal('review'),
  deletedAt: isoDateTime,
  review: reviewSchema,
  audit: z.array(auditEntrySchema).max(LIMITS.auditEntries),
  /** The evidence the review had when it was deleted. */
  evidence: z.array(bundleEvidenceSchema).max(LIMITS.evidenceItems).optional(),
});
export const backupEvidenceSchema = bundleEvidenceSchema.extend({ reviewId: idSchema });

/** Reports every repeated `id` in a list as "duplicate <noun> id" at `[...path, i, 'id']`. */
function uniqueIds(items: readonly { readonly id: string }[], path: readonly (string | number)[], noun: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate ${noun} id` });
    seen.add(item.id);
  });
}

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: isoDateTime,
    appVersion: version,
    reviews: z.array(reviewSchema).max(LIMITS.reviews),
    audit: z.array(auditEntrySchema).max(LIMITS.auditEntries),
    bin: z.array(binItem).max(LIMITS.binItems),
    settings: capKeys(z.record(z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/), z.union([z.string().max(LIMITS.text), z.number(), z.boolean(), z.null()])), LIMITS.settings),
    evidence: z.array(backupEvidenceSchema).max(LIMITS.evidenceItems).optional(),
  })
  .superRefine((b, ctx) => {
    uniqueIds(b.reviews, ['reviews'], 'review', ctx);
    const ids = new Set(b.reviews.map((r) => r.id));
    uniqueIds(b.bin, ['bin'], 'bin entry', ctx);
    b.bin.forEach((item, i) => {
      item.audit.forEach((e, j) => {
        if (e.reviewId !== item.review.id) ctx.addIssue({ code: 'custom', path: ['bin', i, 'audit', j, 'reviewId'], message: `must be the deleted review's id (${item.review.id})` });
      });
      uniqueIds(item.evidence ?? [], ['bin', i, 'evidence'], 'evidence', ctx);
    });
    const evidence = b.evidence ?? [];
    uniqueIds(evidence, ['evidence'], 'evidence', ctx);
    evidence.forEach((e, i) => {
      if (!ids.has(e.reviewId)) ctx.addIssue({ code: 'custom', path: ['evidence', i, 'reviewId'], message: 'must be the id of a review in this backup' });
    });
  });

// ---- Compile-time agreement with the TypeScript types: parsing yields the contract types, and no field is missing.
type Missing<T, S> = Exclude<keyof T, keyof S>;
type Same<A, B> = [Missing<A, B>, Missing<B, A>] extends [never, never] ? true : false;
const typeChecks = {
  review: (v: z.infer<typeof reviewSchema>): Review => v,
  change: (v: z.infer<typeof reviewChangeSchema>): ReviewChange => v,
  bin: (v: z.infer<typeof binItem>): BinItem => v,
  audit: (v: z.infer<typeof auditEntrySchema>): AuditEntry => v,
  assessment: (v: z.infer<typeof assessmentSchema>): Assessment => v,
  bundle: (v: z.infer<typeof reviewBundleSchema>): ReviewBundle => v,
  backup: (v: z.infer<typeof backupSchema>): Backup => v,
  keys: [true, true, true, true, true, true, true] satisfies [
    Same<Review, z.infer<typeof reviewSchema>>,
    Same<Assessment, z.infer<typeof assessmentSchema>>,
    Same<Finding, z.infer<typeof finding>>,
    Same<MlpsEstimate, z.infer<typeof mlps>>,
    Same<EvidenceMeta, z.infer<typeof evidenceMeta>>,
    Same<ReviewBundle, z.infer<typeof reviewBundleSchema>>,
    Same<Backup, z.infer<typeof backupSchema>>,
  ],
};
void typeChecks;
/** Fails to compile when the engine gains an MLPS warning code the schema does not accept (or the reverse). */
const warningCodesAgree: [MlpsWarning['code']] extends [z.infer<typeof mlpsWarningCode>] ? ([z.infer<typeof mlpsWarningCode>] extends [MlpsWarning['code']] ? true : false) : false = true;
void warningCodesAgree;
/** Fails to compile when a ReviewChange type is missing from the schema (or the audit `action` enum), or the reverse. */
type SchemaChangeType = z.infer<typeof reviewChangeSchema>['type'];
type SchemaAction = z.infer<typeof auditEntrySchema>['action'];
const changeTypesAgree: [ReviewChange['type']] extends [SchemaChangeType]
  ? [SchemaChangeType] extends [ReviewChange['type']]
    ? [ReviewChange['type']] extends [SchemaAction]
      ? [SchemaAction] extends [ReviewChange['type']]
        ? true
        : false
      : false
    : false
  : false = true;
void changeTypesAgree;
