/**
 * JSON Schemas of the review bundle and the backup, generated from the zod schemas with `z.toJSONSchema`. Published
 * as docs/schema/review-bundle.v1.schema.json and docs/schema/backup.v1.schema.json (written by
 * `npx tsx cli/report-assets.ts --write`; test/unit/shared/bundle/schema.test.ts fails when they are stale).
 * Cross-field rules (audit entries belong to the review, the assessment's catalogue version equals the bundle's,
 * unique ids) are checked by the importer but cannot be expressed in JSON Schema; the descriptions say so.
 */
import { z } from 'zod';
import { backupSchema, reviewBundleSchema } from './schema';

const BASE = 'https://airlock.invalid/schema/';

/** File name → JSON Schema document. */
export function bundleJsonSchemas(): Record<string, Record<string, unknown>> {
  const make = (schema: z.ZodType, file: string, title: string, description: string): Record<string, unknown> => ({
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    $id: `${BASE}${file}`,
    title,
    description,
  });
  return {
    'review-bundle.v1.schema.json': make(
      reviewBundleSchema,
      'review-bundle.v1.schema.json',
      'Airlock review bundle, format version 1',
      'One review with its assessment snapshot, audit trail and evidence. Also enforced on import: every audit entry\'s reviewId equals review.id; assessment.catalogueVersion equals catalogueVersion; evidence ids are unique; each audit entry\'s action equals change.type; objects carry no "__proto__", "constructor" or "prototype" keys.',
    ),
    'backup.v1.schema.json': make(
      backupSchema,
      'backup.v1.schema.json',
      'Airlock backup, format version 1',
      'Every review, the audit trail, the bin, the settings and the evidence of one Airlock installation. Also enforced on import: review ids, bin entry ids and evidence ids are unique; each evidence item\'s reviewId is a review in the backup; every audit entry of a bin entry belongs to its review; each audit entry\'s action equals change.type; objects carry no "__proto__", "constructor" or "prototype" keys.',
    ),
  };
}
