/**
 * Questionnaire wording in the UI language: picks the English or Chinese side of the shared bilingual texts
 * (FIELD_HELP, SECTION_HELP, rule titles), and gives each question the DOM ids the workspace uses to find it.
 */
import type { LocalText } from '../../../shared/catalogue/types';
import { fieldHelp } from '../../../shared/profile/help';
import type { FieldDef } from '../../../shared/profile/types';

/** The side of a bilingual text for this i18next language (`zh-CN` → Chinese, anything else → English). */
export function localText(text: LocalText | undefined, language: string): string {
  if (!text) return '';
  return language.startsWith('zh') ? (text.zh ?? text.en) : text.en;
}

/** The question as asked (falls back to the field label). */
export function questionText(def: FieldDef, language: string): string {
  return localText(fieldHelp(def.path)?.question ?? def.label, language);
}

/** The label of one allowed value (or `unknown`), falling back to the raw value. */
export function valueLabel(def: FieldDef, value: string, language: string): string {
  const text = fieldHelp(def.path)?.values[value];
  return text ? localText(text, language) : value;
}

/** DOM id of the question container for a field path (`q-vendor-hq_jurisdiction`). */
export function questionDomId(path: string): string {
  return `q-${path.replace('.', '-')}`;
}
