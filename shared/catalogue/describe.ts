/**
 * Readable rule triggers: turns the condition DSL (rule-types.ts) into nested, plain-language lines in English or
 * Chinese, with the questionnaire's field labels (PROFILE_FIELDS, DERIVED_FACTS) and value labels (FIELD_HELP), e.g.
 * "Critical information infrastructure status is Identified or Likely". Pure: no DOM, no i18n library.
 *
 *   describeCondition(rule.trigger, 'en')  → a tree of lines (groups "All of the following:" with children)
 *   conditionSentence(rule.trigger, 'zh')  → one line, groups joined with AND / OR and parenthesised
 *   conditionFields(rule.trigger)          → every field path the condition reads
 */
import { DERIVED_FACTS, fieldByPath, SECTION_TITLES } from '../profile/fields';
import { fieldHelp } from '../profile/help';
import type { SectionName } from '../profile/types';
import type { Condition, FieldTest, ReviewGround } from './rule-types';
import type { LegalRef, LocalText } from './types';

/** Text language of a description. */
export type DescribeLang = 'en' | 'zh';

/** What a line stands for. */
export type TriggerLineKind = 'all' | 'any' | 'not' | 'test' | 'rule' | 'section' | 'review-if';

/** One line of a readable condition; groups carry their parts as children. */
export interface TriggerLine {
  readonly kind: TriggerLineKind;
  readonly text: string;
  readonly children: readonly TriggerLine[];
  /** Field paths this line itself tests (not its children's). */
  readonly fields: readonly string[];
  /** For `rule` lines: the referenced rule id. */
  readonly ruleId?: string;
  /** For `review-if` lines: the catalogue's note (English only in the catalogue). */
  readonly note?: string;
  /** For `review-if` lines: why the case is REVIEW. */
  readonly ground?: ReviewGround;
}

/** The language-specific half of a LocalText (English where no Chinese is given). */
export function localText(text: LocalText, lang: DescribeLang): string {
  return lang === 'zh' ? (text.zh ?? text.en) : text.en;
}

/** Label of a profile field or derived fact, e.g. "Product category" / "产品类别"; the path itself if unknown. */
export function fieldLabel(path: string, lang: DescribeLang): string {
  const def = fieldByPath(path);
  if (def) return localText(def.label, lang);
  const fact = DERIVED_FACTS.find((d) => d.path === path);
  return fact ? localText(fact.label, lang) : path;
}

/** Label of one answer of a field, e.g. ("product.customization", "cots") → "Off-the-shelf …"; the value if unknown. */
export function valueLabel(path: string, value: string | number | boolean, lang: DescribeLang): string {
  const label = fieldHelp(path)?.values[String(value)];
  return label ? localText(label, lang) : String(value);
}

const WORDS = {
  en: {
    all: 'All of the following:',
    any: 'At least one of the following:',
    not: 'None of the following holds:',
    and: ' AND ',
    or: ' OR ',
    notPrefix: 'NOT ',
    listOr: (items: readonly string[]) => joinList(items, ', ', ' or '),
    is: (f: string, v: string) => `${f} is ${v}`,
    isNot: (f: string, v: string) => `${f} is not ${v}`,
    includes: (f: string, v: string) => `${f} includes ${v}`,
    intersects: (f: string, v: string) => `${f} includes at least one of ${v}`,
    onlyOf: (f: string, v: string) => `${f} is answered and contains only ${v}`,
    notNone: (f: string) => `${f} is not empty (something other than none)`,
    gte: (f: string, n: number) => `${f} is ${n} or higher`,
    lte: (f: string, n: number) => `${f} is ${n} or lower`,
    isTrue: (f: string) => `${f}: yes`,
    isFalse: (f: string) => `${f}: no`,
    isKnown: (f: string) => `${f} is answered (not unknown)`,
    isUnknown: (f: string) => `${f} is unknown`,
    unknownAsNo: ' (an unknown answer counts as no here)',
    rule: (id: string, outcomes: string) => `Rule ${id} ${outcomes}`,
    outcome: { fire: 'fires', review: 'is REVIEW', no: 'does not fire' } as Record<string, string>,
    section: (s: string) => `The ${s} section is part of the review`,
    reviewIf: { 'unknown-answer': 'REVIEW (an answer is missing) when:', 'uncertain-basis': 'REVIEW (the legal basis is uncertain) when:' },
  },
  zh: {
    all: '同时满足以下全部条件：',
    any: '满足以下至少一项：',
    not: '以下条件均不成立：',
    and: ' 且 ',
    or: ' 或 ',
    notPrefix: '非',
    listOr: (items: readonly string[]) => joinList(items, '、', '或'),
    is: (f: string, v: string) => `${f}为${v}`,
    isNot: (f: string, v: string) => `${f}不是${v}`,
    includes: (f: string, v: string) => `${f}包含${v}`,
    intersects: (f: string, v: string) => `${f}包含${v}中的至少一项`,
    onlyOf: (f: string, v: string) => `${f}已回答且仅包含${v}`,
    notNone: (f: string) => `${f}不为空（含“无”以外的选项）`,
    gte: (f: string, n: number) => `${f}为${n}或以上`,
    lte: (f: string, n: number) => `${f}为${n}或以下`,
    isTrue: (f: string) => `${f}：是`,
    isFalse: (f: string) => `${f}：否`,
    isKnown: (f: string) => `${f}已回答（非未知）`,
    isUnknown: (f: string) => `${f}为未知`,
    unknownAsNo: '（此处未知答案按“否”处理）',
    rule: (id: string, outcomes: string) => `规则${id}${outcomes}`,
    outcome: { fire: '触发', review: '为待审查（REVIEW）', no: '不触发' } as Record<string, string>,
    section: (s: string) => `评审包含“${s}”部分`,
    reviewIf: { 'unknown-answer': '以下情形为待审查（REVIEW，缺少答案）：', 'uncertain-basis': '以下情形为待审查（REVIEW，法律依据不确定）：' },
  },
} as const;

function joinList(items: readonly string[], sep: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1] ?? ''}`;
}

/** One field test as a sentence. */
export function describeTest(test: FieldTest, lang: DescribeLang): string {
  const w = WORDS[lang];
  const f = fieldLabel(test.field, lang);
  const v = (x: string | number | boolean) => `“${valueLabel(test.field, x, lang)}”`;
  const text = ((): string => {
    switch (test.op) {
      case 'eq':
        return w.is(f, v(test.value));
      case 'ne':
        return w.isNot(f, v(test.value));
      case 'in':
        return w.is(f, w.listOr(test.value.map(v)));
      case 'notIn':
        return w.isNot(f, w.listOr(test.value.map(v)));
      case 'includes':
        return w.includes(f, v(test.value));
      case 'intersects':
        return w.intersects(f, w.listOr(test.value.map(v)));
      case 'onlyOf':
        return w.onlyOf(f, w.listOr(test.value.map(v)));
      case 'notNone':
        return w.notNone(f);
      case 'gte':
        return w.gte(f, test.value);
      case 'lte':
        return w.lte(f, test.value);
      case 'isTrue':
        return w.isTrue(f);
      case 'isFalse':
        return w.isFalse(f);
      case 'isKnown':
        return w.isKnown(f);
      case 'isUnknown':
        return w.isUnknown(f);
    }
  })();
  return test.unknownAs === false ? text + w.unknownAsNo : text;
}

function sectionLabel(section: string, lang: DescribeLang): string {
  const title = (SECTION_TITLES as Readonly<Record<string, LocalText>>)[section as SectionName];
  return title ? localText(title, lang) : section;
}

/** The condition as a tree of lines. Groups of one part are shown as that part. */
export function describeCondition(c: Condition, lang: DescribeLang): TriggerLine {
  const w = WORDS[lang];
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only) return describeCondition(only, lang);
    const kind = 'all' in c ? 'all' : 'any';
    return { kind, text: w[kind], children: parts.map((p) => describeCondition(p, lang)), fields: [] };
  }
  if ('not' in c) return { kind: 'not', text: w.not, children: [describeCondition(c.not, lang)], fields: [] };
  if ('field' in c) return { kind: 'test', text: describeTest(c, lang), children: [], fields: [c.field] };
  if ('rule' in c) {
    const outcomes = w.listOr(c.outcomeIn.map((o) => w.outcome[o] ?? o));
    return { kind: 'rule', text: w.rule(c.rule, outcomes), children: [], fields: [], ruleId: c.rule };
  }
  if ('section' in c) return { kind: 'section', text: w.section(sectionLabel(c.section, lang)), children: [], fields: [] };
  return { kind: 'review-if', text: w.reviewIf[c.ground], children: [describeCondition(c.unknownIf, lang)], fields: [], note: c.note, ground: c.ground };
}

/** The condition as one line: AND/OR between parts, nested groups in parentheses. */
export function conditionSentence(c: Condition, lang: DescribeLang): string {
  return lineSentence(describeCondition(c, lang), lang, false);
}

function lineSentence(line: TriggerLine, lang: DescribeLang, nested: boolean): string {
  const w = WORDS[lang];
  const wrap = (s: string) => (nested ? (lang === 'zh' ? `（${s}）` : `(${s})`) : s);
  switch (line.kind) {
    case 'all':
    case 'any':
      return wrap(line.children.map((ch) => lineSentence(ch, lang, true)).join(line.kind === 'all' ? w.and : w.or));
    case 'not': {
      const inner = line.children[0];
      return inner ? `${w.notPrefix}${lineSentence(inner, lang, true)}` : '';
    }
    case 'review-if': {
      const inner = line.children[0];
      return wrap(`${line.text} ${inner ? lineSentence(inner, lang, false) : ''}`.trim());
    }
    default:
      return line.text;
  }
}

/** Every field path a condition reads, in order of first appearance. */
export function conditionFields(c: Condition): readonly string[] {
  const out: string[] = [];
  const visit = (x: Condition): void => {
    if ('all' in x) x.all.forEach(visit);
    else if ('any' in x) x.any.forEach(visit);
    else if ('not' in x) visit(x.not);
    else if ('unknownIf' in x) visit(x.unknownIf);
    else if ('field' in x && !out.includes(x.field)) out.push(x.field);
  };
  visit(c);
  return out;
}

/** Every rule id a condition refers to (`{ rule: 'MR-01' }`). */
export function conditionRules(c: Condition): readonly string[] {
  const out: string[] = [];
  const visit = (x: Condition): void => {
    if ('all' in x) x.all.forEach(visit);
    else if ('any' in x) x.any.forEach(visit);
    else if ('not' in x) visit(x.not);
    else if ('unknownIf' in x) visit(x.unknownIf);
    else if ('rule' in x && !out.includes(x.rule)) out.push(x.rule);
  };
  visit(c);
  return out;
}

/**
 * The articles of one citation, e.g. "8.1.9.5 c", and for the Cybersecurity Law both numberings:
 * "Art. 21 (2026: Art. 23)" / "第21条（2026年文本：第23条）". Null when the citation names no article.
 */
export function citationArticles(ref: LegalRef, lang: DescribeLang): string | null {
  const parts: string[] = [];
  const csl = ref.cslArticles;
  if (csl) {
    if (lang === 'zh') parts.push(csl.y2017 === null ? `2026年文本第${csl.y2026}条（2017年文本无对应条文）` : `第${csl.y2017}条（2026年文本：第${csl.y2026}条）`);
    else parts.push(csl.y2017 === null ? `2026: Art. ${csl.y2026} (no 2017 counterpart)` : `Art. ${csl.y2017} (2026: Art. ${csl.y2026})`);
  }
  if (ref.articles) parts.push(ref.articles);
  return parts.length ? parts.join('; ') : null;
}
