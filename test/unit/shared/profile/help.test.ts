// Questionnaire wording: every profile field and every allowed value has bilingual wording, no wording exists for
// a field or value that does not exist, derived fields say they are computed, and every section has a group.
import { describe, expect, it } from 'vitest';
import { DERIVED_FACTS, PROFILE_FIELDS, SECTIONS } from '../../../../shared/profile/fields';
import { FIELD_HELP, fieldHelp, SECTION_HELP, sectionHelpKey } from '../../../../shared/profile/help';
import type { LocalText } from '../../../../shared/catalogue/types';

function expectBilingual(text: LocalText | undefined, where: string): void {
  expect(text?.en.trim() ?? '', where).not.toBe('');
  expect(text?.zh?.trim() ?? '', where).not.toBe('');
}

const BRIEF_DERIVED_MLPS = ['mlps.level_min', 'mlps.level_max', 'mlps.std_level', 'mlps.t2025_level'];

describe('FIELD_HELP', () => {
  it('has a question, help text and a label for every allowed value (and unknown) of every profile field', () => {
    for (const field of PROFILE_FIELDS) {
      const h = fieldHelp(field.path);
      expect(h, field.path).toBeDefined();
      expectBilingual(h?.question, `${field.path} question`);
      expectBilingual(h?.help, `${field.path} help`);
      for (const v of [...field.values, 'unknown']) expectBilingual(h?.values[v], `${field.path} = ${v}`);
    }
  });

  it('labels no value that a field does not allow', () => {
    for (const field of PROFILE_FIELDS) {
      const allowed = new Set([...field.values, 'unknown']);
      for (const v of Object.keys(FIELD_HELP[field.path]?.values ?? {})) expect(allowed.has(v), `${field.path} = ${v}`).toBe(true);
    }
  });

  it('has no wording for a field that does not exist', () => {
    const known = new Set([...PROFILE_FIELDS.map((f) => f.path), ...DERIVED_FACTS.map((d) => d.path)]);
    for (const path of Object.keys(FIELD_HELP)) expect(known.has(path), path).toBe(true);
  });

  it('explains the derived MLPS levels of §15.3 with labels for levels 1 to 5', () => {
    for (const path of BRIEF_DERIVED_MLPS) {
      const h = fieldHelp(path);
      expectBilingual(h?.question, path);
      expect(h?.help.en, path).toMatch(/^Computed/);
      expect(Object.keys(h?.values ?? {}).sort(), path).toEqual(['1', '2', '3', '4', '5']);
    }
  });

  it('tells the user that derived profile fields are computed and can be overridden', () => {
    for (const field of PROFILE_FIELDS.filter((f) => f.derived === true)) {
      expect(FIELD_HELP[field.path]?.help.en, field.path).toMatch(/^Computed/);
    }
    expect(FIELD_HELP['vendor.foreign_controlled']?.help.en).toMatch(/override/i);
  });

  it('cites the CSL with both numberings wherever it cites a CSL article', () => {
    for (const [path, h] of Object.entries(FIELD_HELP)) {
      for (const m of h.help.en.matchAll(/CSL Art\. (\d+)/g)) {
        expect(h.help.en, `${path} cites CSL Art. ${m[1]}`).toMatch(new RegExp(`CSL Art\\. ${m[1]} / 2026 Art\\. \\d+`));
      }
    }
  });

  it('keeps the help short: at most three sentences', () => {
    for (const [path, h] of Object.entries(FIELD_HELP)) {
      const sentences = h.help.en.split(/(?<=\.)\s+(?=[A-Z"])/).filter((s) => s.trim() !== '');
      expect(sentences.length, path).toBeLessThanOrEqual(3);
    }
  });

  it('returns undefined for a path without wording rather than an inherited property', () => {
    expect(fieldHelp('vendor.not_a_field')).toBeUndefined();
    expect(fieldHelp('toString')).toBeUndefined();
  });
});

describe('SECTION_HELP', () => {
  it('has a bilingual title and help for the six questionnaire groups', () => {
    expect(Object.keys(SECTION_HELP).sort()).toEqual(['customer_system', 'data', 'ops', 'product', 'travel', 'vendor']);
    for (const [key, s] of Object.entries(SECTION_HELP)) {
      expectBilingual(s.title, `${key} title`);
      expectBilingual(s.help, `${key} help`);
    }
  });

  it('puts every profile section in a group, with customer and system together', () => {
    for (const section of SECTIONS) expect(SECTION_HELP[sectionHelpKey(section)], section).toBeDefined();
    expect(sectionHelpKey('customer')).toBe('customer_system');
    expect(sectionHelpKey('system')).toBe('customer_system');
  });
});
