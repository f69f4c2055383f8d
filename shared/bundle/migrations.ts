/**
 * Named, ordered migrations that bring an older bundle or backup up to the current format version before it is
 * validated. Each step takes the parsed JSON of version `from` and returns version `from + 1`; it never throws on
 * odd input (it leaves what it does not understand for the schema to report).
 *
 * Format version 0 (pre-release, 0.0.x builds) differs from version 1 in three ways:
 * - the profile sat next to the review as `profileAnswers` instead of inside it as `review.profile`;
 * - bundles had no top-level `catalogueVersion` (it was only on the assessment) and no `evidence` list;
 * - backups kept each review's answers as `reviews[i].profileAnswers` and had no `bin`.
 */

/** A parsed JSON object (after the safe parse of parse.ts). */
export type JsonObject = { [key: string]: unknown };

export interface Migration {
  /** Stable name, e.g. "v0-to-v1"; reported to the user after import. */
  readonly id: string;
  readonly from: number;
  readonly up: (doc: JsonObject) => JsonObject;
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** v0 review objects may carry `profileAnswers`; move it into `profile`. */
function reviewV0toV1(review: unknown, profileAnswers: unknown): unknown {
  if (!isObject(review)) return review;
  const { profileAnswers: own, ...rest } = review;
  const profile = rest['profile'] ?? own ?? profileAnswers ?? {};
  return { ...rest, profile };
}

/** Review-bundle migrations, in order. */
export const BUNDLE_MIGRATIONS: readonly Migration[] = [
  {
    id: 'v0-to-v1',
    from: 0,
    up: (doc) => {
      const { profileAnswers, ...rest } = doc;
      const assessment = rest['assessment'];
      const catalogueVersion = rest['catalogueVersion'] ?? (isObject(assessment) ? assessment['catalogueVersion'] : undefined);
      return {
        ...rest,
        formatVersion: 1,
        ...(catalogueVersion !== undefined ? { catalogueVersion } : {}),
        review: reviewV0toV1(rest['review'], profileAnswers),
        evidence: rest['evidence'] ?? [],
      };
    },
  },
];

/** Backup migrations, in order. */
export const BACKUP_MIGRATIONS: readonly Migration[] = [
  {
    id: 'v0-to-v1',
    from: 0,
    up: (doc) => {
      const reviews = doc['reviews'];
      return {
        ...doc,
        formatVersion: 1,
        reviews: Array.isArray(reviews) ? reviews.map((r) => reviewV0toV1(r, undefined)) : reviews,
        bin: doc['bin'] ?? [],
      };
    },
  },
];

/**
 * Runs the migrations from `from` up to `to`. Returns the migrated document and the ids applied, or a message when
 * no path exists (a gap in the sequence) or a step fails.
 */
export function migrate(
  doc: JsonObject,
  from: number,
  to: number,
  migrations: readonly Migration[],
): { readonly ok: true; readonly doc: JsonObject; readonly applied: readonly string[] } | { readonly ok: false; readonly message: string } {
  let current = doc;
  const applied: string[] = [];
  for (let v = from; v < to; v++) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined) return { ok: false, message: `No migration from format version ${v}.` };
    try {
      current = step.up(current);
    } catch (e) {
      return { ok: false, message: `Migration ${step.id} failed: ${e instanceof Error ? e.message : 'unknown error'}.` };
    }
    applied.push(step.id);
  }
  return { ok: true, doc: current, applied };
}
