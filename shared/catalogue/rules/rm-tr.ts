/**
 * Rules RM-01 (brief §17.9, remote maintenance) and TR-01 … TR-02 (travel). TR rules read only `travel.*`, and no
 * other rule reads `travel.*` (invariant I-12).
 */
import type { Rule } from '../rule-types';
import { SENSITIVE_DEVICE_CONTENTS } from '../rule-types';
import { LMAX_GTE_2, LMAX_GTE_3 } from './common';

export const RM_TR_RULES: readonly Rule[] = [
  {
    id: 'RM-01',
    version: 1,
    family: 'RM',
    title: { en: 'Remote O&M controls and outsourced-O&M terms', zh: '远程运维管控与外包运维条款' },
    rationale: {
      en: 'MLPS requires approved O&M tools with immutable logs (level 2+) and, at level 3+, remote O&M channels opened only after approval, fully audited and closed after use, plus outsourced-O&M agreements that govern access to sensitive information.',
      zh: '等级保护要求运维工具经审批使用并保留不可更改的日志（第二级以上）；第三级以上远程运维通道须经审批开通、全程审计、用后立即关闭，外包运维协议须约定敏感信息访问要求。',
    },
    trigger: { all: [LMAX_GTE_2, { field: 'ops.remote_maintenance', op: 'in', value: ['remote_from_cn', 'remote_from_abroad'] }] },
    severity: {
      base: 'medium',
      baseReason: 'level 2',
      steps: [
        { when: { field: 'system.function', op: 'in', value: ['production_control', 'dispatch_or_trading_core'] }, severity: 'critical', reason: 'production control or dispatch/trading core' },
        { when: LMAX_GTE_3, severity: 'high', reason: 'level 3 or above' },
      ],
    },
    exposure: ['inspection'],
    legalBasis: [
      { instrument: 'GBT-22239-2019', articles: '8.1.10.6, 8.1.10.14', confidence: 'WR' },
      { instrument: 'GBT-22239-2019', articles: 'ICS extension: dial-up and wireless controls', confidence: 'WR' },
    ],
    extraBasis: [
      {
        when: { field: 'customer.sector', op: 'eq', value: 'energy_power' },
        refs: [{ instrument: 'NDRC-ORDER-27', articles: 'remote-access clauses', confidence: 'U', note: 'Final wording of the remote-access clauses not confirmed.' }],
      },
    ],
    mitigations: ['M-REMOTE-OFF'],
    decisions: ['NDRC Order 27 (U) is cited only for power-sector customers, so it lowers the confidence only where it is relied on.'],
  },
  {
    id: 'TR-01',
    version: 1,
    family: 'TR',
    title: { en: 'Device inspection of travellers', zh: '出行人员设备检查' },
    rationale: {
      en: 'The MSS may inspect electronic devices with approval and notice (on the spot in emergencies), inspect belongings of suspects and seize devices; the MSS says these are targeted powers, not a general border search.',
      zh: '国家安全机关经批准并出示通知书可查验电子设备（紧急情况下可当场查验），可检查涉嫌人员随身物品并查封扣押设备；国家安全部表示这是针对性权力，并非普遍的入境检查。',
    },
    trigger: { field: 'travel.devices_into_cn', op: 'isTrue' },
    severity: {
      base: 'low',
      baseReason: 'no sensitive contents on the devices',
      steps: [{ when: { field: 'travel.device_contents', op: 'intersects', value: SENSITIVE_DEVICE_CONTENTS }, severity: 'high', reason: 'source code, China-origin customer data, due-diligence files, credentials or keys on the devices' }],
    },
    exposure: ['inspection', 'data-access'],
    legalBasis: [
      { instrument: 'AEL', articles: 'Arts. 24–25, 28', confidence: 'VS' },
      { instrument: 'MSS-ORDER-3', articles: 'Art. 40', confidence: 'WR' },
      { instrument: 'MSS-STATEMENT-2024', confidence: 'WR' },
    ],
    mitigations: ['M-TRAVEL'],
    decisions: ['travel.device_posture does not change the severity: the brief grades only by contents (low when nothing sensitive is carried, high otherwise).'],
  },
  {
    id: 'TR-02',
    version: 1,
    family: 'TR',
    title: { en: 'Carrying China-origin personal data out is an export', zh: '携带境内个人信息出境即数据出境' },
    rationale: {
      en: 'Taking customer PI collected in China out of the country on a device is a cross-border transfer that needs an export pathway.',
      zh: '将在境内收集的客户个人信息存于设备带出境外，属于个人信息出境，须有合规路径。',
    },
    trigger: { field: 'travel.device_contents', op: 'includes', value: 'customer_data_cn_origin' },
    severity: { base: 'medium' },
    exposure: ['data-access'],
    legalBasis: [
      { instrument: 'PIPL', articles: 'Art. 38', confidence: 'VS' },
      { instrument: 'CAC-ORDER-11', confidence: 'WR' },
      { instrument: 'CAC-ORDER-16', confidence: 'WR' },
      { instrument: 'CAC-ORDER-16', articles: 'treatment of physical carriage', confidence: 'U', note: 'How the export rules treat data carried on a device is U.' },
    ],
    mitigations: ['M-TRAVEL'],
    mitigationNotes: [{ en: 'Do not carry it; review on shore in a vendor-controlled room.', zh: '不要携带；在境内由厂商控制的房间内审阅。' }],
  },
];
