/**
 * Rules IN-01 … IN-07 (brief §17.5): inspection by the PSB, sector regulators, assessors, the MSS and crypto
 * authorities. MPS Order No. 151 is cited only as history in the text, never as a legal basis (invariant I-9).
 */
import type { Rule } from '../rule-types';
import { PRESENCE_CATS } from '../rule-types';
import { CII, CRYPTO_PRODUCT, CRYPTO_SOURCE_CODE_BAR, CSL_28_30, FOREIGN, HAS_CRYPTO, LMAX_GTE_2, LMAX_GTE_3 } from './common';

export const IN_RULES: readonly Rule[] = [
  {
    id: 'IN-01',
    version: 1,
    family: 'IN',
    title: { en: 'Yearly PSB on-site inspection (level 3+ / CII)', zh: '公安机关年度现场检查（第三级以上/关键信息基础设施）' },
    rationale: {
      en: 'From 2026-10-01, MPS Order 176 has the PSB inspect level 3+ and CII operators on site every year: entry, questioning, copying of information, checks of technical measures, and vulnerability probing and penetration testing of deployed products.',
      zh: '自2026年10月1日起，公安部令第176号规定公安机关每年对第三级以上和关键信息基础设施运营者开展现场检查：进入场所、询问、查阅复制信息、检查技术措施运行，并对部署的产品进行漏洞探测和渗透测试。',
    },
    trigger: { any: [LMAX_GTE_3, CII] },
    severity: { base: 'high' },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'MPS-ORDER-176', articles: 'Arts. 4, 9', confidence: 'WR' },
      { instrument: 'MPS-ORDER-176', articles: 'Arts. 12–13', confidence: 'U', note: 'On-site measures known from a community summary of the final text.' },
      CSL_28_30,
    ],
    mitigations: ['M-INSPECT-READY'],
  },
  {
    id: 'IN-02',
    version: 1,
    family: 'IN',
    title: { en: 'PSB online patrol and remote testing', zh: '公安机关线上巡查与远程检测' },
    rationale: {
      en: 'Order 176 allows online patrol, vulnerability scanning and remote penetration testing, with notice, of internet-facing services (Order 151 Art. 16, now repealed, already allowed remote testing).',
      zh: '公安部令第176号允许对面向互联网的服务开展线上巡查、漏洞扫描和经通知的远程渗透测试（已废止的公安部令第151号第十六条已有远程检测规定）。',
    },
    trigger: {
      all: [
        { field: 'product.network_connected', op: 'isTrue' },
        {
          any: [
            { field: 'ops.offers_service_in_cn', op: 'isTrue' },
            { field: 'customer.is_telecom_or_isp', op: 'isTrue' },
            { field: 'system.function', op: 'eq', value: 'public_service' },
          ],
        },
      ],
    },
    severity: { base: 'medium' },
    exposure: ['inspection'],
    legalBasis: [{ instrument: 'MPS-ORDER-176', articles: 'Art. 4', confidence: 'WR', note: 'The reported 3-working-day notice is U.' }],
    mitigations: [],
    mitigationNotes: [{ en: 'Harden internet-facing interfaces; detection; a notice-handling SOP.', zh: '加固面向互联网的接口；部署检测；制定通知处置流程。' }],
    decisions: ['Order 151 Art. 16 (repealed 2026-10-01) is mentioned in the rationale as history only, never as a legal basis (I-9).'],
  },
  {
    id: 'IN-03',
    version: 1,
    family: 'IN',
    title: { en: 'CII inspections and testing by the sector, CAC and MPS', zh: '行业主管部门、网信部门和公安机关对关键信息基础设施的检查检测' },
    rationale: {
      en: 'Protection departments inspect CII, and the CAC coordinates spot-check testing with the MPS; refusing to cooperate is penalised.',
      zh: '保护工作部门对关键信息基础设施开展检查，网信部门统筹公安等部门开展抽查检测；拒不配合将受处罚。',
    },
    trigger: CII,
    severity: { base: 'high' },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'CII-REGS', articles: 'Arts. 17, 26–27, 42', confidence: 'VS' },
      { instrument: 'CSL', cslArticles: { y2017: '39', y2026: '41' }, confidence: 'VS' },
    ],
    mitigations: ['M-INSPECT-READY'],
  },
  {
    id: 'IN-04',
    version: 1,
    family: 'IN',
    title: { en: 'MLPS grading tests by domestic assessors', zh: '境内测评机构的等级测评' },
    rationale: {
      en: 'Level 2+ systems are tested by registered Chinese assessors whose staff are Chinese nationals; they examine configurations, logs and documents of deployed products.',
      zh: '第二级以上系统由境内注册、人员限于中国公民的测评机构测评，检查所部署产品的配置、日志和文档。',
    },
    trigger: LMAX_GTE_2,
    severity: { base: 'low', baseReason: 'level 2', steps: [{ when: LMAX_GTE_3, severity: 'medium', reason: 'level 3 or above: yearly tests' }] },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'GBT-28448-2019', confidence: 'WR' },
      { instrument: 'MPS-2007-43', articles: 'Art. 14', confidence: 'WR' },
      { instrument: 'MPS-2007-43', articles: 'Art. 22', confidence: 'WR', note: 'Conditions WR (corroborated by the assessor rules Art. 5); exact wording U.' },
      { instrument: 'MPS-ASSESSOR-RULES', articles: 'Art. 5', confidence: 'WR' },
      { instrument: 'MPS-2025-1846', articles: 'Q17–Q22', confidence: 'WR' },
    ],
    mitigations: ['M-DOSSIER', 'M-TESTPACK'],
  },
  {
    id: 'IN-05',
    version: 1,
    family: 'IN',
    title: { en: 'Review-driven lab testing, on-site checks and background investigation', zh: '审查引发的实验室检测、现场核查和背景调查' },
    rationale: {
      en: 'Cybersecurity review of a foreign vendor\'s product can bring laboratory testing, on-site inspection, online monitoring and background investigation (2017 Trial Measures; 2022 practice uncertain).',
      zh: '对外方厂商产品的网络安全审查可能包括实验室检测、现场检查、在线监测和背景调查（2017年试行办法；2022年以后的实践不确定）。',
    },
    trigger: { all: [{ rule: 'MR-01', outcomeIn: ['fire'] }, FOREIGN] },
    severity: { base: 'high' },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'CRM-2017-TRIAL', articles: 'Art. 3', confidence: 'WR' },
      { instrument: 'CRM-2022', articles: 'Arts. 8, 10', confidence: 'WR' },
      { instrument: 'CRM-2022', articles: 'review practice', confidence: 'U', note: 'Whether 2022 practice still uses these methods is U.' },
    ],
    mitigations: ['M-REVIEWPACK', 'M-CLEANROOM'],
  },
  {
    id: 'IN-06',
    version: 1,
    family: 'IN',
    title: { en: "MSS anti-espionage inspection of the vendor's organisation in China", zh: '国家安全机关对厂商在华机构的反间谍检查' },
    rationale: {
      en: 'With approval, the MSS may inspect the electronic equipment, programs and tools of organisations in China, retrieve materials and seal or seize equipment; a China entity or engineering staff bring the vendor within reach.',
      zh: '经批准，国家安全机关可查验境内组织的电子设备、设施及有关程序、工具，调取材料，并可查封、扣押；在华实体或技术人员使厂商处于其可及范围。',
    },
    trigger: { any: [{ field: 'vendor.china_presence', op: 'in', value: PRESENCE_CATS }, { field: 'vendor.staff_in_china', op: 'in', value: ['support_engineering', 'r_and_d'] }] },
    severity: {
      base: 'medium',
      steps: [{ when: { field: 'customer.sector', op: 'in', value: ['government', 'defence_industry', 'energy_power', 'telecom'] }, severity: 'high', reason: 'government, defence, energy or telecom customer' }],
    },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'AEL', articles: 'Arts. 25–26, 28, 43', confidence: 'VS' },
      { instrument: 'MSS-ORDER-3', articles: 'Art. 40', confidence: 'WR' },
      { instrument: 'NIL', articles: 'Art. 16', confidence: 'VS' },
    ],
    mitigations: ['M-MIN-CN-FOOTPRINT'],
    mitigationNotes: [{ en: 'An escalation protocol for inspection requests.', zh: '检查请求的升级处理机制。' }],
  },
  {
    id: 'IN-07',
    version: 1,
    family: 'IN',
    title: { en: 'Commercial-crypto supervision', zh: '商用密码监督检查' },
    rationale: {
      en: 'Crypto authorities carry out random checks and CII crypto inspections; they may charge no fees and designate no products.',
      zh: '密码管理部门开展随机抽查和关键信息基础设施密码检查，不得收费，不得指定产品。',
    },
    trigger: { any: [CRYPTO_PRODUCT, { all: [CII, HAS_CRYPTO] }] },
    severity: { base: 'low' },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'CRYPTO-LAW', articles: 'Art. 31', confidence: 'VS' },
      { instrument: 'CRYPTO-REGS-2023', articles: 'Art. 47', confidence: 'VS' },
      { instrument: 'CII-CRYPTO-2025', confidence: 'WR' },
    ],
    mitigations: [],
    mitigationNotes: [{ en: 'Cite Art. 31(2) / Art. 47(2); keep a conformity file.', zh: '援引第三十一条第二款和第四十七条第二款；保存合规档案。' }],
    notice: CRYPTO_SOURCE_CODE_BAR,
  },
];
