// Readable triggers: every rule's trigger reads as plain language in English and Chinese and names every field it
// tests by its questionnaire label; nested all/any/not groups keep their structure; CSL citations carry both numbers.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../shared/catalogue';
import {
  citationArticles,
  conditionFields,
  conditionSentence,
  describeCondition,
  fieldLabel,
  type DescribeLang,
  type TriggerLine,
} from '../../../../shared/catalogue/describe';
import type { Condition } from '../../../../shared/catalogue/rule-types';

function allText(line: TriggerLine): string {
  return [line.text, ...line.children.map(allText)].join('\n');
}

describe('describeCondition', () => {
  for (const lang of ['en', 'zh'] as const satisfies readonly DescribeLang[]) {
    it.each(RULES.map((r) => [r.id, r] as const))(`%s: describes the trigger in ${lang} and names every field it reads`, (_id, rule) => {
      const tree = describeCondition(rule.trigger, lang);
      const text = allText(tree);
      const sentence = conditionSentence(rule.trigger, lang);
      for (const path of conditionFields(rule.trigger)) {
        const label = fieldLabel(path, lang);
        expect(label, `no label for ${path}`).not.toBe(path);
        expect(text).toContain(label);
        expect(sentence).toContain(label);
      }
      // No raw DSL leaks into what a reader sees.
      expect(text).not.toMatch(/\b(isTrue|isFalse|notIn|onlyOf|intersects|undefined|\[object)/);
      expect(sentence).not.toMatch(/[a-z]+\.[a-z_]+/); // no field path like "product.category"
      if (lang === 'zh') expect(sentence).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('renders nested all/any/not with field and value labels, as a tree and as one sentence', () => {
    const c: Condition = {
      all: [
        { field: 'customer.cii_status', op: 'in', value: ['identified', 'likely'] },
        {
          any: [
            { field: 'product.customization', op: 'eq', value: 'bespoke_development' },
            { not: { field: 'vendor.foreign_controlled', op: 'isTrue' } },
          ],
        },
      ],
    };
    const tree = describeCondition(c, 'en');
    expect(tree.kind).toBe('all');
    expect(tree.text).toBe('All of the following:');
    expect(tree.children.map((l) => l.kind)).toEqual(['test', 'any']);
    expect(tree.children[0]?.text).toBe('Critical information infrastructure status is “Identified as CII” or “Likely CII (not yet confirmed)”');
    expect(tree.children[0]?.fields).toEqual(['customer.cii_status']);
    const any = tree.children[1];
    expect(any?.text).toBe('At least one of the following:');
    expect(any?.children.map((l) => l.kind)).toEqual(['test', 'not']);
    expect(any?.children[1]?.children[0]?.text).toBe('Foreign-controlled vendor: yes');

    expect(conditionSentence(c, 'en')).toBe(
      'Critical information infrastructure status is “Identified as CII” or “Likely CII (not yet confirmed)” AND ' +
        '(Customisation is “Bespoke development” OR NOT Foreign-controlled vendor: yes)',
    );
    expect(conditionSentence(c, 'zh')).toBe(
      '关键信息基础设施认定为“已被认定为关基”或“可能属于关基（尚未确认）” 且 （定制程度为“专门开发” 或 非外方控制：是）',
    );
  });

  it('collapses a group of one part, and describes rule references, sections and REVIEW branches', () => {
    expect(describeCondition({ all: [{ field: 'travel.devices_into_cn', op: 'isTrue' }] }, 'en').kind).toBe('test');
    const rule = describeCondition({ rule: 'MR-01', outcomeIn: ['fire', 'review'] }, 'en');
    expect(rule).toMatchObject({ kind: 'rule', ruleId: 'MR-01', text: 'Rule MR-01 fires or is REVIEW' });
    expect(describeCondition({ section: 'product' }, 'zh').text).toBe('评审包含“产品”部分');
    const review = describeCondition({ unknownIf: { field: 'product.catalogue_status', op: 'isUnknown' }, ground: 'unknown-answer', note: 'n' }, 'en');
    expect(review).toMatchObject({ kind: 'review-if', note: 'n', ground: 'unknown-answer' });
    expect(review.children[0]?.text).toContain('is unknown');
    expect(describeCondition({ field: 'mlps.level_max', op: 'gte', value: 3 }, 'en').text).toBe('Estimated maximum MLPS level is 3 or higher');
  });
});

describe('citationArticles', () => {
  it('gives both Cybersecurity Law numberings, in English and Chinese', () => {
    const ref = { instrument: 'CSL', cslArticles: { y2017: '21', y2026: '23' }, confidence: 'VS' } as const;
    expect(citationArticles(ref, 'en')).toBe('Art. 21 (2026: Art. 23)');
    expect(citationArticles(ref, 'zh')).toBe('第21条（2026年文本：第23条）');
    expect(citationArticles({ instrument: 'GBT-22239-2019', articles: '8.1.9.5 c', confidence: 'WR' }, 'en')).toBe('8.1.9.5 c');
    expect(citationArticles({ instrument: 'GBT-22239-2019', confidence: 'WR' }, 'en')).toBeNull();
  });

  it('every CSL citation of every rule shows both numbers', () => {
    for (const rule of RULES) {
      for (const ref of rule.legalBasis.filter((r) => r.instrument === 'CSL')) {
        expect(citationArticles(ref, 'en'), rule.id).toMatch(/Art\. \d+.*2026: Art\. \d+/);
      }
    }
  });
});
