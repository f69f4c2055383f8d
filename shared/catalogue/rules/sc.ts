/**
 * Rules SC-01 … SC-06 (brief §17.2): demands for source code and design documents.
 */
import type { Rule } from '../rule-types';
import { ICS_CATS } from '../rule-types';
import { CII, CRYPTO_PRODUCT, CRYPTO_SOURCE_CODE_BAR, CSL_21_23, CUSTOM, FOREIGN, INFOSEC, LMAX_GTE_2, LMAX_GTE_3 } from './common';

export const SC_RULES: readonly Rule[] = [
  {
    id: 'SC-01',
    version: 1,
    family: 'SC',
    title: { en: 'Source code and backdoor/covert-channel review of outsourced or custom development', zh: '外包或定制开发软件：提供源代码并审查后门和隐蔽信道' },
    rationale: {
      en: 'At level 3+, the developer of outsourced software must provide its source code and the operator must review it for backdoors and covert channels; code flows to the operator and its chosen labs, including any proprietary framework embedded in the deliverable.',
      zh: '第三级及以上系统的外包软件开发，开发单位须提供软件源代码，运营者须审查可能存在的后门和隐蔽信道；源代码流向运营者及其选定的测评机构，交付物中嵌入的专有框架也在范围内。',
    },
    trigger: { all: [LMAX_GTE_3, CUSTOM] },
    severity: { base: 'high' },
    exposure: ['source-code'],
    legalBasis: [
      { instrument: 'GBT-22239-2019', articles: '8.1.9.5 c / 9.1.9.5 c', confidence: 'WR' },
      { ...CSL_21_23, note: 'Enforced through the MLPS duty.' },
    ],
    mitigations: ['M-DELTA', 'M-CLEANROOM', 'M-ESCROW', 'M-CONTRACT'],
  },
  {
    id: 'SC-02',
    version: 1,
    family: 'SC',
    title: { en: 'Design documents, user guides and malware scan of outsourced deliverables', zh: '外包交付物：软件设计文档、使用指南及恶意代码检测' },
    rationale: {
      en: 'At level 2+, outsourced software is scanned for malicious code before delivery and the developer must provide software design documents and user guides.',
      zh: '第二级及以上系统的外包软件在交付前须检测恶意代码，开发单位须提供软件设计文档和使用指南。',
    },
    trigger: { all: [LMAX_GTE_2, CUSTOM] },
    severity: { base: 'medium' },
    exposure: ['source-code'],
    legalBasis: [{ instrument: 'GBT-22239-2019', articles: '7.1.9.5 a–b, 8.1.9.5 a–b', confidence: 'WR' }],
    mitigations: ['M-DELTA'],
    mitigationNotes: [{ en: 'Deliver a redacted design pack (interfaces, data flows, security design).', zh: '提供删减版设计资料（接口、数据流、安全设计）。' }],
  },
  {
    id: 'SC-03',
    version: 1,
    family: 'SC',
    title: { en: 'CII: source-code security test report for custom software', zh: '关键信息基础设施：定制软件源代码安全检测报告' },
    rationale: {
      en: 'GB/T 39204-2022 §7.9 j) reportedly requires a source-code security test report for custom-developed software at CII operators; producing it may require lab access to the code.',
      zh: '据报道，GB/T 39204-2022第7.9条j)要求关键信息基础设施运营者的定制开发软件提供源代码安全检测报告，出具报告可能需要测评机构接触源代码。',
    },
    trigger: { all: [CII, CUSTOM] },
    forcedReview: { reason: 'The clause rests on a single practitioner source (U); confirm GB/T 39204-2022 §7.9 j) before relying on it.' },
    severity: { base: 'medium' },
    exposure: ['source-code'],
    legalBasis: [{ instrument: 'GBT-39204-2022', articles: '§7.9 j)', confidence: 'U' }],
    mitigations: ['M-CLEANROOM'],
    mitigationNotes: [{ en: 'Vendor-commissioned SAST/SCA at a lab both sides accept; deliver the report, not the code.', zh: '由厂商委托双方认可的机构进行静态分析和成分分析，交付报告而非源代码。' }],
  },
  {
    id: 'SC-04',
    version: 1,
    family: 'SC',
    title: { en: 'ICS outsourcing: confidentiality, no diffusion of key technology, industry-exclusive use', zh: '工业控制系统外包：保密、禁止关键技术扩散、设备行业专用' },
    rationale: {
      en: 'The ICS extension requires outsourcing contracts to bind developers and suppliers to confidentiality, no diffusion of key technologies and industry-exclusive use of equipment over the life cycle.',
      zh: '工业控制系统扩展要求外包合同约束开发单位和供应商在全生命周期内履行保密义务、禁止关键技术扩散并保证设备行业专用。',
    },
    trigger: {
      all: [
        { field: 'system.extensions', op: 'includes', value: 'ics' },
        LMAX_GTE_2,
        { any: [{ field: 'product.category', op: 'in', value: ICS_CATS }, CUSTOM] },
      ],
    },
    severity: { base: 'medium' },
    exposure: ['source-code'],
    legalBasis: [{ instrument: 'GBT-22239-2019', articles: 'ICS extension, outsourced software development 外包软件开发 (8.5.x)', confidence: 'WR' }],
    mitigations: ['M-CONTRACT'],
    mitigationNotes: [{ en: 'Make the clauses mutual, protect vendor background IP, and accept no duty to hand over the firmware tool-chain.', zh: '条款应对等，保护厂商既有知识产权，不承担交付固件工具链的义务。' }],
  },
  {
    id: 'SC-05',
    version: 1,
    family: 'SC',
    title: { en: 'Cybersecurity review: demands for technical documentation or source code', zh: '网络安全审查：技术文档或源代码要求' },
    rationale: {
      en: 'Where a CII procurement review may apply to a foreign security or core product, reviewers may seek technical documentation or source code; the Measures list materials, not code, so this rests on reported practice.',
      zh: '外方安全产品或核心产品可能进入关键信息基础设施采购审查时，审查方可能索取技术文档或源代码；《网络安全审查办法》列举的是材料而非源代码，此点依据的是实践报道。',
    },
    trigger: {
      all: [
        { rule: 'MR-01', outcomeIn: ['fire', 'review'] },
        FOREIGN,
        { any: [INFOSEC, { field: 'product.category', op: 'in', value: ['os', 'database', 'ics_controller_plc_dcs', 'crypto_library_sdk', 'crypto_hardware_hsm'] }] },
      ],
    },
    forcedReview: { reason: 'Source-code demands in cybersecurity review rest on reported practice (U), not on the text of the Measures.' },
    severity: { base: 'high' },
    exposure: ['source-code'],
    legalBasis: [
      { instrument: 'CRM-2022', articles: 'Arts. 8, 10', confidence: 'WR' },
      { instrument: 'CRM-2017-TRIAL', articles: 'Art. 3', confidence: 'WR' },
      { instrument: 'CRM-2022', articles: 'review practice', confidence: 'U', note: 'Demands for code during review are reported practice only.' },
    ],
    mitigations: ['M-CLEANROOM', 'M-CONTRACT', 'M-EXIT'],
  },
  {
    id: 'SC-06',
    version: 1,
    family: 'SC',
    title: { en: 'Crypto-module testing and certification: design and possibly source review by the lab', zh: '密码模块检测认证：检测机构审查设计文档并可能审查源代码' },
    rationale: {
      en: 'An uncertified crypto product that must be certified goes to an SCA-recognised lab, which reviews the security policy, design and state-model documents and may ask for annotated source code; authorities themselves may not demand source code.',
      zh: '须经认证而尚未认证的密码产品要送国家密码管理局认可的检测机构，机构审查安全策略、设计和有限状态模型文档，并可能要求提供带注释的源代码；但主管部门本身不得要求披露源代码。',
    },
    trigger: {
      all: [
        CRYPTO_PRODUCT,
        { field: 'product.crypto_cn_certified', op: 'in', value: ['no', 'in_progress'] },
        { rule: 'CT-05', outcomeIn: ['fire'] },
      ],
    },
    severity: { base: 'medium' },
    exposure: ['source-code'],
    legalBasis: [
      { instrument: 'CRYPTO-LAW', articles: 'Arts. 25, 31(2)', confidence: 'VS' },
      { instrument: 'CRYPTO-REGS-2023', articles: 'Arts. 13, 47(2)', confidence: 'VS' },
      { instrument: 'GMT-0028-2024', confidence: 'WR' },
      { instrument: 'GMT-0039-2015', confidence: 'WR' },
      { instrument: 'GMT-0039-2015', articles: 'lab practice on source code', confidence: 'U', note: 'Whether Chinese labs ask for source code is not documented.' },
    ],
    mitigations: ['M-SM-CERT', 'M-CLEANROOM'],
    mitigationNotes: [{ en: 'Cite Crypto Law Art. 31(2) and Regulations Art. 47(2) against any authority demand for source code.', zh: '对主管部门的源代码要求，援引《密码法》第三十一条第二款和《商用密码管理条例》第四十七条第二款。' }],
    notice: CRYPTO_SOURCE_CODE_BAR,
  },
];
