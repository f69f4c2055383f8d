// Hand-built, realistic report input for the writer tests: a US firewall at a bank that is "likely" CII, with fire,
// conditional and review findings, a reviewer override, mitigation decisions, Chinese text, CSL double numbering,
// a historical citation, evidence and an audit trail.
import type { Instrument, Mitigation } from '../../../../shared/catalogue/types';
import type { Assessment, Finding } from '../../../../shared/engine/assessment';
import type { ReportInput, ReportOptions } from '../../../../shared/report/types';
import type { AuditEntry, Review } from '../../../../shared/review/types';

export const instruments: Instrument[] = [
  {
    id: 'CSL', kind: 'law', name: { en: 'Cybersecurity Law of the PRC', zh: '《中华人民共和国网络安全法》' }, short: 'CSL', issuer: 'NPCSC',
    adopted: '2016-11-07', effective: '2017-06-01', status: 'in-force-amended', historical: false, confidence: 'VS', briefRef: '§4',
  },
  {
    id: 'GBT-22239-2019', kind: 'standard', name: { en: 'Baseline for classified protection of cybersecurity', zh: '《信息安全技术 网络安全等级保护基本要求》' },
    short: 'GB/T 22239-2019', issuer: 'SAMR/SAC', status: 'in-force', historical: false, confidence: 'WR', briefRef: '§2',
  },
  {
    id: 'MPS-ORDER-176', kind: 'departmental-rule', name: { en: 'Measures for Supervision and Inspection of Cyberspace Security by Public Security Organs', zh: '《公安机关网络空间安全监督检查办法》' },
    short: 'MPS Order No. 176', issuer: 'MPS', effective: '2026-10-01', status: 'in-force', historical: false, confidence: 'WR', briefRef: '§3.2',
  },
  {
    id: 'MPS-ORDER-151', kind: 'departmental-rule', name: { en: 'Provisions on Internet Security Supervision and Inspection (2018)', zh: '《公安机关互联网安全监督检查规定》' },
    short: 'MPS Order No. 151', issuer: 'MPS', status: 'repealed', replacedBy: 'MPS-ORDER-176', historical: true, confidence: 'VS', briefRef: '§3.1',
  },
  {
    id: 'GBT-39204-2022', kind: 'standard', name: { en: 'Cybersecurity protection requirements of critical information infrastructure', zh: '《信息安全技术 关键信息基础设施安全保护要求》' },
    short: 'GB/T 39204-2022', issuer: 'SAMR/SAC', status: 'in-force', historical: false, confidence: 'WR', briefRef: '§6',
  },
];

export const mitigations: Mitigation[] = [
  { code: 'M-CLEANROOM', title: { en: 'Clean-room review', zh: '洁净室审查' }, description: { en: 'Review in a vendor-controlled clean room.' }, limits: { en: 'Does not stop a PSB copying material held by the customer.' }, addresses: ['SC-01'] },
  { code: 'M-DELTA', title: { en: 'Thin customer layer', zh: '差量披露' }, description: { en: 'Disclose only the delta.' }, limits: { en: 'Narrows SC-01/SC-02.' }, addresses: ['SC-01'] },
  { code: 'M-INSPECT-READY', title: { en: 'Inspection playbook' }, description: { en: 'Who attends; what may be shown.' }, limits: { en: 'Procedural.' }, addresses: ['IN-01'] },
  { code: 'M-DOSSIER', title: { en: 'Filing dossier' }, description: { en: 'A filing-ready product dossier.' }, limits: { en: 'G-08/09.' }, addresses: ['G-08'] },
];

const sc01: Finding = {
  ruleId: 'SC-01', ruleVersion: 1, outcome: 'fire', severity: 'high', exposure: ['source-code'], confidence: 'WR',
  title: 'Source code and backdoor review of custom development', titleZh: '定制开发的源代码及后门审查',
  rationale: 'Level 3 systems must have outsourced code reviewed for backdoors.', rationaleZh: '第三级系统须对外包开发代码进行后门审查。',
  legalBasis: [
    { instrument: 'GBT-22239-2019', articles: '8.1.9.5 c', confidence: 'WR' },
    { instrument: 'CSL', cslArticles: { y2017: '21', y2026: '23' }, confidence: 'VS' },
  ],
  mitigations: ['M-DELTA', 'M-CLEANROOM'],
  trace: [
    { field: 'mlps.level_max', value: 4, test: '>= 3', result: true },
    { field: 'product.customization', value: 'bespoke_development', test: 'in {customized_for_customer, bespoke_development}', result: true },
  ],
};

const in01: Finding = {
  ruleId: 'IN-01', ruleVersion: 2, outcome: 'conditional', severity: 'high', severityFallback: 'medium', severityReason: 'CII step applies through a likely answer.',
  exposure: ['inspection'], confidence: 'WR', title: 'Yearly on-site inspection and remote penetration testing', titleZh: '年度现场检查及远程渗透测试',
  legalBasis: [
    { instrument: 'MPS-ORDER-176', articles: 'Art. 12', confidence: 'WR' },
    { instrument: 'MPS-ORDER-151', articles: 'Art. 10', confidence: 'VS', note: 'Historical: replaced from 2026-10-01.' },
    { instrument: 'CSL', cslArticles: { y2017: null, y2026: '20' }, confidence: 'WR' },
  ],
  mitigations: ['M-INSPECT-READY'], mitigationNotes: ['Keep proprietary material off the customer site.'],
  trace: [{ field: 'customer.cii_status', value: 'likely', test: 'in {identified, likely}', result: true, viaLikely: true }],
  conditionalOn: ['customer.cii_status'],
};

const sc03: Finding = {
  ruleId: 'SC-03', ruleVersion: 1, outcome: 'review', severity: 'medium', exposure: ['source-code'], confidence: 'U',
  title: 'CII: source-code security test report for custom software', titleZh: '关键信息基础设施：定制软件源代码安全检测报告',
  legalBasis: [{ instrument: 'GBT-39204-2022', articles: '§7.9 j)', confidence: 'U' }],
  mitigations: ['M-CLEANROOM'],
  trace: [{ field: 'customer.cii_status', value: 'likely', test: 'in {identified, likely}', result: true, viaLikely: true }],
  reviewReasons: ['uncertain-basis'],
  factsOutcome: 'conditional',
  notice: 'Crypto authorities may not require disclosure of source code.',
  noticeZh: '密码管理部门不得要求披露源代码。',
};

const da08: Finding = {
  ruleId: 'DA-08', ruleVersion: 1, outcome: 'review', severity: 'high', severityPending: 'critical', exposure: ['data-access', 'inspection'], confidence: 'WR',
  title: 'Vendor support access to onshore data from abroad', titleZh: '境外厂商支持访问境内数据',
  legalBasis: [{ instrument: 'CSL', cslArticles: { y2017: '37', y2026: '39' }, confidence: 'WR' }],
  mitigations: ['M-CLEANROOM'],
  trace: [
    { field: 'ops.remote_maintenance', value: 'unknown', test: '= remote_from_abroad', result: 'unknown' },
    { field: 'product.telemetry', value: 'content_offshore', test: 'in {metadata_offshore, content_offshore}', result: true },
  ],
  reviewReasons: ['unknown-answer'],
};

const g08: Finding = {
  ruleId: 'G-08', ruleVersion: 1, outcome: 'fire', severity: 'medium', exposure: ['inspection'], confidence: 'WR',
  title: 'Filing and regulatory visibility', titleZh: '备案与监管可见性',
  legalBasis: [{ instrument: 'MPS-2007-43', articles: 'Art. 15', confidence: 'U' }],
  mitigations: ['M-DOSSIER'],
  trace: [{ field: 'mlps.level_max', value: 4, test: '>= 2', result: true }],
};

const g01: Finding = {
  ruleId: 'G-01', ruleVersion: 1, outcome: 'fire', severity: null, exposure: ['derivation'], confidence: 'WR',
  title: 'Standard MLPS level', titleZh: '标准定级',
  legalBasis: [{ instrument: 'GBT-22240-2020', confidence: 'WR' }], mitigations: [],
  trace: [{ field: 'system.harm_object_max', value: 'social_order', test: 'known', result: true }],
};

export const assessment: Assessment = {
  catalogueVersion: '2026.11.0',
  engineVersion: '1.0.0',
  mlps: {
    levelMin: 3, levelMax: 4, stdLevel: 3, t2025Level: 3, declared: 3,
    floorsApplied: [{ id: 'F-CII', level: 3, conditional: true }],
    floorsPending: [{ id: 'F-DATA-IMPORTANT', level: 3, conditional: false }],
    warnings: [{ code: 'heuristic', message: 'Harm degree taken from the heuristic defaults.' }],
    basis: ['GB/T 22240-2020 matrix: social_order × serious → 3', 'F-CII floor (conditional) → 3'],
  },
  findings: [g01, sc01, sc03, in01, da08, g08],
  scores: { sourceCode: 72, inspection: 64, byExposure: { 'source-code': 72, certification: 10, inspection: 64, 'data-access': 40, decryption: 0, vulnerability: 5 } },
  sectionsAssessed: ['vendor', 'product', 'customer', 'system', 'ops'],
  disclaimer: "Grading is the operator's and the expert panel's decision; counsel must confirm each finding.",
};

export const review: Review = {
  id: 'rev-0001',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-20T10:30:00.000Z',
  archivedAt: null,
  title: 'Acme NGFW at Bank of Example',
  vendorName: 'Acme Networks',
  productName: 'Acme NGFW 9000',
  profile: {
    vendor: { hq_jurisdiction: 'US', china_presence: 'wfoe', staff_in_china: 'support_engineering' },
    product: { category: 'firewall_utm', customization: 'bespoke_development', crypto_functions: ['tls', 'vpn_tunnel'], telemetry: 'content_offshore' },
    customer: { sector: 'banking', cii_status: 'likely' },
    system: { graded_in_cn: true, harm_object_max: 'social_order', harm_degree_max: 'serious', declared_mlps: 3 },
    ops: { remote_maintenance: 'unknown' },
  },
  decisions: {
    'SC-01': {
      note: 'Vendor says the delta is about 4k LOC; confirm with engineering.',
      severityOverride: { severity: 'critical', justification: 'Customer contract already requires code deposit with the PSB lab.', at: '2026-11-10T08:00:00.000Z', by: 'J. Counsel' },
      mitigations: { 'M-DELTA': { status: 'agreed', note: 'Plugin SDK already exists.', at: '2026-11-11T08:00:00.000Z', by: 'J. Counsel' } },
    },
    'DA-08': { note: 'Ask vendor PSIRT about support tooling.' },
  },
  catalogueVersion: '2026.11.0',
  revision: 7,
};

export const audit: AuditEntry[] = [
  { id: 'a1', reviewId: 'rev-0001', at: '2026-11-01T09:00:00.000Z', actor: 'J. Counsel', revision: 1, action: 'create', change: { type: 'create', title: 'Acme NGFW at Bank of Example', vendorName: 'Acme Networks', productName: 'Acme NGFW 9000' } },
  { id: 'a2', reviewId: 'rev-0001', at: '2026-11-02T09:00:00.000Z', actor: 'J. Counsel', revision: 2, action: 'set-answer', change: { type: 'set-answer', field: 'product.telemetry', value: 'content_offshore' } },
  { id: 'a3', reviewId: 'rev-0001', at: '2026-11-03T09:00:00.000Z', actor: 'J. Counsel', revision: 3, action: 'set-note', change: { type: 'set-note', ruleId: 'SC-01', note: 'Vendor says the delta is about 4k LOC; confirm with engineering.' } },
  { id: 'a4', reviewId: 'rev-0001', at: '2026-11-10T08:00:00.000Z', actor: 'J. Counsel', revision: 4, action: 'override-severity', change: { type: 'override-severity', ruleId: 'SC-01', severity: 'critical', justification: 'Customer contract already requires code deposit with the PSB lab.' } },
  { id: 'a5', reviewId: 'rev-0001', at: '2026-11-11T08:00:00.000Z', actor: 'J. Counsel', revision: 5, action: 'set-mitigation', change: { type: 'set-mitigation', ruleId: 'SC-01', code: 'M-DELTA', status: 'agreed', note: 'Plugin SDK already exists.' } },
];

export const evidenceSha = 'a'.repeat(64);

/** A complete report input with evidence, residual scores and audit. */
export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    review,
    assessment,
    instruments,
    mitigations,
    audit,
    evidence: [{ id: 'ev-1', name: 'acme-architecture-NDA.pdf', sha256: evidenceSha, size: 123456, addedAt: '2026-11-05T12:00:00.000Z', note: 'Shared under NDA by Acme legal.', ruleIds: ['SC-01'] }],
    residual: { sourceCode: 40, inspection: 60, byExposure: { 'source-code': 40, certification: 10, inspection: 60, 'data-access': 40, decryption: 0, vulnerability: 5 } },
    reviewer: 'J. Counsel',
    generatedAt: '2026-11-27T12:00:00.000Z',
    appVersion: '0.1.0',
    ...overrides,
  };
}

export const noRedaction: ReportOptions = {
  marking: 'Privileged & Confidential — Attorney Work Product',
  redaction: { internalNotes: false, evidenceNames: false, vendorConfidential: false },
};

export const fullRedaction: ReportOptions = {
  marking: 'Privileged & Confidential — Attorney Work Product',
  redaction: { internalNotes: true, evidenceNames: true, vendorConfidential: true },
};

/** Strings that only internal notes contain. */
export const INTERNAL_NOTE_TEXTS = ['4k LOC', 'Plugin SDK already exists', 'Ask vendor PSIRT', 'Shared under NDA'];
