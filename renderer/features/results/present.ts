/**
 * Wording helpers of the results panel that need the UI language: bilingual catalogue text, question labels and
 * answer labels for the "why" trace, catalogue deep links, DOM ids of finding cards, and which answers a severity
 * qualification ("high (medium if … is not confirmed)") turns on. Pure: the language is passed in.
 */
import type { LocalText, Severity } from '../../../shared/catalogue/types';
import type { Finding } from '../../../shared/engine/assessment';
import { severityStepFields } from '../../../shared/engine/present';
import { DERIVED_FACTS, fieldByPath } from '../../../shared/profile/fields';
import { FIELD_HELP, UNKNOWN_LABEL } from '../../../shared/profile/help';
import type { Profile } from '../../../shared/profile/types';

export function isZh(lang: string): boolean {
  return lang.toLowerCase().startsWith('zh');
}

/** The text in the UI language, English where Chinese is missing. */
export function localText(text: LocalText | undefined, lang: string): string {
  if (!text) return '';
  return isZh(lang) ? (text.zh ?? text.en) : text.en;
}

/** Short label of a profile field or derived fact ("CII status"), falling back to the question, then the path. */
export function fieldLabel(path: string, lang: string): string {
  const label = fieldByPath(path)?.label ?? DERIVED_FACTS.find((d) => d.path === path)?.label ?? FIELD_HELP[path]?.question;
  return label ? localText(label, lang) : path;
}

/** Whether a path is a questionnaire question the workspace can reveal (not a derived `mlps.*` fact). */
export function isQuestion(path: string): boolean {
  return fieldByPath(path) !== undefined;
}

/** An answer as the questionnaire labels it: enum labels, yes/no, levels, sets joined; `unknown` as "Unknown". */
export function valueLabel(path: string, value: unknown, lang: string): string {
  if (value === 'unknown') return localText(UNKNOWN_LABEL, lang);
  const labels = FIELD_HELP[path]?.values;
  const one = (v: unknown): string => {
    const key = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
    return labels?.[key] ? localText(labels[key], lang) : key;
  };
  if (Array.isArray(value)) return value.length === 0 ? '∅' : value.map(one).join(', ');
  if (value === undefined || value === null) return '—';
  return one(value);
}

/** Catalogue browser deep links. */
export function ruleHref(ruleId: string): string {
  return `#/catalogue/rules/${encodeURIComponent(ruleId)}`;
}
export function instrumentHref(id: string): string {
  return `#/catalogue/instruments/${encodeURIComponent(id)}`;
}

/** DOM ids of a finding card and of its expand button (focus target). */
export function findingDomId(ruleId: string): string {
  return `finding-${ruleId}`;
}
export function findingTriggerId(ruleId: string): string {
  return `finding-${ruleId}-toggle`;
}

/** The answer a validated profile holds for a path, or undefined when the section is absent. */
export function answerOf(profile: Profile | null, path: string): unknown {
  const [section, key] = path.split('.') as [keyof Profile, string];
  return profile?.[section]?.[key];
}

/**
 * The answers a severity qualification turns on. `fallback`: the `likely` answers the severity taken rests on
 * ("medium if … is not confirmed"); `pending`: the unknown answers the higher step waits for ("critical if … is
 * confirmed"). Empty when the catalogue step cannot be traced to an answer (the wording stays generic).
 */
export function severityConditions(f: Finding, profile: Profile | null): { fallback: string[]; pending: string[] } {
  const pick = (sev: Severity | null | undefined, want: (v: unknown) => boolean): string[] =>
    sev ? severityStepFields(f.ruleId, sev).filter((p) => want(answerOf(profile, p))) : [];
  return {
    fallback: f.severityFallback ? pick(f.severity, (v) => v === 'likely') : [],
    pending: f.severityPending ? pick(f.severityPending, (v) => v === 'unknown') : [],
  };
}
