/**
 * Reads one profile file: parses JSON or YAML 1.2 (naming file, line and column on a syntax error), validates it
 * with the shared validator, and turns every problem into a printable line. Nothing here writes anything.
 */
import { basename, extname } from 'node:path';
import { parseDocument } from 'yaml';
import { validateProfile } from '../shared/profile/validate';
import type { Profile } from '../shared/profile/types';
import type { ProfileAnswers } from '../shared/review/types';
import type { CliIo } from './io';
import { jsonErrorOffset, positionAt } from './json-position';

/** Extensions the command reads, in lower case. */
export const PROFILE_EXTENSIONS: readonly string[] = ['.json', '.yaml', '.yml'];

/** One thing wrong with a profile file: a syntax error (line/column) or an invalid answer (path, allowed values). */
export interface Problem {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** Profile field path, e.g. `vendor.hq_jurisdiction`. */
  readonly path?: string;
  readonly allowed?: readonly string[];
}

export type ParsedText = { readonly ok: true; readonly raw: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

export type LoadedProfile =
  | {
      readonly ok: true;
      readonly file: string;
      readonly raw: ProfileAnswers;
      readonly profile: Profile;
      /** Validator notes worth showing (overrides of derived fields, ignored answers …), one line each. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] };

export function isProfileFileName(name: string): boolean {
  return PROFILE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Parses the text of `file` by its extension: `.json` as JSON, `.yaml`/`.yml` as YAML 1.2. */
export function parseProfileText(text: string, file: string): ParsedText {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return extname(file).toLowerCase() === '.json' ? parseJson(body, file) : parseYaml(body, file);
}

function parseJson(text: string, file: string): ParsedText {
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
    const offset = jsonErrorOffset(text);
    if (offset === null) return { ok: false, problems: [{ file, message: `JSON syntax error: ${reason}` }] };
    const { line, column } = positionAt(text, offset);
    const near = offset >= text.length ? 'unexpected end of file' : `unexpected ${JSON.stringify(text.charAt(offset))}`;
    return { ok: false, problems: [{ file, line, column, message: `JSON syntax error: ${near}` }] };
  }
}

function parseYaml(text: string, file: string): ParsedText {
  const doc = parseDocument(text, { version: '1.2', prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((err) => {
        const pos = err.linePos?.[0];
        const first = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
        return { file, message: `YAML syntax error: ${first}`, ...(pos ? { line: pos.line, column: pos.col } : {}) };
      }),
    };
  }
  return { ok: true, raw: doc.toJS({ maxAliasCount: 100 }) as unknown };
}

function isAnswers(raw: unknown): raw is ProfileAnswers {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** Validates a parsed profile. */
export function checkProfile(raw: unknown, file: string): LoadedProfile {
  const v = validateProfile(raw);
  if (!v.ok) {
    return {
      ok: false,
      file,
      problems: v.errors.map((e) => ({ file, path: e.path, message: e.message, ...(e.allowed !== undefined ? { allowed: e.allowed } : {}) })),
    };
  }
  if (!isAnswers(raw)) return { ok: false, file, problems: [{ file, message: 'A profile must be an object of sections.' }] };
  return { ok: true, file, raw, profile: v.profile, notes: validatorNotes(v.warnings, v.overrides) };
}

function validatorNotes(warnings: readonly string[], overrides: readonly string[]): string[] {
  return [
    ...warnings.map((w) => `warning: ${w}`),
    ...overrides.map((path) => `note: ${path} is derived but was answered, so the answer is taken as given (an override).`),
  ];
}

/** Reads, parses and validates one profile file. `file` in problems is the path as the user gave it. */
export async function loadProfile(path: string, io: Pick<CliIo, 'readText'>): Promise<LoadedProfile> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (e) {
    return { ok: false, file: path, problems: [{ file: path, message: `cannot read the file (${e instanceof Error ? e.message : String(e)})` }] };
  }
  const parsed = parseProfileText(text, path);
  if (!parsed.ok) return { ok: false, file: path, problems: parsed.problems };
  return checkProfile(parsed.raw, path);
}

/** `file:line:col: path: message (allowed: a, b, c)`: one line per problem. */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const field = p.path !== undefined && p.path !== '' ? `${p.path}: ` : '';
  const allowed = p.allowed !== undefined && p.allowed.length > 0 ? ` (allowed: ${p.allowed.join(', ')})` : '';
  return `${where}: ${field}${p.message}${allowed}`;
}

/** The base name without the profile extension: `profiles/acme.yaml` → `acme`. */
export function profileStem(path: string): string {
  const name = basename(path);
  return isProfileFileName(name) ? name.slice(0, name.length - extname(name).length) : name;
}
