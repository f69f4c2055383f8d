/**
 * Helpers for the worked-case and invariant tests: load a fixture, validate and assess a raw profile (failing loudly
 * on an invalid one), and derive variants of a raw profile by setting one answer.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assess } from '../../../../shared/engine/assess';
import { validateProfile } from '../../../../shared/profile/validate';
import type { Assessment, Finding } from '../../../../shared/engine/assessment';
import type { ProfileAnswers } from '../../../../shared/review/types';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/profiles/', import.meta.url));

/** Parses a fixture profile (YAML 1.2, as the CLI does). */
export function loadFixture(name: string): ProfileAnswers {
  return parse(readFileSync(FIXTURE_DIR + name, 'utf8'), { version: '1.2' }) as ProfileAnswers;
}

/** Validates and assesses a raw profile; throws with every validation error if it is not valid. */
export function assessRaw(raw: unknown): Assessment {
  const v = validateProfile(raw);
  if (!v.ok) {
    const lines = v.errors.map((e) => `${e.path}: ${e.message}`);
    throw new Error(`profile is not valid:\n${lines.join('\n')}\n${JSON.stringify(raw)}`);
  }
  return assess(v.profile);
}

/** A copy of `raw` with `section.field` set to `value` (the section is created when missing). */
export function withAnswer(raw: ProfileAnswers, path: string, value: unknown): ProfileAnswers {
  const [section, field] = splitPath(path);
  return { ...raw, [section]: { ...(raw[section] ?? {}), [field]: value } };
}

/** A copy of `raw` with `section.field` removed (a missing field means `unknown`). */
export function withoutAnswer(raw: ProfileAnswers, path: string): ProfileAnswers {
  const [section, field] = splitPath(path);
  const current = raw[section];
  if (current === undefined) return raw;
  const { [field]: _removed, ...rest } = current;
  return { ...raw, [section]: rest };
}

/** The answer at `section.field`, or undefined when the section or field is absent. */
export function answerOf(raw: ProfileAnswers, path: string): unknown {
  const [section, field] = splitPath(path);
  return raw[section]?.[field];
}

export function findingOf(a: Assessment, ruleId: string): Finding | undefined {
  return a.findings.find((f) => f.ruleId === ruleId);
}

function splitPath(path: string): [string, string] {
  const dot = path.indexOf('.');
  if (dot < 1) throw new Error(`not a section.field path: ${path}`);
  return [path.slice(0, dot), path.slice(dot + 1)];
}
