/**
 * Rules DC-01 … DC-02 (brief §17.7): decryption and key custody.
 */
import type { Rule } from '../rule-types';
import { PRESENCE_CATS } from '../rule-types';
import { CSL_28_30 } from './common';

export const DC_RULES: readonly Rule[] = [
  {
    id: 'DC-01',
    version: 1,
    family: 'DC',
    title: { en: 'Technical interfaces and decryption support (telecom/ISP)', zh: '技术接口和解密支持（电信/互联网服务提供者）' },
    rationale: {
      en: 'Telecom operators and internet service providers must provide technical interfaces and decryption support to PSBs and the MSS for counter-terrorism; the vendor is drawn in where it runs the service or holds keys.',
      zh: '电信业务经营者、互联网服务提供者应当为公安机关、国家安全机关防范、调查恐怖活动提供技术接口和解密等支持；厂商运营服务或持有密钥时将被牵涉。',
    },
    trigger: {
      any: [
        { field: 'customer.is_telecom_or_isp', op: 'isTrue' },
        { field: 'ops.offers_service_in_cn', op: 'isTrue' },
        { field: 'product.delivery_model', op: 'in', value: ['saas_onshore_vendor_operated', 'saas_onshore_partner_operated'] },
      ],
    },
    severity: {
      base: 'medium',
      baseReason: 'a customer- or partner-side duty with design implications',
      steps: [{ when: { field: 'product.delivery_model', op: 'eq', value: 'saas_onshore_vendor_operated' }, severity: 'high', reason: 'the vendor operates the service in China' }],
    },
    exposure: ['decryption'],
    legalBasis: [{ instrument: 'CTL', articles: 'Arts. 18, 84', confidence: 'VS' }, CSL_28_30],
    mitigations: [],
    mitigationNotes: [
      { en: 'The operator, not the vendor, holds keys; no vendor key recovery and no hidden access paths.', zh: '由运营者而非厂商持有密钥；厂商不具备密钥恢复能力，不设隐藏访问通道。' },
      { en: 'Document the interface scope in the operator contract.', zh: '在与运营者的合同中明确接口范围。' },
    ],
    decisions: ['"Vendor-operated" means delivery_model = saas_onshore_vendor_operated; offers_service_in_cn alone may be the partner, so it stays medium.'],
  },
  {
    id: 'DC-02',
    version: 1,
    family: 'DC',
    title: { en: 'Key custody puts the key holder within reach', zh: '密钥保管使持有方处于可及范围' },
    rationale: {
      en: 'Whoever holds the keys can be asked for technical support, data retrieval or intelligence cooperation; reach is strongest when the vendor holds keys in China, limited when an offshore vendor without a China presence holds them.',
      zh: '密钥持有方可能被要求提供技术支持、配合数据调取或情报工作；厂商在境内持有密钥时风险最高，境外且在华无存在的厂商持有时可及性有限。',
    },
    trigger: { field: 'product.key_custody', op: 'in', value: ['vendor', 'cn_partner'] },
    severity: {
      base: 'low',
      baseReason: 'an offshore vendor without a China presence holds the keys (PRC reach limited)',
      steps: [
        {
          when: { all: [{ field: 'product.key_custody', op: 'eq', value: 'vendor' }, { field: 'product.vendor_cloud_location', op: 'in', value: ['cn', 'both'] }] },
          severity: 'high',
          reason: 'the vendor holds keys in China',
        },
        {
          when: {
            any: [
              { field: 'product.key_custody', op: 'eq', value: 'cn_partner' },
              { all: [{ field: 'product.key_custody', op: 'eq', value: 'vendor' }, { field: 'vendor.china_presence', op: 'in', value: PRESENCE_CATS }] },
            ],
          },
          severity: 'medium',
          reason: 'a Chinese partner holds the keys, or the vendor holds them offshore but has a China entity',
        },
      ],
    },
    exposure: ['decryption'],
    legalBasis: [
      CSL_28_30,
      { instrument: 'DSL', articles: 'Art. 35', confidence: 'VS' },
      { instrument: 'NIL', articles: 'Art. 14', confidence: 'VS' },
      { instrument: 'AEL', articles: 'Art. 26', confidence: 'VS' },
    ],
    mitigations: ['M-NO-CUSTODY'],
    mitigationNotes: [
      { en: 'Customer-held keys (BYOK/HYOK with an onshore certified HSM); split knowledge.', zh: '客户自持密钥（BYOK/HYOK，使用境内认证的密码机）；分割知识。' },
      { en: 'GB/T 22239 level-3 cloud extension: customer key management (WR).', zh: 'GB/T 22239第三级云计算扩展：客户自行管理密钥。' },
    ],
  },
];
