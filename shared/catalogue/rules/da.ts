/**
 * Rules DA-01 … DA-10 (brief §17.6): state access to data, localisation and export.
 */
import type { Rule } from '../rule-types';
import { ONSHORE_SAAS, OPERATOR_PRESENCE_CATS, PRESENCE_CATS } from '../rule-types';
import { CII, CSL_28_30, DATA_IN_CN, FOREIGN, LMAX_GTE_2, PRIVILEGED, VENDOR_CLOUD_OFFSHORE } from './common';

const ONSHORE_OR_MANAGED = [...ONSHORE_SAAS, 'managed_service'];

export const DA_RULES: readonly Rule[] = [
  {
    id: 'DA-01',
    version: 1,
    family: 'DA',
    title: { en: 'Technical support and assistance to PSB/MSS', zh: '向公安机关、国家安全机关提供技术支持和协助' },
    rationale: {
      en: 'Network operators must give technical support and assistance to public and state security organs; a vendor that runs a service in China or has an operating entity there owes it, and more so where it holds customer content or keys in China.',
      zh: '网络运营者应当为公安机关、国家安全机关提供技术支持和协助；在华运营服务或设有经营实体的厂商负有该义务，若在境内持有客户内容或密钥则风险更高。',
    },
    trigger: { any: [{ field: 'ops.offers_service_in_cn', op: 'isTrue' }, { field: 'vendor.china_presence', op: 'in', value: OPERATOR_PRESENCE_CATS }] },
    severity: {
      base: 'medium',
      baseReason: 'no customer content or keys held in China',
      steps: [
        {
          when: {
            any: [
              { field: 'product.key_custody', op: 'eq', value: 'cn_partner' },
              { all: [{ field: 'product.key_custody', op: 'eq', value: 'vendor' }, { field: 'product.vendor_cloud_location', op: 'in', value: ['cn', 'both'] }] },
              { all: [{ field: 'product.delivery_model', op: 'in', value: ONSHORE_OR_MANAGED }, DATA_IN_CN] },
            ],
          },
          severity: 'high',
          reason: 'the vendor or its partner holds customer content or keys in China',
        },
      ],
    },
    exposure: ['data-access'],
    legalBasis: [CSL_28_30],
    mitigations: ['M-NO-CUSTODY', 'M-LAWFUL-REQ'],
  },
  {
    id: 'DA-02',
    version: 1,
    family: 'DA',
    title: { en: 'Data retrieval by PSB/MSS', zh: '公安机关、国家安全机关调取数据' },
    rationale: {
      en: 'Public and state security organs may retrieve data for national security or criminal investigation and organisations must cooperate; a vendor with access to China-stored data, or that runs or keys the service, can be asked.',
      zh: '公安机关、国家安全机关因维护国家安全或侦查犯罪需要可调取数据，有关组织应当配合；能够访问境内存储数据、运营服务或掌握密钥的厂商可能被要求配合。',
    },
    trigger: {
      all: [
        DATA_IN_CN,
        { any: [PRIVILEGED, { field: 'product.delivery_model', op: 'in', value: ONSHORE_OR_MANAGED }, { field: 'product.key_custody', op: 'in', value: ['vendor', 'cn_partner'] }] },
      ],
    },
    severity: { base: 'medium' },
    exposure: ['data-access'],
    legalBasis: [{ instrument: 'DSL', articles: 'Arts. 35, 48', confidence: 'VS' }],
    mitigations: ['M-NO-CUSTODY', 'M-LAWFUL-REQ'],
  },
  {
    id: 'DA-03',
    version: 1,
    family: 'DA',
    title: { en: 'Intelligence cooperation duty', zh: '情报工作配合义务' },
    rationale: {
      en: 'All organisations must support and cooperate with national intelligence work and keep it secret; a China entity or staff, or privileged access to China-stored data, brings the vendor within the duty, which cannot be contracted away.',
      zh: '任何组织应当依法支持、协助和配合国家情报工作并保守秘密；在华实体或人员、或对境内数据的特权访问使厂商负有该义务，且无法通过合同排除。',
    },
    trigger: {
      any: [
        { field: 'vendor.china_presence', op: 'in', value: PRESENCE_CATS },
        { field: 'vendor.staff_in_china', op: 'in', value: ['support_engineering', 'r_and_d'] },
        { all: [DATA_IN_CN, PRIVILEGED] },
      ],
    },
    severity: {
      base: 'medium',
      steps: [
        {
          when: { all: [PRIVILEGED, { any: [CII, { field: 'customer.type', op: 'eq', value: 'party_government_organ' }, { field: 'customer.sector', op: 'eq', value: 'government' }] }] },
          severity: 'high',
          reason: 'privileged access to CII or government data',
        },
      ],
    },
    exposure: ['data-access'],
    legalBasis: [{ instrument: 'NIL', articles: 'Arts. 7, 14, 16–17, 28', confidence: 'VS' }],
    mitigations: ['M-MIN-CN-FOOTPRINT', 'M-NO-CUSTODY'],
    mitigationNotes: [{ en: 'Accept the residual risk: the duty cannot be contracted away.', zh: '接受剩余风险：该义务无法通过合同排除。' }],
  },
  {
    id: 'DA-04',
    version: 1,
    family: 'DA',
    title: { en: 'Counter-espionage retrieval; ISP assistance', zh: '反间谍调取；互联网服务提供者协助' },
    rationale: {
      en: 'State security organs may retrieve documents and data, and telecom and internet service providers must support and assist them, including patching or suspending services on order.',
      zh: '国家安全机关可查阅、调取有关文件和数据，电信业务经营者和互联网服务提供者应当提供支持和协助，包括按要求修复漏洞或暂停服务。',
    },
    trigger: {
      any: [
        { field: 'customer.is_telecom_or_isp', op: 'isTrue' },
        { field: 'ops.offers_service_in_cn', op: 'isTrue' },
        { field: 'product.delivery_model', op: 'in', value: ONSHORE_SAAS },
      ],
    },
    severity: { base: 'medium' },
    exposure: ['data-access'],
    legalBasis: [{ instrument: 'AEL', articles: 'Arts. 26, 36, 41', confidence: 'VS' }],
    mitigations: ['M-NO-CUSTODY'],
  },
  {
    id: 'DA-05',
    version: 1,
    family: 'DA',
    title: { en: 'Localisation: data must stay in China, within PRC reach', zh: '本地化：数据须留存境内并受中国管辖' },
    rationale: {
      en: 'PI and important data of CIIOs, PI above the CAC volume threshold, state organs\' PI and sector data (population health, personal financial, credit) must be stored in China; a product that needs offshore flows of that data conflicts with it.',
      zh: '关键信息基础设施运营者的个人信息和重要数据、达到国家网信部门规定数量的个人信息、国家机关个人信息以及行业数据（人口健康、个人金融、征信）应当在境内存储；需要将此类数据传往境外的产品与此冲突。',
    },
    trigger: {
      any: [
        CII,
        { field: 'data.pi_subjects', op: 'eq', value: 'gt_1m' },
        { field: 'customer.type', op: 'eq', value: 'party_government_organ' },
        { field: 'data.sector_localisation', op: 'notNone' },
      ],
    },
    forcedReview: {
      when: {
        all: [
          { field: 'product.consumer_mass_market', op: 'isTrue' },
          VENDOR_CLOUD_OFFSHORE,
          { field: 'data.storage_location', op: 'in', value: ['offshore', 'both'] },
        ],
      },
      reason: 'Offshore collector: the vendor itself collects the PI into its offshore cloud, and applying PIPL Art. 40 to it is contested (brief §19 item 14).',
    },
    severity: {
      base: 'low',
      baseReason: 'no offshore flow of the localised data',
      steps: [
        {
          when: {
            any: [
              { all: [VENDOR_CLOUD_OFFSHORE, { any: [{ field: 'data.storage_location', op: 'in', value: ['offshore', 'both'] }, { field: 'product.delivery_model', op: 'eq', value: 'saas_offshore' }] }] },
              { field: 'product.telemetry', op: 'eq', value: 'content_offshore' },
              { field: 'data.cross_border', op: 'intersects', value: ['replication_backup', 'analytics', 'vendor_support_access'] },
            ],
          },
          severity: 'high',
          reason: 'the product needs offshore flows of the localised data',
        },
      ],
    },
    exposure: ['data-access'],
    legalBasis: [
      { instrument: 'CSL', cslArticles: { y2017: '37', y2026: '39' }, confidence: 'VS' },
      { instrument: 'PIPL', articles: 'Arts. 36, 40', confidence: 'VS' },
      { instrument: 'NHFPC-2014-24', articles: 'Art. 10', confidence: 'WR' },
      { instrument: 'PBOC-2011-17', confidence: 'WR' },
      { instrument: 'CREDIT-REGS-2013', articles: 'Art. 24', confidence: 'WR' },
    ],
    mitigations: ['M-CN-EDITION', 'M-LOCAL-PARTNER', 'M-DATA-MIN'],
    decisions: [
      'A vendor cloud "carries customer data" when it is offshore (or both) and the data is stored offshore (or both) or delivered as offshore SaaS.',
      'Where none of the listed offshore flows applies the severity is low (the brief\'s "low (info)").',
    ],
  },
  {
    id: 'DA-06',
    version: 1,
    family: 'DA',
    title: { en: 'MLPS cloud-extension location rules', zh: '等级保护云计算扩展的位置要求' },
    rationale: {
      en: 'From level 2 the cloud extension requires cloud infrastructure, customer data and PI, and cloud O&M to be located in China, CSP access to customer data only with authorisation, and customer-held keys at level 3+.',
      zh: '自第二级起，云计算扩展要求云计算基础设施、云服务客户数据和个人信息以及云平台运维地点位于境内，云服务商仅经授权方可管理客户数据，第三级以上支持客户自行部署密钥管理。',
    },
    trigger: { all: [{ field: 'system.extensions', op: 'includes', value: 'cloud' }, LMAX_GTE_2] },
    severity: {
      base: 'low',
      steps: [
        {
          when: { any: [{ field: 'system.hosting', op: 'eq', value: 'offshore_cloud' }, { all: [VENDOR_CLOUD_OFFSHORE, { field: 'data.storage_location', op: 'in', value: ['offshore', 'both'] }] }] },
          severity: 'high',
          reason: 'hosted offshore, or customer data in an offshore vendor cloud',
        },
        { when: { field: 'ops.remote_maintenance', op: 'eq', value: 'remote_from_abroad' }, severity: 'medium', reason: 'onshore, but O&M from abroad' },
      ],
    },
    exposure: ['data-access'],
    legalBasis: [{ instrument: 'GBT-22239-2019', articles: '7.2/8.2/9.2 (8.2.1.1, 8.2.4.5, 8.2.6.1–2, 8.2.7.1)', confidence: 'WR' }],
    mitigations: ['M-LOCAL-PARTNER', 'M-NO-CUSTODY', 'M-REMOTE-OFF'],
  },
  {
    id: 'DA-07',
    version: 1,
    family: 'DA',
    title: { en: 'PI export pathway', zh: '个人信息出境路径' },
    rationale: {
      en: 'PI sent abroad needs an export pathway: an exemption (e.g. cross-border HR management, contract with the individual), a standard contract (100k–1M people, or under 10k with sensitive PI) or a security assessment (CIIO, over 1M people, or 10k+ with sensitive PI); notice, separate consent and a PIPIA apply in every case.',
      zh: '个人信息出境须有合规路径：豁免（如跨境人力资源管理、履行与个人的合同）、标准合同（10万至100万人，或不满1万人的敏感个人信息）或安全评估（关键信息基础设施运营者、超过100万人或1万人以上敏感个人信息）；任何情形均须告知、单独同意并开展个人信息保护影响评估。',
    },
    trigger: { all: [{ field: 'data.cross_border', op: 'notNone' }, { field: 'data.pi_subjects', op: 'ne', value: 'none' }] },
    severity: {
      base: 'low',
      baseReason: 'exempt: a non-CIIO sending non-sensitive PI of fewer than 100k people',
      steps: [
        { when: { field: 'data.cross_border', op: 'onlyOf', value: ['hr_management', 'contract_with_individual'] }, severity: 'low', reason: 'every flow is exempt (HR management or contract with the individual)' },
        {
          when: { any: [CII, { field: 'data.pi_subjects', op: 'eq', value: 'gt_1m' }, { field: 'data.sensitive_pi_subjects', op: 'eq', value: 'gte_10k' }] },
          severity: 'high',
          reason: 'security assessment: CIIO, more than 1M people, or sensitive PI of 10k people or more',
        },
        {
          when: { any: [{ field: 'data.pi_subjects', op: 'eq', value: '100k_1m' }, { field: 'data.sensitive_pi_subjects', op: 'eq', value: 'lt_10k' }] },
          severity: 'medium',
          reason: 'standard contract: 100k–1M people, or sensitive PI of fewer than 10k people',
        },
      ],
    },
    exposure: ['data-access'],
    legalBasis: [
      { instrument: 'PIPL', articles: 'Arts. 38–39, 55', confidence: 'VS' },
      { instrument: 'CAC-ORDER-11', confidence: 'WR' },
      { instrument: 'CAC-ORDER-13', confidence: 'WR' },
      { instrument: 'CAC-ORDER-16', articles: 'Arts. 5, 7, 8', confidence: 'WR' },
      { instrument: 'NDSMR', articles: 'Art. 35', confidence: 'VS' },
    ],
    mitigations: ['M-DATA-MIN'],
    mitigationNotes: [
      { en: 'Process onshore.', zh: '在境内处理。' },
      { en: 'HR exemption plus notice, separate consent and a PIPIA.', zh: '适用人力资源管理豁免，同时履行告知、单独同意和个人信息保护影响评估。' },
    ],
  },
  {
    id: 'DA-08',
    version: 1,
    family: 'DA',
    title: { en: 'Access from abroad is export; remote O&M from abroad', zh: '境外访问即出境；境外远程运维' },
    rationale: {
      en: 'Overseas parties able to query, retrieve or download data stored in China count as a data export; privileged remote access from abroad also meets the MLPS remote-O&M and cloud O&M-location clauses.',
      zh: '境外主体能够查询、调取、下载境内存储的数据即视为数据出境；来自境外的特权远程访问同时触及等级保护远程运维和云平台运维地点条款。',
    },
    trigger: {
      any: [
        { all: [{ field: 'ops.remote_maintenance', op: 'eq', value: 'remote_from_abroad' }, PRIVILEGED] },
        { all: [VENDOR_CLOUD_OFFSHORE, PRIVILEGED, DATA_IN_CN] },
        { field: 'data.cross_border', op: 'includes', value: 'vendor_support_access' },
      ],
    },
    severity: {
      base: 'high',
      steps: [
        {
          when: { any: [CII, { field: 'data.sector_localisation', op: 'notNone' }, { field: 'customer.type', op: 'eq', value: 'party_government_organ' }] },
          severity: 'critical',
          reason: 'CII, sector-localised data or a government organ',
        },
      ],
    },
    exposure: ['data-access', 'inspection'],
    legalBasis: [
      { instrument: 'CAC-EXPORT-GUIDE-2024', articles: 'remote access counts as export', confidence: 'WR' },
      { instrument: 'GBT-22239-2019', articles: '8.1.10.6, 8.2.7.1', confidence: 'WR' },
      { instrument: 'PIPL', articles: 'Art. 38', confidence: 'VS' },
    ],
    mitigations: ['M-REMOTE-OFF'],
  },
  {
    id: 'DA-09',
    version: 1,
    family: 'DA',
    title: { en: 'Blocking statutes vs foreign legal process', zh: '阻断条款与境外法律程序的冲突' },
    rationale: {
      en: 'Data stored in China may not be given to foreign judicial or law-enforcement bodies without PRC approval; a foreign parent with access to it faces conflicting demands.',
      zh: '未经主管机关批准，不得向外国司法或执法机构提供境内存储的数据；能够访问该数据的境外母公司将面临相互冲突的要求。',
    },
    trigger: {
      all: [
        DATA_IN_CN,
        FOREIGN,
        { any: [PRIVILEGED, { field: 'product.key_custody', op: 'eq', value: 'vendor' }, { field: 'product.delivery_model', op: 'in', value: ['saas_onshore_vendor_operated', 'managed_service'] }] },
      ],
    },
    severity: { base: 'medium' },
    exposure: ['data-access'],
    legalBasis: [
      { instrument: 'DSL', articles: 'Arts. 36, 48', confidence: 'VS' },
      { instrument: 'PIPL', articles: 'Art. 41', confidence: 'VS' },
    ],
    mitigations: ['M-NO-CUSTODY'],
    mitigationNotes: [{ en: 'The foreign parent has no custody or control of China-stored data; a legal-process policy.', zh: '境外母公司不保管、不控制境内存储的数据；制定法律程序应对政策。' }],
  },
  {
    id: 'DA-10',
    version: 1,
    family: 'DA',
    title: { en: 'PIPL extraterritorial reach for offshore processors', zh: '《个人信息保护法》对境外处理者的域外适用' },
    rationale: {
      en: 'An offshore processor serving individuals in China falls under the PIPL: it must appoint a PRC representative or entity and can be put on the CAC restriction list.',
      zh: '向境内自然人提供产品或服务的境外处理者适用《个人信息保护法》，须在境内设立专门机构或指定代表，并可能被列入国家网信部门的限制名单。',
    },
    trigger: { all: [{ field: 'product.consumer_mass_market', op: 'isTrue' }, VENDOR_CLOUD_OFFSHORE, { field: 'data.pi_subjects', op: 'ne', value: 'none' }] },
    severity: { base: 'high' },
    exposure: ['data-access'],
    legalBasis: [{ instrument: 'PIPL', articles: 'Arts. 3(2), 42, 53', confidence: 'VS' }],
    mitigations: ['M-DATA-MIN'],
    mitigationNotes: [{ en: 'Appoint a PRC representative or entity; onshore hosting.', zh: '指定境内代表或设立机构；境内托管。' }],
  },
];
