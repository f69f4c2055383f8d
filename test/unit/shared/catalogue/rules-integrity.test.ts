// Catalogue integrity: the 58 rule ids of brief §17 (frozen here so none can silently disappear or be renamed),
// and every field, value, instrument, mitigation code and rule reference the rules use exists.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_VERSION, RULES, ruleById } from '../../../../shared/catalogue';
import { INSTRUMENTS } from '../../../../shared/catalogue/instruments';
import { MITIGATIONS } from '../../../../shared/catalogue/mitigations';
import type { Condition, Rule } from '../../../../shared/catalogue/rule-types';
import { DERIVED_FACTS, PROFILE_FIELDS, fieldByPath } from '../../../../shared/profile/fields';

const BRIEF_IDS = [
  'G-01', 'G-02', 'G-03', 'G-04', 'G-05', 'G-06', 'G-07', 'G-08', 'G-09',
  'SC-01', 'SC-02', 'SC-03', 'SC-04', 'SC-05', 'SC-06',
  'CT-01', 'CT-02', 'CT-03', 'CT-04', 'CT-05', 'CT-06', 'CT-07', 'CT-08', 'CT-09', 'CT-10', 'CT-11',
  'MR-01', 'MR-02', 'MR-03', 'MR-04', 'MR-05',
  'IN-01', 'IN-02', 'IN-03', 'IN-04', 'IN-05', 'IN-06', 'IN-07',
  'DA-01', 'DA-02', 'DA-03', 'DA-04', 'DA-05', 'DA-06', 'DA-07', 'DA-08', 'DA-09', 'DA-10',
  'DC-01', 'DC-02',
  'VU-01', 'VU-02', 'VU-03', 'VU-04', 'VU-05',
  'RM-01', 'TR-01', 'TR-02',
] as const;

type Atom = { field: string; op: string; value?: unknown };

/** Every field test inside a condition. */
function atoms(c: Condition): Atom[] {
  if ('all' in c) return c.all.flatMap(atoms);
  if ('any' in c) return c.any.flatMap(atoms);
  if ('not' in c) return atoms(c.not);
  if ('unknownIf' in c) return atoms(c.unknownIf);
  if ('rule' in c || 'section' in c) return [];
  return [c];
}

function ruleRefs(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(ruleRefs);
  if ('any' in c) return c.any.flatMap(ruleRefs);
  if ('not' in c) return ruleRefs(c.not);
  if ('unknownIf' in c) return ruleRefs(c.unknownIf);
  return 'rule' in c ? [c.rule] : [];
}

/** Every condition of a rule: trigger, forced review, severity steps, confidence caps, conditional citations. */
function conditions(r: Rule): Condition[] {
  return [
    r.trigger,
    ...(r.forcedReview?.when ? [r.forcedReview.when] : []),
    ...(r.severity?.steps ?? []).map((s) => s.when),
    ...(r.confidenceCaps ?? []).map((c) => c.when),
    ...(r.extraBasis ?? []).map((b) => b.when),
  ];
}

/** Fields a rule reads directly (trigger, severity, review conditions) or through the MLPS estimator. */
function fieldsRead(r: Rule): Set<string> {
  return new Set([...conditions(r).flatMap(atoms).map((a) => a.field).filter((f) => !f.startsWith('mlps.')), ...(r.estimatorInputs ?? [])]);
}

describe('rules catalogue', () => {
  it('holds exactly the 58 rules of brief §17, in order, with unique ids', () => {
    expect(RULES.map((r) => r.id)).toEqual([...BRIEF_IDS]);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(58);
    expect(CATALOGUE.version).toBe('2026.11.0');
    expect(CATALOGUE_VERSION).toBe('2026.11.0');
    expect(ruleById('SC-01')?.title.en).toMatch(/source code/i);
    expect(ruleById('XX-99')).toBeUndefined();
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: family prefix, version, bilingual text, exposure', (id, r) => {
    expect(id.startsWith(`${r.family}-`)).toBe(true);
    expect(r.version).toBeGreaterThanOrEqual(1);
    expect(r.title.en.length).toBeGreaterThan(5);
    expect(r.title.zh?.length ?? 0).toBeGreaterThan(2);
    expect(r.rationale.en.length).toBeGreaterThan(20);
    expect(r.rationale.zh?.length ?? 0).toBeGreaterThan(10);
    expect(r.exposure.length).toBeGreaterThan(0);
    expect(r.legalBasis.length).toBeGreaterThan(0);
  });

  it('derivation rules (G-01, G-03, G-04, G-05, G-07) have no severity; every other rule has one', () => {
    const derivation = RULES.filter((r) => r.severity === null).map((r) => r.id);
    expect(derivation).toEqual(['G-01', 'G-03', 'G-04', 'G-05', 'G-07']);
  });

  it('every field a condition tests exists, and every value it compares with is allowed for that field', () => {
    const problems: string[] = [];
    const derived = new Set(DERIVED_FACTS.map((d) => d.path));
    for (const r of RULES) {
      for (const a of conditions(r).flatMap(atoms)) {
        if (a.field.startsWith('mlps.')) {
          if (!derived.has(a.field)) problems.push(`${r.id}: unknown derived fact ${a.field}`);
          continue;
        }
        const def = fieldByPath(a.field);
        if (!def) {
          problems.push(`${r.id}: unknown field ${a.field}`);
          continue;
        }
        const values = Array.isArray(a.value) ? (a.value as unknown[]) : typeof a.value === 'string' ? [a.value] : [];
        for (const v of values) if (typeof v !== 'string' || !def.values.includes(v)) problems.push(`${r.id}: ${a.field} has no value ${String(v)}`);
        const setOps = ['includes', 'intersects', 'onlyOf', 'notNone'];
        if (setOps.includes(a.op) !== (def.kind === 'set')) problems.push(`${r.id}: operator ${a.op} does not fit ${def.kind} field ${a.field}`);
        if ((a.op === 'isTrue' || a.op === 'isFalse') && def.kind !== 'boolean') problems.push(`${r.id}: ${a.op} on non-boolean ${a.field}`);
      }
      for (const f of r.estimatorInputs ?? []) if (!fieldByPath(f)) problems.push(`${r.id}: unknown estimator input ${f}`);
    }
    expect(problems).toEqual([]);
  });

  it("each field's usedBy lists exactly the rules that read it", () => {
    const mismatches: string[] = [];
    for (const def of PROFILE_FIELDS) {
      const readers = RULES.filter((r) => fieldsRead(r).has(def.path)).map((r) => r.id).sort();
      if (JSON.stringify(readers) !== JSON.stringify([...def.usedBy].sort())) mismatches.push(`${def.path}: usedBy ${def.usedBy.join(',')} but read by ${readers.join(',')}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('rule references point at existing rules earlier or later in the catalogue, never at themselves', () => {
    for (const r of RULES) {
      for (const ref of conditions(r).flatMap(ruleRefs)) {
        expect(ruleById(ref), `${r.id} → ${ref}`).toBeDefined();
        expect(ref).not.toBe(r.id);
      }
    }
  });

  it('every cited instrument exists in the instruments table, and no rule cites MPS Order 151 (I-9)', () => {
    const ids = new Set<string>(INSTRUMENTS.map((i) => i.id));
    const cited = RULES.flatMap((r) => [...r.legalBasis, ...(r.extraBasis ?? []).flatMap((b) => b.refs)].map((ref) => [r.id, ref.instrument] as const));
    expect(cited.filter(([, i]) => !ids.has(i))).toEqual([]);
    expect(cited.filter(([, i]) => i === 'MPS-ORDER-151')).toEqual([]);
  });

  it('every Cybersecurity Law citation carries both numberings (I-10)', () => {
    const csl = RULES.flatMap((r) => r.legalBasis.filter((ref) => ref.instrument === 'CSL').map((ref) => ({ id: r.id, ref })));
    expect(csl.length).toBeGreaterThan(10);
    for (const { id, ref } of csl) {
      expect(ref.cslArticles?.y2017, id).toMatch(/^\d+$/);
      expect(ref.cslArticles?.y2026, id).toMatch(/^\d+$/);
    }
  });

  it('every mitigation code exists in the mitigations catalogue', () => {
    const codes = new Set<string>(MITIGATIONS.map((m) => m.code));
    const missing = RULES.flatMap((r) => r.mitigations.filter((c) => !codes.has(c)).map((c) => `${r.id}: ${c}`));
    expect(missing).toEqual([]);
  });

  it('SC-06 and IN-07 carry the crypto source-code bar (I-8)', () => {
    for (const id of ['SC-06', 'IN-07']) {
      const notice = ruleById(id)?.notice;
      expect(notice?.en).toMatch(/source code/);
      expect(notice?.en).toMatch(/Art\. 31\(2\)/);
      expect(notice?.en).toMatch(/Art\. 47\(2\)/);
      expect(notice?.zh).toMatch(/源代码/);
    }
  });

  it('travel fields are read only by TR rules, and TR rules read only travel fields (I-12)', () => {
    for (const r of RULES) {
      const read = [...fieldsRead(r)];
      if (r.family === 'TR') expect(read.every((f) => f.startsWith('travel.')), r.id).toBe(true);
      else expect(read.some((f) => f.startsWith('travel.')), r.id).toBe(false);
    }
  });

  it('the brief\'s "→ REVIEW" rules are forced to REVIEW on legal grounds', () => {
    expect(RULES.filter((r) => r.forcedReview && !r.forcedReview.when).map((r) => r.id)).toEqual(['SC-03', 'SC-05', 'CT-06', 'MR-05']);
  });
});
