/**
 * Rules G-01 … G-09 (brief §17.1): grading and process. G-01, G-03, G-04, G-05 and G-07 are derivation rules
 * (severity null): they report the inputs of the MLPS estimator (engine/mlps.ts) as findings.
 */
import type { Rule } from '../rule-types';
import { CII, GRADED, LMAX_GTE_2, LMAX_GTE_3 } from './common';

export const G_RULES: readonly Rule[] = [
  {
    id: 'G-01',
    version: 1,
    family: 'G',
    title: { en: 'Standard MLPS level', zh: '标准定级（GB/T 22240-2020）' },
    rationale: {
      en: 'GB/T 22240-2020 grades a system by the object harmed and the degree of harm; citizens × especially serious harm is level 2, never 3.',
      zh: 'GB/T 22240-2020按受侵害客体和侵害程度定级；公民、法人和其他组织遭受特别严重损害为第二级，而非第三级。',
    },
    trigger: { all: [GRADED, { field: 'system.harm_object_max', op: 'isKnown' }, { field: 'system.harm_degree_max', op: 'isKnown' }] },
    severity: null,
    exposure: ['derivation'],
    legalBasis: [{ instrument: 'GBT-22240-2020', articles: 'grading elements; level matrix', confidence: 'WR' }],
    mitigations: [],
    estimatorInputs: ['system.declared_mlps'],
    decisions: [
      'Harm object or degree unknown: G-01 is REVIEW, the level range stays open (1–5 or the row/column range), and the §16 heuristic defaults are shown only as a labelled warning (U) that no rule uses.',
      'The 2018 draft variant (citizens × especially serious = 3) is never applied.',
      'An unknown declared level is ignored (it cannot raise level_max); "none" gives an "ungraded" warning only when the minimum is 2 or more.',
    ],
  },
  {
    id: 'G-02',
    version: 1,
    family: 'G',
    title: { en: '2025-template divergence', zh: '2025年定级模板差异' },
    rationale: {
      en: 'The MPS 2025 grading template maps the broadened third harm object to levels 4/5/5 and adds data floors (important data ≥ L3, core data ≥ L4), so the PSB may accept a higher level than GB/T 22240-2020 gives.',
      zh: '公安部2025年定级报告模板将扩展后的第三类客体对应为第四/五/五级，并增加数据等级下限（重要数据不低于第三级，核心数据不低于第四级），公安机关认可的等级可能高于GB/T 22240-2020。',
    },
    trigger: {
      all: [
        GRADED,
        {
          any: [
            { field: 'mlps.t2025_above_std', op: 'isTrue' },
            { field: 'data.important_data', op: 'in', value: ['notified', 'likely'] },
            { field: 'data.core_data', op: 'eq', value: 'yes' },
          ],
        },
      ],
    },
    severity: { base: 'info' },
    exposure: ['derivation', 'inspection'],
    legalBasis: [
      { instrument: 'MPS-2025-1846', articles: 'Q7', confidence: 'WR' },
      { instrument: 'MPS-2025-GRADING-TEMPLATE', articles: 'level matrix; notes on important and core data', confidence: 'U', note: 'Matrix WR (independent reproductions); exact template wording U (not public).' },
    ],
    mitigations: [],
    mitigationNotes: [{ en: 'Ask the customer which template and level its PSB accepted.', zh: '向客户确认其公安机关认可的模板和等级。' }],
    estimatorInputs: ['system.harm_object_max', 'system.harm_degree_max'],
  },
  {
    id: 'G-03',
    version: 1,
    family: 'G',
    title: { en: 'CII floor: level 3', zh: '关键信息基础设施等级下限：第三级' },
    rationale: {
      en: 'A system identified as critical information infrastructure is in principle graded at least level 3.',
      zh: '被认定为关键信息基础设施的系统原则上不低于第三级。',
    },
    trigger: { all: [GRADED, CII] },
    severity: null,
    exposure: ['derivation'],
    legalBasis: [
      { instrument: 'GBT-22240-2020', articles: 'initial level determination', confidence: 'WR' },
      { instrument: 'MPS-2020-1960', confidence: 'WR' },
    ],
    mitigations: [],
  },
  {
    id: 'G-04',
    version: 1,
    family: 'G',
    title: { en: 'Data-class floors', zh: '数据分类等级下限' },
    rationale: {
      en: 'The 2025 grading template puts systems with important data at level 3 or above and systems with core data at level 4 or above.',
      zh: '2025年定级模板规定：涉及重要数据的系统不低于第三级，涉及核心数据的系统不低于第四级。',
    },
    trigger: { all: [GRADED, { any: [{ field: 'data.important_data', op: 'in', value: ['notified', 'likely'] }, { field: 'data.core_data', op: 'eq', value: 'yes' }] }] },
    severity: null,
    exposure: ['derivation'],
    legalBasis: [{ instrument: 'MPS-2025-GRADING-TEMPLATE', articles: 'notes on important and core data', confidence: 'U', note: 'Floors widely reported (WR); exact template wording U.' }],
    mitigations: [],
  },
  {
    id: 'G-05',
    version: 1,
    family: 'G',
    title: { en: 'Health-sector floor', zh: '卫生行业等级下限' },
    rationale: {
      en: 'Core business systems of tertiary-A hospitals are graded at least level 3 under the 2011 health-sector guidance.',
      zh: '依据2011年卫生行业指导意见，三级甲等医院核心业务系统不低于第三级。',
    },
    trigger: {
      all: [
        GRADED,
        { field: 'customer.sector', op: 'eq', value: 'healthcare' },
        { field: 'customer.hospital_tier', op: 'eq', value: 'tertiary_a' },
        { field: 'system.function', op: 'eq', value: 'core_business' },
      ],
    },
    severity: null,
    exposure: ['derivation'],
    legalBasis: [
      { instrument: 'MOH-2011-85', confidence: 'WR' },
      { instrument: 'MOH-2011-1126', confidence: 'WR' },
    ],
    mitigations: [],
  },
  {
    id: 'G-06',
    version: 1,
    family: 'G',
    title: { en: 'Platform floor', zh: '平台等级下限' },
    rationale: {
      en: 'Cloud, big-data and basic-network platforms are graded at least at the highest level they host; the hosting platform must itself be filed at or above the hosted level.',
      zh: '云计算、大数据及基础网络平台的等级不低于其承载对象的最高等级；承载平台自身的备案等级应不低于被承载系统。',
    },
    trigger: {
      all: [
        GRADED,
        {
          any: [
            { field: 'product.category', op: 'eq', value: 'cloud_platform' },
            { field: 'system.function', op: 'eq', value: 'platform_hosting' },
            { field: 'system.hosting', op: 'in', value: ['cn_cloud_domestic', 'cn_cloud_partner'] },
          ],
        },
      ],
    },
    severity: { base: 'low' },
    exposure: ['derivation'],
    legalBasis: [
      { instrument: 'GBT-22240-2020', articles: 'support platforms', confidence: 'WR' },
      { instrument: 'GBT-22239-2019', articles: '8.2.6.1 (cloud extension, CSP selection)', confidence: 'WR' },
    ],
    mitigations: [],
    mitigationNotes: [{ en: "Ask for the host platform's filing certificate.", zh: '索取承载平台的备案证明。' }],
    estimatorInputs: ['system.max_hosted_level', 'system.extensions'],
    decisions: [
      'The platform floor raises this system\'s level only when the system is the platform (category cloud_platform or function platform_hosting) and system.max_hosted_level is known; with it unknown the floor is not applied and the basis says so.',
      'A big-data extension is read as a big-data platform: floor 3 (F-PLATFORM).',
    ],
  },
  {
    id: 'G-07',
    version: 1,
    family: 'G',
    title: { en: 'Level-5 candidate', zh: '第五级候选' },
    rationale: {
      en: 'MPS letter 1846 defines level 5 with examples such as financial core trading and transport dispatch systems; a dispatch or trading core of a CII operator is a candidate, which raises the maximum to 5.',
      zh: '公网安〔2025〕1846号界定第五级，举例包括金融核心交易系统、交通调度指挥系统等；关键信息基础设施运营者的调度或交易核心系统为候选，估算上限提高至第五级。',
    },
    trigger: { all: [GRADED, { field: 'system.function', op: 'eq', value: 'dispatch_or_trading_core' }, CII] },
    severity: null,
    exposure: ['derivation'],
    legalBasis: [{ instrument: 'MPS-2025-1846', articles: 'Q7–Q9', confidence: 'WR' }],
    mitigations: [],
    decisions: ['F-L5 raises only level_max; it is reported as a "level5-candidate" warning, not in floorsApplied, so that level_min ≥ every applied floor (I-3) holds.'],
  },
  {
    id: 'G-08',
    version: 1,
    family: 'G',
    title: { en: 'Filing and regulatory visibility', zh: '备案与监管可见性' },
    rationale: {
      en: 'Level 2+ systems are filed with the PSB; the filing form records foreign "key products" and service providers, the cloud platform and a data inventory, and must be redone on the 2025 templates.',
      zh: '第二级及以上系统须向公安机关备案；备案表登记非国产关键产品和服务商、云平台及数据摸底情况，并须按2025年模板重新备案。',
    },
    trigger: LMAX_GTE_2,
    severity: { base: 'low', baseReason: 'level 2', steps: [{ when: LMAX_GTE_3, severity: 'medium', reason: 'level 3 or above' }] },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'MPS-2007-43', articles: 'Art. 15', confidence: 'WR', note: 'Filing deadline U (30 days under 43号; reportedly 10 working days under 1960号); no deadline is relied on here.' },
      { instrument: 'GBT-22239-2019', articles: '定级和备案', confidence: 'WR' },
      { instrument: 'MPS-2025-1846', articles: 'Q1, Q14–Q16', confidence: 'WR' },
      { instrument: 'MPS-FILING-FORM', articles: 'items 07–08', confidence: 'WR' },
    ],
    mitigations: ['M-DOSSIER'],
    decisions: ['The U tag on the filing deadline is kept as a note on the 43号 citation: the finding states no deadline, so it does not lower the confidence.'],
  },
  {
    id: 'G-09',
    version: 1,
    family: 'G',
    title: { en: 'Expert review and test cadence', zh: '专家评审与测评周期' },
    rationale: {
      en: 'Levels 2–4 need expert review of the grading; level 3+ systems are tested at least yearly (43号 text: level 4 half-yearly).',
      zh: '第二至四级须组织专家评审定级；第三级及以上系统至少每年测评一次（43号原文：第四级每半年一次）。',
    },
    trigger: LMAX_GTE_2,
    severity: { base: 'low', baseReason: 'level 2: expert review, no fixed test cycle', steps: [{ when: LMAX_GTE_3, severity: 'medium', reason: 'level 3 or above: yearly testing' }] },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'MPS-2007-43', articles: 'Art. 14', confidence: 'WR' },
      { instrument: 'MPS-2020-1960', confidence: 'WR' },
      { instrument: 'MPS-2025-1846', articles: 'Q2, Q11', confidence: 'WR' },
    ],
    mitigations: ['M-DOSSIER'],
  },
];
