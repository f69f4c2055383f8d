/**
 * Rules CT-01 … CT-11 (brief §17.3): certification, testing and market access.
 */
import type { Rule } from '../rule-types';
import { CATALOGUE_CATS, ICS_CATS } from '../rule-types';
import { CATALOGUE_LISTED, CII, CRYPTO_PRODUCT, FOREIGN, HAS_CRYPTO, INFOSEC, LMAX_GTE_2, LMAX_GTE_3, LMAX_GTE_4 } from './common';

export const CT_RULES: readonly Rule[] = [
  {
    id: 'CT-01',
    version: 1,
    family: 'CT',
    title: { en: 'Catalogue equipment or product: certification or testing before sale', zh: '目录内设备或产品：销售前须经安全认证或安全检测' },
    rationale: {
      en: 'Critical network equipment and specialised cybersecurity products in the 2023 catalogue may be sold only after certification or testing by listed Chinese bodies (samples, documentation, possibly factory inspection); since 2023 a listed security product type is in scope whatever its performance.',
      zh: '列入2023年目录的网络关键设备和网络安全专用产品，须经指定机构安全认证或安全检测后方可销售（样品、技术文档，可能包括工厂检查）；自2023年起，列名的安全产品类型不论性能均在范围内。',
    },
    trigger: {
      any: [
        { field: 'product.catalogue_status', op: 'eq', value: 'in_catalogue_above_threshold', unknownAs: false },
        {
          unknownIf: { all: [{ field: 'product.catalogue_status', op: 'isUnknown' }, { field: 'product.category', op: 'in', value: [...CATALOGUE_CATS, 'database'] }] },
          ground: 'unknown-answer',
          note: 'Catalogue status unknown for a category that may be listed in the 2023 catalogue.',
        },
      ],
    },
    severity: { base: 'high' },
    exposure: ['certification'],
    legalBasis: [
      { instrument: 'CSL', cslArticles: { y2017: '23', y2026: '25' }, confidence: 'VS' },
      { instrument: 'CATALOGUE-2023', confidence: 'WR', note: 'The full list of 34 specialised types is U.' },
      { instrument: 'SECURITY-PRODUCTS-2023-1', confidence: 'WR' },
      { instrument: 'GB-42250-2022', confidence: 'WR' },
      { instrument: 'CSL-AMENDMENT-2025', articles: 'liability for selling uncertified catalogue equipment', confidence: 'WR' },
    ],
    confidenceCaps: [
      {
        when: { field: 'product.category', op: 'in', value: ['vpn_gateway', 'endpoint_security_edr', 'database'] },
        confidence: 'U',
        reason: 'Whether this category is among the 34 listed types of the 2023 catalogue is unconfirmed.',
      },
    ],
    mitigations: ['M-CERT-PLAN'],
    decisions: [
      'A database with catalogue_status unknown is REVIEW too (brief: a database marketed as a "security database system" → REVIEW); with not_in_catalogue it is NO.',
      'Confidence drops to U where the finding relies on the unconfirmed part of the 2023 list (VPN gateways, EDR, security databases).',
    ],
  },
  {
    id: 'CT-02',
    version: 1,
    family: 'CT',
    title: { en: 'Level 3+ systems: domestic-origin condition for information security products', zh: '第三级以上系统：信息安全产品的国产条件' },
    rationale: {
      en: '43号 Art. 21 requires level 3+ systems to use information security products made by Chinese-invested or controlled makers with Chinese core IP and a no-backdoor declaration; a foreign-controlled maker fails it, which in effect bars the product.',
      zh: '43号第二十一条要求第三级以上系统使用由中国公民、法人或国家投资或控股、核心技术和关键部件具有我国自主知识产权并声明无后门的厂商生产的信息安全产品；外方控制的厂商不符合，实际上等于排除。',
    },
    trigger: { all: [LMAX_GTE_3, INFOSEC, FOREIGN] },
    severity: { base: 'critical' },
    exposure: ['certification'],
    legalBasis: [
      { instrument: 'MPS-2007-43', articles: 'Art. 21', confidence: 'WR' },
      { instrument: 'GBT-22239-2019', articles: '8.1.9.3 a', confidence: 'WR' },
      { instrument: 'MPS-FILING-FORM', articles: 'item 07', confidence: 'WR' },
    ],
    mitigations: ['M-EXIT'],
    mitigationNotes: [
      { en: 'Sell only into level 1–2 systems or non-security roles.', zh: '仅面向第一、二级系统或非安全用途销售。' },
      { en: 'Partner with a Chinese-controlled maker that owns the core IP (a business decision).', zh: '与拥有核心知识产权的中方控股厂商合作（商业决策）。' },
      { en: "Confirm local enforcement with the customer's assessor (U).", zh: '与客户的测评机构确认当地执行情况（不确定）。' },
    ],
    notice: {
      en: 'Enforcement of 43号 Art. 21 has been uneven (foreign products are still found in level 3+ systems); assessors and PSBs decide case by case (U).',
      zh: '43号第二十一条执行并不统一（第三级以上系统中仍可见外国产品），由测评机构和公安机关个案判断（不确定）。',
    },
  },
  {
    id: 'CT-03',
    version: 1,
    family: 'CT',
    title: { en: 'Selection testing (level 3+); special testing by a professional body (level 4)', zh: '选型测试（第三级以上）；专业测评单位专项测试（第四级）' },
    rationale: {
      en: 'Level 3+ operators test products before selection; at level 4, products in important positions get special testing by a professional testing body. Bespoke work falls under SC-01/SC-02 instead.',
      zh: '第三级以上运营者须预先对产品进行选型测试；第四级系统重要部位的产品须委托专业测评单位进行专项测试。定制开发适用SC-01/SC-02。',
    },
    trigger: {
      all: [
        LMAX_GTE_3,
        { field: 'product.category', op: 'ne', value: 'custom_software' },
        { field: 'product.customization', op: 'ne', value: 'bespoke_development' },
      ],
    },
    severity: {
      base: 'medium',
      baseReason: 'selection testing at level 3+',
      steps: [
        {
          when: { all: [LMAX_GTE_4, { field: 'system.function', op: 'in', value: ['boundary_security', 'core_business', 'production_control'] }] },
          severity: 'high',
          reason: 'level 4 special testing of a product in an important position',
        },
      ],
    },
    exposure: ['certification'],
    legalBasis: [{ instrument: 'GBT-22239-2019', articles: '8.1.9.3 c; 9.1.9.3 d', confidence: 'WR' }],
    mitigations: ['M-TESTPACK'],
    mitigationNotes: [{ en: 'Agree a black-box scope; lab NDA.', zh: '约定黑盒测试范围；与测评机构签订保密协议。' }],
  },
  {
    id: 'CT-04',
    version: 1,
    family: 'CT',
    title: { en: 'ICS equipment testing and firmware checks', zh: '工业控制设备检测与固件检查' },
    rationale: {
      en: 'Important ICS equipment must pass security testing by a professional body before purchase (level 2+); at level 3+ control-device firmware is tested before deployment for malicious code, ports are locked down and dedicated update tools are used.',
      zh: '重要工业控制设备须经专业机构安全检测后方可采购使用（第二级以上）；第三级以上须在部署前检测控制设备固件不含恶意代码、封闭端口并使用专用更新工具。',
    },
    trigger: { all: [{ field: 'system.extensions', op: 'includes', value: 'ics' }, LMAX_GTE_2, { field: 'product.category', op: 'in', value: ICS_CATS }] },
    severity: { base: 'high' },
    exposure: ['certification'],
    legalBasis: [{ instrument: 'GBT-22239-2019', articles: 'ICS extension: product procurement; control device security (8.5.x)', confidence: 'WR' }],
    mitigations: [],
    mitigationNotes: [
      { en: 'Signed firmware with hashes and an SBOM for lab analysis (not source).', zh: '提供带哈希值的签名固件和软件物料清单供检测分析（而非源代码）。' },
      { en: 'Customer-owned dedicated update stations; hardened profiles.', zh: '客户自有的专用更新终端；加固配置。' },
    ],
  },
  {
    id: 'CT-05',
    version: 1,
    family: 'CT',
    title: { en: 'Crypto in CII: certified products; SCA-reviewed algorithms, protocols and key management', zh: '关键信息基础设施中的密码：认证产品；算法、协议和密钥管理须经国家密码管理部门审查' },
    rationale: {
      en: 'CII crypto products and services must be tested and certified and their algorithms, protocols and key management reviewed by the SCA; catalogue crypto products must be certified before sale.',
      zh: '关键信息基础设施使用的商用密码产品和服务须经检测认证，所用算法、协议和密钥管理机制须通过国家密码管理部门审查鉴定；列入目录的密码产品须在销售前认证。',
    },
    trigger: { any: [{ all: [HAS_CRYPTO, CII] }, { all: [CRYPTO_PRODUCT, CATALOGUE_LISTED] }] },
    severity: { base: 'high' },
    exposure: ['certification'],
    legalBasis: [
      { instrument: 'CRYPTO-LAW', articles: 'Arts. 26–27', confidence: 'VS' },
      { instrument: 'CRYPTO-REGS-2023', articles: 'Arts. 20–21, 39', confidence: 'VS' },
      { instrument: 'CII-CRYPTO-2025', confidence: 'WR' },
    ],
    mitigations: ['M-SM-CERT'],
  },
  {
    id: 'CT-06',
    version: 1,
    family: 'CT',
    title: { en: 'Commercial crypto import licence', zh: '商用密码进口许可' },
    rationale: {
      en: 'Imported commercial crypto with encryption functions that involves national security or public interest needs a MOFCOM licence and customs may detain it pending identification; mass-consumer products are exempt. Whether the list covers VPN devices is unconfirmed.',
      zh: '涉及国家安全或社会公共利益且具有加密功能的商用密码进口须取得商务部许可，海关可扣留待鉴定；大众消费类产品豁免。进口许可清单是否涵盖VPN设备尚未确认。',
    },
    trigger: {
      all: [
        { field: 'product.delivery_model', op: 'in', value: ['hardware_appliance', 'embedded_device'] },
        { field: 'product.consumer_mass_market', op: 'isFalse' },
        { any: [{ field: 'product.category', op: 'in', value: ['vpn_gateway', 'crypto_hardware_hsm'] }, { field: 'product.crypto_functions', op: 'includes', value: 'vpn_tunnel' }] },
      ],
    },
    forcedReview: { reason: 'The contents of the import licence list (2020 No. 63), in particular the VPN item, are uncertain (U).' },
    severity: { base: 'medium' },
    exposure: ['certification'],
    legalBasis: [
      { instrument: 'CRYPTO-LAW', articles: 'Art. 28', confidence: 'VS' },
      { instrument: 'CRYPTO-REGS-2023', articles: 'Arts. 31–33', confidence: 'VS' },
      { instrument: 'CRYPTO-IMPORT-2020-63', confidence: 'U', note: 'Existence WR; the VPN item and thresholds U.' },
    ],
    mitigations: [],
    mitigationNotes: [
      { en: 'Get a classification opinion before shipping.', zh: '发货前取得归类意见。' },
      { en: 'Local assembly by a partner; mass-consumer exemption analysis.', zh: '由合作方本地组装；分析大众消费类豁免。' },
    ],
  },
  {
    id: 'CT-07',
    version: 1,
    family: 'CT',
    title: { en: 'MLPS/CII crypto use and crypto assessment (密评)', zh: '等级保护与关键信息基础设施密码应用及密评' },
    rationale: {
      en: 'Level 2+ systems must use SCA-approved crypto; crypto assessment by SCA-recognised bodies examines algorithms, key management and configurations, and at level 3+ or in CII does not accept non-SM crypto.',
      zh: '第二级以上系统须使用经国家密码管理部门认可的密码技术和产品；由认可机构开展的密评检查算法、密钥管理和配置，第三级以上系统或关键信息基础设施不接受非国密算法。',
    },
    trigger: { all: [LMAX_GTE_2, HAS_CRYPTO] },
    severity: {
      base: 'low',
      baseReason: 'level 2 system using crypto in a product that is not a crypto product',
      steps: [
        { when: { all: [{ any: [LMAX_GTE_3, CII] }, { field: 'product.crypto_sm_support', op: 'eq', value: 'none' }] }, severity: 'high', reason: 'level 3+ or CII without SM algorithm support' },
        { when: { any: [CRYPTO_PRODUCT, LMAX_GTE_3] }, severity: 'medium', reason: 'a crypto product, or level 3+ with SM support (密评 still examines the deployment)' },
      ],
    },
    exposure: ['certification'],
    legalBasis: [
      { instrument: 'GBT-22239-2019', articles: '8.1.9.3 b, 8.1.10.9, 8.1.2.2, 8.1.9.7', confidence: 'WR' },
      { instrument: 'CRYPTO-REGS-2023', articles: 'Arts. 38, 41', confidence: 'VS' },
      { instrument: 'SCA-ORDER-3', confidence: 'WR' },
      { instrument: 'GBT-39786-2021', confidence: 'WR', note: 'The legal hook that puts level 3+ systems under 密评 is U.' },
    ],
    mitigations: ['M-SM-CERT'],
    mitigationNotes: [{ en: 'Customer-managed keys; TLCP.', zh: '客户自管密钥；采用TLCP协议。' }],
  },
  {
    id: 'CT-08',
    version: 1,
    family: 'CT',
    title: { en: 'China Cybersecurity Label (consumer IoT)', zh: '网络安全标识（消费类物联网）' },
    rationale: {
      en: 'The CAC/MIIT cybersecurity label scheme (draft 2025; final reported 2026) has labs test consumer IoT devices and publish the report through a QR code, with penetration testing at the top tier; participation is voluntary in the draft.',
      zh: '国家网信办和工业和信息化部的网络安全标识制度（2025年征求意见稿；据报2026年定稿）由检测机构检测消费类物联网设备并通过二维码公开报告，最高等级包括渗透测试；征求意见稿为自愿参与。',
    },
    trigger: { all: [{ field: 'product.category', op: 'eq', value: 'iot_consumer_device' }, { field: 'product.consumer_mass_market', op: 'isTrue' }] },
    severity: { base: 'low', baseReason: 'voluntary scheme' },
    exposure: ['certification'],
    legalBasis: [
      { instrument: 'CYBERSECURITY-LABEL-DRAFT-2025', confidence: 'WR' },
      { instrument: 'CYBERSECURITY-LABEL-2026', confidence: 'U' },
    ],
    mitigations: [],
    mitigationNotes: [
      { en: 'Choose the tier deliberately; lab NDA; remove default passwords; keep an update mechanism.', zh: '审慎选择等级；与检测机构签订保密协议；去除默认口令；保留更新机制。' },
      { en: 'Severity rises to medium where sales channels require the label.', zh: '销售渠道要求标识时，严重程度升为中。' },
    ],
    decisions: ['No profile field says whether sales channels require the label, so the severity stays low and the medium case is a mitigation note.'],
  },
  {
    id: 'CT-09',
    version: 1,
    family: 'CT',
    title: { en: 'Power monitoring systems: zoning and dedicated security products', zh: '电力监控系统：安全分区与专用安全产品' },
    rationale: {
      en: 'NDRC Order 27 applies to power monitoring-system operators and to their vendors (R&D, manufacturing, commissioning) and imposes zoning, dedicated networks, isolation and authentication; dedicated security products follow a unified technical route.',
      zh: '国家发展改革委令第27号适用于电力监控系统运营者及相关研发、制造、调试单位，要求安全分区、网络专用、横向隔离、纵向认证；专用安全产品遵循统一技术路线。',
    },
    trigger: { all: [{ field: 'customer.sector', op: 'eq', value: 'energy_power' }, { field: 'system.function', op: 'in', value: ['production_control', 'dispatch_or_trading_core'] }] },
    severity: { base: 'high' },
    exposure: ['certification', 'inspection'],
    legalBasis: [
      { instrument: 'NDRC-ORDER-27', articles: 'Arts. 2–4', confidence: 'WR' },
      { instrument: 'NDRC-ORDER-27', articles: 'product-route and remote-access clauses', confidence: 'U', note: 'Final wording not confirmed.' },
    ],
    mitigations: [],
    mitigationNotes: [
      { en: 'Supply through a domestic integrator; approved isolation devices; no external connectivity; China-based commissioning.', zh: '通过国内集成商供货；使用经认可的隔离装置；不对外联网；在境内调试。' },
    ],
  },
  {
    id: 'CT-10',
    version: 1,
    family: 'CT',
    title: { en: 'Public-sector "secure and reliable" procurement', zh: '公共部门"安全可靠"采购' },
    rationale: {
      en: 'Government procurement requirements of 2023 call for CPUs, operating systems and databases that passed CNITSEC secure-and-reliable testing; the lists published are all Chinese.',
      zh: '2023年政府采购要求CPU、操作系统和数据库通过中国信息安全测评中心的安全可靠测评，公布的名单均为国产产品。',
    },
    trigger: {
      all: [
        { field: 'customer.type', op: 'in', value: ['party_government_organ', 'public_institution', 'soe_central', 'soe_local'] },
        { field: 'product.category', op: 'in', value: ['os', 'database', 'server'] },
      ],
    },
    severity: {
      base: 'medium',
      baseReason: 'public institution or state-owned enterprise (scope uncertain)',
      steps: [{ when: { field: 'customer.type', op: 'eq', value: 'party_government_organ' }, severity: 'high', reason: 'Party or government organ' }],
    },
    exposure: ['certification'],
    legalBasis: [
      { instrument: 'MOF-MIIT-PROCUREMENT-2023', confidence: 'WR' },
      { instrument: 'CNITSEC-LISTS-2023', confidence: 'WR' },
      { instrument: 'NSL', articles: 'Art. 25', confidence: 'VS' },
    ],
    confidenceCaps: [
      { when: { field: 'customer.type', op: 'ne', value: 'party_government_organ' }, confidence: 'U', reason: 'Whether the requirements reach customers other than government organs is uncertain.' },
    ],
    mitigations: ['M-EXIT'],
    mitigationNotes: [{ en: 'Target other segments, or a partner route.', zh: '转向其他细分市场，或采用合作伙伴路径。' }],
  },
  {
    id: 'CT-11',
    version: 1,
    family: 'CT',
    title: { en: 'Mobile apps: channel, signing, developer vetting', zh: '移动应用：分发渠道、签名与开发者审查' },
    rationale: {
      en: 'The MLPS mobile extension requires apps from reliable channels or signed with reliable certificates, developed by designated developers whose qualifications are reviewed.',
      zh: '等级保护移动互联扩展要求应用软件来自可靠分发渠道或使用可靠证书签名，由指定开发者开发并审查开发者资质。',
    },
    trigger: { all: [{ field: 'system.extensions', op: 'includes', value: 'mobile' }, LMAX_GTE_2, { field: 'product.category', op: 'eq', value: 'mobile_app' }] },
    severity: { base: 'low' },
    exposure: ['certification'],
    legalBasis: [{ instrument: 'GBT-22239-2019', articles: 'mobile extension (8.3.x)', confidence: 'WR' }],
    mitigations: [],
    mitigationNotes: [{ en: 'Developer-qualification dossier; code signing; China app-store distribution.', zh: '开发者资质材料；代码签名；通过国内应用商店分发。' }],
  },
];
