/**
 * Rules MR-01 … MR-05 (brief §17.4): market review and contracts.
 */
import type { Rule } from '../rule-types';
import { REVIEW_CATS } from '../rule-types';
import { CII, FOREIGN, INFOSEC } from './common';

export const MR_RULES: readonly Rule[] = [
  {
    id: 'MR-01',
    version: 1,
    family: 'MR',
    title: { en: 'CIIO procurement may need cybersecurity review', zh: '关键信息基础设施运营者采购可能须经网络安全审查' },
    rationale: {
      en: 'A CIIO buying network products that may affect national security must pass cybersecurity review; the procurement contract binds the vendor to cooperate and to the Art. 6 commitments (no illegal data access, no control of user equipment, no unjustified supply interruption).',
      zh: '关键信息基础设施运营者采购可能影响国家安全的网络产品和服务须通过网络安全审查；采购合同要求供应商配合审查并作出第六条承诺（不非法获取用户数据、不非法控制用户设备、不无正当理由中断供应）。',
    },
    trigger: {
      all: [
        CII,
        {
          any: [
            { field: 'product.category', op: 'in', value: REVIEW_CATS },
            { all: [{ field: 'product.category', op: 'in', value: ['business_app', 'saas_app', 'custom_software', 'mobile_app'] }, { field: 'data.pi_subjects', op: 'eq', value: 'gt_1m' }] },
          ],
        },
      ],
    },
    severity: { base: 'medium', steps: [{ when: { all: [FOREIGN, INFOSEC] }, severity: 'high', reason: 'foreign-controlled maker of an information security product' }] },
    exposure: ['certification', 'inspection'],
    legalBasis: [
      { instrument: 'CSL', cslArticles: { y2017: '35', y2026: '37' }, confidence: 'VS' },
      { instrument: 'CII-REGS', articles: 'Arts. 19, 41', confidence: 'VS' },
      { instrument: 'CRM-2022', articles: 'Arts. 2, 5, 6, 8, 10, 21', confidence: 'WR' },
      { instrument: 'CRYPTO-LAW', articles: 'Art. 27(2)', confidence: 'VS' },
      { instrument: 'CRYPTO-REGS-2023', articles: 'Art. 40', confidence: 'VS' },
    ],
    mitigations: ['M-REVIEWPACK', 'M-CN-EDITION', 'M-CONTRACT', 'M-DATA-MIN'],
  },
  {
    id: 'MR-02',
    version: 1,
    family: 'MR',
    title: { en: 'Ex officio review and precedent risk', zh: '依职权审查与先例风险' },
    rationale: {
      en: 'The review mechanism may review products on its own initiative; Micron (2023) ended with CIIOs told to stop buying, and Palo Alto Networks products came under review in 2026.',
      zh: '网络安全审查工作机制可依职权主动审查；美光案（2023年）以要求关键信息基础设施运营者停止采购告终，派拓公司产品于2026年被启动审查。',
    },
    trigger: {
      any: [
        { field: 'vendor.review_status', op: 'in', value: ['active_review', 'failed_review'] },
        { all: [{ field: 'vendor.hq_jurisdiction', op: 'eq', value: 'US' }, INFOSEC, CII] },
      ],
    },
    severity: {
      base: 'high',
      baseReason: 'US-headquartered information security vendor in a CII',
      steps: [{ when: { field: 'vendor.review_status', op: 'in', value: ['active_review', 'failed_review'] }, severity: 'critical', reason: 'the vendor is under or has failed a cybersecurity review' }],
    },
    exposure: ['certification'],
    legalBasis: [
      { instrument: 'CRM-2022', articles: 'Art. 16', confidence: 'WR' },
      { instrument: 'PRECEDENT-MICRON-2023', confidence: 'WR' },
      { instrument: 'PRECEDENT-PALO-ALTO-2026', confidence: 'WR' },
    ],
    mitigations: ['M-EXIT'],
    mitigationNotes: [{ en: 'Termination and transition clauses for regulatory exclusion.', zh: '针对监管排除的终止和过渡条款。' }],
  },
  {
    id: 'MR-03',
    version: 1,
    family: 'MR',
    title: { en: 'Reported 2026 directive on US/Israeli security software', zh: '据报道的2026年限制美国和以色列安全软件指令' },
    rationale: {
      en: 'Reuters and Bloomberg reported in January 2026 that Chinese companies were told to stop using cybersecurity software from about a dozen US and Israeli vendors; it is not a published instrument, so it is shown as press reporting.',
      zh: '路透社和彭博社2026年1月报道，中国企业被要求停止使用约十余家美国和以色列厂商的网络安全软件；该指令未公开发布，仅作为媒体报道列示。',
    },
    trigger: {
      any: [
        { field: 'vendor.named_in_reported_restriction', op: 'eq', value: 'yes', unknownAs: false },
        {
          unknownIf: {
            all: [
              { field: 'vendor.named_in_reported_restriction', op: 'isUnknown' },
              { field: 'vendor.hq_jurisdiction', op: 'in', value: ['US', 'IL'] },
              INFOSEC,
            ],
          },
          ground: 'unknown-answer',
          note: 'Whether the vendor is named in the reported directive is unknown: ask the customer whether it received a notice.',
        },
      ],
    },
    severity: { base: 'high' },
    exposure: ['certification'],
    legalBasis: [{ instrument: 'REPORT-DIRECTIVE-2026', confidence: 'U', note: 'WR as press reporting; U as law (legal form and scope unknown).' }],
    mitigations: ['M-EXIT'],
    mitigationNotes: [{ en: 'Ask the customer whether it received a notice.', zh: '询问客户是否收到相关通知。' }],
    decisions: ['FIRE when confirmed as named even though the basis is U (explicit outcome in the trigger column); the finding shows confidence U.'],
  },
  {
    id: 'MR-04',
    version: 1,
    family: 'MR',
    title: { en: 'CII security and confidentiality agreement; provider duties', zh: '关键信息基础设施安全保密协议与提供者义务' },
    rationale: {
      en: 'A CIIO must sign a security and confidentiality agreement with providers setting out their technical-support and confidentiality obligations, and supervise performance.',
      zh: '关键信息基础设施运营者须与提供者签订安全保密协议，明确其技术支持和安全保密义务与责任，并监督履行。',
    },
    trigger: CII,
    severity: { base: 'medium' },
    exposure: ['data-access', 'inspection'],
    legalBasis: [
      { instrument: 'CSL', cslArticles: { y2017: '36', y2026: '38' }, confidence: 'VS' },
      { instrument: 'CII-REGS', articles: 'Art. 20', confidence: 'VS' },
      { instrument: 'CRM-2022', articles: 'Art. 6', confidence: 'WR' },
    ],
    mitigations: ['M-CONTRACT'],
  },
  {
    id: 'MR-05',
    version: 1,
    family: 'MR',
    title: { en: 'Cross-border tunnels must use licensed operators', zh: '跨境专线须通过持牌电信运营商' },
    rationale: {
      en: 'A 2017 MIIT notice requires cross-border private lines to go through licensed basic telecom operators; a VPN gateway carrying cross-border traffic may fall under it.',
      zh: '工业和信息化部2017年通知要求跨境专线须经持牌基础电信运营商；承载跨境流量的VPN网关可能受其约束。',
    },
    trigger: { all: [{ field: 'product.category', op: 'eq', value: 'vpn_gateway' }, { field: 'data.cross_border', op: 'notNone' }] },
    forcedReview: { reason: 'The basis (工信部信管函〔2017〕32号) is U.' },
    severity: { base: 'medium' },
    exposure: ['certification'],
    legalBasis: [{ instrument: 'MIIT-2017-32', confidence: 'U' }],
    mitigations: [],
    mitigationNotes: [{ en: 'Licensed cross-border private lines via basic telecom operators.', zh: '通过基础电信运营商使用持牌跨境专线。' }],
  },
];
