/**
 * The questionnaire's fields as data (brief §15): one entry per input or derived profile field, with its allowed
 * values and the rules that read it. `usedBy` is checked against the rules catalogue by a unit test, so it cannot
 * drift from what the rules really read.
 */
import type { LocalText } from '../catalogue/types';
import type { FieldDef, FieldKind, FieldPath, SectionName } from './types';

/** The seven sections, in questionnaire order. */
export const SECTIONS: readonly SectionName[] = ['vendor', 'product', 'customer', 'system', 'data', 'ops', 'travel'];

/** Section titles for lists and reports. */
export const SECTION_TITLES: Readonly<Record<SectionName, LocalText>> = {
  vendor: { en: 'Vendor', zh: '供应商' },
  product: { en: 'Product', zh: '产品' },
  customer: { en: 'Customer', zh: '客户' },
  system: { en: 'Graded system', zh: '定级系统' },
  data: { en: 'Data', zh: '数据' },
  ops: { en: 'Operations', zh: '运维' },
  travel: { en: 'Travel', zh: '出行' },
};

const LEVELS = ['1', '2', '3', '4', '5'] as const;
const BOOL = ['true', 'false'] as const;

function f(
  path: FieldPath,
  kind: FieldKind,
  values: readonly string[],
  usedBy: readonly string[],
  label: LocalText,
  extra: Partial<Pick<FieldDef, 'derived' | 'likely'>> = {},
): FieldDef {
  const [section, key] = path.split('.') as [SectionName, string];
  return { path, section, key, kind, values, usedBy, label, ...extra };
}

/** Every profile field of brief §15.1–§15.6, in questionnaire order. */
export const PROFILE_FIELDS: readonly FieldDef[] = [
  // §15.1 Vendor
  f('vendor.hq_jurisdiction', 'enum', ['CN', 'HK_MO_TW', 'US', 'EU', 'UK', 'JP', 'KR', 'IL', 'other'], ['MR-02', 'MR-03'], {
    en: 'Headquarters jurisdiction',
    zh: '总部所在法域',
  }),
  f('vendor.foreign_controlled', 'boolean', BOOL, ['CT-02', 'DA-09', 'IN-05', 'MR-01', 'SC-05'], { en: 'Foreign-controlled vendor', zh: '外方控制' }, {
    derived: true,
  }),
  f(
    'vendor.china_presence',
    'enum',
    ['none', 'distributor_only', 'rep_office', 'wfoe', 'jv_foreign_controlled', 'jv_chinese_controlled', 'licensed_local_partner'],
    ['DA-01', 'DA-03', 'DC-02', 'IN-06'],
    { en: 'Presence in China', zh: '在华存在形式' },
  ),
  f('vendor.named_in_reported_restriction', 'enum', ['yes', 'no'], ['MR-03'], {
    en: 'Named in the reported 2026 restriction',
    zh: '是否被列入2026年报道的限制名单',
  }),
  f('vendor.review_status', 'enum', ['none', 'active_review', 'failed_review', 'passed_review'], ['MR-02'], {
    en: 'Cybersecurity review status',
    zh: '网络安全审查状态',
  }),
  f('vendor.staff_in_china', 'enum', ['none', 'sales_only', 'support_engineering', 'r_and_d'], ['DA-03', 'IN-06', 'VU-02'], {
    en: 'Staff in China',
    zh: '在华人员',
  }),
  // §15.2 Product
  f(
    'product.category',
    'enum',
    [
      'firewall_utm', 'ids_ips', 'waf', 'gatekeeper_isolation', 'vpn_gateway', 'endpoint_security_edr', 'security_audit_siem',
      'vuln_scanner', 'backup_appliance', 'router', 'switch', 'server', 'storage', 'database', 'os', 'middleware',
      'business_app', 'saas_app', 'cloud_platform', 'ics_controller_plc_dcs', 'ics_scada_software', 'iot_consumer_device',
      'iot_industrial_device', 'crypto_library_sdk', 'crypto_hardware_hsm', 'mobile_app', 'custom_software', 'other',
    ],
    ['CT-01', 'CT-03', 'CT-04', 'CT-05', 'CT-06', 'CT-08', 'CT-10', 'CT-11', 'G-06', 'MR-01', 'MR-05', 'SC-04', 'SC-05', 'VU-01', 'VU-02'],
    { en: 'Product category', zh: '产品类别' },
  ),
  f('product.is_infosec_product', 'boolean', BOOL, ['CT-02', 'MR-01', 'MR-02', 'MR-03', 'SC-05'], { en: 'Information security product', zh: '信息安全产品' }, {
    derived: true,
  }),
  f('product.is_crypto_product', 'boolean', BOOL, ['CT-05', 'CT-07', 'IN-07', 'SC-06'], { en: 'Cryptographic product', zh: '密码产品' }, {
    derived: true,
  }),
  f('product.network_connected', 'boolean', BOOL, ['IN-02', 'VU-01'], { en: 'Network-connected', zh: '联网' }),
  f(
    'product.catalogue_status',
    'enum',
    ['in_catalogue_above_threshold', 'in_catalogue_below_threshold', 'not_in_catalogue'],
    ['CT-01', 'CT-05', 'VU-02'],
    { en: 'Critical equipment / security product catalogue status', zh: '网络关键设备和网络安全专用产品目录状态' },
  ),
  f(
    'product.delivery_model',
    'enum',
    ['on_prem_software', 'hardware_appliance', 'embedded_device', 'saas_offshore', 'saas_onshore_vendor_operated', 'saas_onshore_partner_operated', 'managed_service'],
    ['CT-06', 'DA-01', 'DA-02', 'DA-04', 'DA-05', 'DA-09', 'DC-01'],
    { en: 'Delivery model', zh: '交付模式' },
  ),
  f('product.customization', 'enum', ['cots', 'configured', 'customized_for_customer', 'bespoke_development'], ['CT-03', 'SC-01', 'SC-02', 'SC-03', 'SC-04'], {
    en: 'Customisation',
    zh: '定制程度',
  }),
  f(
    'product.crypto_functions',
    'set',
    ['none', 'tls', 'data_at_rest', 'vpn_tunnel', 'signature_pki', 'key_management', 'crypto_core'],
    ['CT-05', 'CT-06', 'CT-07', 'IN-07'],
    { en: 'Cryptographic functions', zh: '密码功能' },
  ),
  f('product.crypto_sm_support', 'enum', ['none', 'optional', 'default'], ['CT-07'], { en: 'SM algorithm support', zh: '国密算法支持' }),
  f('product.crypto_cn_certified', 'enum', ['yes', 'no', 'in_progress', 'n_a'], ['SC-06'], {
    en: 'Chinese commercial crypto certification',
    zh: '商用密码产品认证',
  }),
  f('product.consumer_mass_market', 'boolean', BOOL, ['CT-06', 'CT-08', 'DA-05', 'DA-10'], { en: 'Mass-consumer product', zh: '大众消费类产品' }),
  f('product.vendor_cloud_location', 'enum', ['none', 'cn', 'offshore', 'both'], ['DA-01', 'DA-05', 'DA-06', 'DA-08', 'DA-10', 'DC-02'], {
    en: 'Vendor cloud location',
    zh: '厂商云所在地',
  }),
  f('product.telemetry', 'enum', ['none', 'metadata_offshore', 'content_offshore', 'cn_only'], ['DA-05'], { en: 'Telemetry', zh: '遥测数据' }),
  f('product.update_channel', 'enum', ['none', 'customer_controlled', 'vendor_cloud_cn', 'vendor_cloud_offshore'], [], {
    en: 'Update channel',
    zh: '更新渠道',
  }),
  f('product.key_custody', 'enum', ['customer', 'vendor', 'cn_partner', 'n_a'], ['DA-01', 'DA-02', 'DA-09', 'DC-02'], {
    en: 'Key custody',
    zh: '密钥保管方',
  }),
  // §15.3 Customer and the graded system
  f(
    'customer.sector',
    'enum',
    [
      'banking', 'securities_insurance', 'payments', 'energy_power', 'oil_gas', 'telecom', 'transport', 'water', 'healthcare',
      'government', 'education', 'manufacturing', 'retail_ecommerce', 'internet_platform', 'defence_industry',
      'consumer_households', 'other',
    ],
    ['CT-09', 'DA-03', 'G-05', 'IN-06', 'RM-01'],
    { en: 'Customer sector', zh: '客户行业' },
  ),
  f(
    'customer.type',
    'enum',
    ['party_government_organ', 'public_institution', 'soe_central', 'soe_local', 'private_domestic', 'foreign_invested', 'individual_consumers'],
    ['CT-10', 'DA-03', 'DA-05', 'DA-08'],
    { en: 'Customer type', zh: '客户类型' },
  ),
  f(
    'customer.cii_status',
    'enum',
    ['identified', 'likely', 'not_cii'],
    ['CT-05', 'CT-07', 'DA-03', 'DA-05', 'DA-07', 'DA-08', 'G-03', 'G-07', 'IN-01', 'IN-03', 'IN-07', 'MR-01', 'MR-02', 'MR-04', 'SC-03', 'VU-02', 'VU-04', 'VU-05'],
    { en: 'Critical information infrastructure status', zh: '关键信息基础设施认定' },
    { likely: { positive: 'identified', negative: 'not_cii' } },
  ),
  f('customer.is_telecom_or_isp', 'boolean', BOOL, ['DA-04', 'DC-01', 'IN-02'], { en: 'Telecom operator or ISP', zh: '电信业务经营者或互联网服务提供者' }),
  f('customer.hospital_tier', 'enum', ['tertiary_a', 'other', 'n_a'], ['G-05'], { en: 'Hospital tier', zh: '医院等级' }),
  f('system.graded_in_cn', 'boolean', BOOL, ['G-01', 'G-02', 'G-03', 'G-04', 'G-05', 'G-06', 'G-07'], {
    en: 'Graded system run by a PRC network operator',
    zh: '由境内网络运营者运行的定级系统',
  }),
  f('system.max_hosted_level', 'level', [...LEVELS, 'none'], ['G-06'], { en: 'Highest level hosted (platforms)', zh: '承载系统的最高等级（平台）' }),
  f(
    'system.function',
    'enum',
    ['core_business', 'boundary_security', 'production_control', 'internal_office', 'public_service', 'platform_hosting', 'dispatch_or_trading_core'],
    ['CT-03', 'CT-09', 'G-05', 'G-06', 'G-07', 'IN-02', 'RM-01'],
    { en: 'System function', zh: '系统功能' },
  ),
  f('system.harm_object_max', 'enum', ['citizens', 'social_order', 'national_security'], ['G-01', 'G-02'], {
    en: 'Object harmed (worst case)',
    zh: '受侵害的客体（最高）',
  }),
  f('system.harm_degree_max', 'enum', ['general', 'serious', 'especially_serious'], ['G-01', 'G-02'], {
    en: 'Degree of harm (worst case)',
    zh: '侵害程度（最高）',
  }),
  f('system.declared_mlps', 'level', [...LEVELS, 'none'], ['G-01'], { en: 'Declared MLPS level', zh: '已定等级' }),
  f('system.hosting', 'enum', ['onprem_cn', 'cn_cloud_domestic', 'cn_cloud_partner', 'offshore_cloud', 'hybrid'], ['DA-06', 'G-06'], {
    en: 'Hosting',
    zh: '部署方式',
  }),
  f('system.extensions', 'set', ['cloud', 'mobile', 'iot', 'ics', 'big_data'], ['CT-04', 'CT-11', 'DA-06', 'G-06', 'SC-04'], {
    en: 'MLPS extensions',
    zh: '等级保护扩展要求',
  }),
  // §15.4 Data
  f('data.pi_subjects', 'enum', ['none', 'lt_100k', '100k_1m', 'gt_1m'], ['DA-05', 'DA-07', 'DA-10', 'MR-01'], {
    en: 'People whose personal information is processed',
    zh: '个人信息主体数量',
  }),
  f('data.sensitive_pi_subjects', 'enum', ['none', 'lt_10k', 'gte_10k'], ['DA-07'], { en: 'People with sensitive PI', zh: '敏感个人信息主体数量' }),
  f(
    'data.important_data',
    'enum',
    ['notified', 'likely', 'no'],
    ['G-02', 'G-04'],
    { en: 'Important data', zh: '重要数据' },
    { likely: { positive: 'notified', negative: 'no' } },
  ),
  f('data.core_data', 'enum', ['yes', 'no'], ['G-02', 'G-04'], { en: 'Core data', zh: '核心数据' }),
  f('data.sector_localisation', 'set', ['population_health', 'personal_financial', 'credit', 'state_organ_pi', 'none'], ['DA-05', 'DA-08'], {
    en: 'Sector localisation rules',
    zh: '行业数据本地化要求',
  }),
  f('data.storage_location', 'enum', ['cn', 'offshore', 'both'], ['DA-01', 'DA-02', 'DA-03', 'DA-05', 'DA-06', 'DA-08', 'DA-09'], {
    en: 'Where the data is stored',
    zh: '数据存储地',
  }),
  f(
    'data.cross_border',
    'set',
    ['none', 'hr_management', 'contract_with_individual', 'vendor_support_access', 'telemetry', 'replication_backup', 'analytics'],
    ['DA-05', 'DA-07', 'DA-08', 'MR-05'],
    { en: 'Cross-border data flows', zh: '数据出境情形' },
  ),
  // §15.5 Operations
  f('ops.remote_maintenance', 'enum', ['none', 'onsite_cn_staff', 'remote_from_cn', 'remote_from_abroad'], ['DA-06', 'DA-08', 'RM-01'], {
    en: 'Remote maintenance',
    zh: '远程运维',
  }),
  f('ops.vendor_privileged_access', 'boolean', BOOL, ['DA-02', 'DA-03', 'DA-08', 'DA-09'], { en: 'Vendor privileged access', zh: '厂商特权访问' }),
  f('ops.vuln_process', 'enum', ['global_only', 'cn_integrated', 'none'], ['VU-02'], { en: 'Vulnerability process', zh: '漏洞处置流程' }),
  f('ops.offers_service_in_cn', 'boolean', BOOL, ['DA-01', 'DA-04', 'DC-01', 'IN-02'], {
    en: 'Vendor or partner operates the service in China',
    zh: '厂商或其合作方在华运营服务',
  }),
  // §15.6 Travel
  f('travel.devices_into_cn', 'boolean', BOOL, ['TR-01'], { en: 'Devices taken into China', zh: '携带设备入境' }),
  f(
    'travel.device_contents',
    'set',
    ['source_code', 'customer_data_cn_origin', 'dd_files', 'credentials', 'crypto_keys', 'none'],
    ['TR-01', 'TR-02'],
    { en: 'Device contents', zh: '设备内容' },
  ),
  f('travel.device_posture', 'enum', ['clean_loaner', 'full_disk_encrypted', 'standard'], [], { en: 'Device posture', zh: '设备状态' }),
];

const BY_PATH: ReadonlyMap<string, FieldDef> = new Map(PROFILE_FIELDS.map((d) => [d.path, d]));

/** The field with this path (`vendor.hq_jurisdiction`), or undefined. */
export function fieldByPath(path: string): FieldDef | undefined {
  return BY_PATH.get(path);
}

/** The fields of one section, in questionnaire order. */
export function fieldsOfSection(section: SectionName): readonly FieldDef[] {
  return PROFILE_FIELDS.filter((d) => d.section === section);
}

/** Derived facts the engine computes (brief §15.3 `mlps.*`); they are never answered in a profile. */
export const DERIVED_FACTS: readonly { readonly path: string; readonly label: LocalText }[] = [
  { path: 'mlps.level_min', label: { en: 'Estimated minimum MLPS level', zh: '估算最低等级' } },
  { path: 'mlps.level_max', label: { en: 'Estimated maximum MLPS level', zh: '估算最高等级' } },
  { path: 'mlps.std_level', label: { en: 'Level by GB/T 22240-2020', zh: '按GB/T 22240-2020的等级' } },
  { path: 'mlps.t2025_level', label: { en: 'Level by the 2025 grading template', zh: '按2025年定级模板的等级' } },
  { path: 'mlps.t2025_above_std', label: { en: '2025 template grades higher than the standard', zh: '2025模板等级高于国标' } },
];
