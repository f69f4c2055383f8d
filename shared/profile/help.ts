/**
 * Questionnaire wording (brief §15): for every profile field, the question, a plain-language help text saying what
 * to ask and why it matters legally, and a short label per allowed value; plus a title and one-line help for each
 * questionnaire group. The questionnaire UI is generated from this data together with PROFILE_FIELDS (fields.ts).
 */
import type { LocalText } from '../catalogue/types';
import type { SectionName } from './types';

/** Wording for one questionnaire field. */
export interface FieldHelp {
  /** The question as asked in the questionnaire. */
  readonly question: LocalText;
  /** What to ask the vendor or customer, and why it matters legally (1–3 sentences). */
  readonly help: LocalText;
  /** A short label per allowed value, including `unknown` for answerable fields. */
  readonly values: Readonly<Record<string, LocalText>>;
}

/** Questionnaire groups: the customer and system sections are asked together. */
export type SectionHelpKey = 'vendor' | 'product' | 'customer_system' | 'data' | 'ops' | 'travel';

/** Title and one-line help of a questionnaire group. */
export interface SectionHelp {
  readonly title: LocalText;
  readonly help: LocalText;
}

function t(en: string, zh: string): LocalText {
  return { en, zh };
}

/** Label of the `unknown` answer every input field accepts. */
export const UNKNOWN_LABEL: LocalText = t('Unknown / not yet answered', '未知 / 尚未回答');

const BOOL_VALUES: Readonly<Record<string, LocalText>> = { true: t('Yes', '是'), false: t('No', '否') };

const LEVEL_VALUES: Readonly<Record<string, LocalText>> = {
  '1': t('Level 1 (self-protection)', '第一级（自主保护）'),
  '2': t('Level 2 (guided protection)', '第二级（指导保护）'),
  '3': t('Level 3 (supervised protection)', '第三级（监督保护）'),
  '4': t('Level 4 (mandatory protection)', '第四级（强制保护）'),
  '5': t('Level 5 (special-control protection)', '第五级（专控保护）'),
};

/** An answerable field: its value labels always include `unknown`. */
function ask(question: LocalText, help: LocalText, values: Readonly<Record<string, LocalText>>): FieldHelp {
  return { question, help, values: { ...values, unknown: UNKNOWN_LABEL } };
}

/** A fact the engine computes (`mlps.*`): levels only, no `unknown` answer. */
function computed(question: LocalText, help: LocalText): FieldHelp {
  return { question, help, values: LEVEL_VALUES };
}

/** Questionnaire wording for every field of brief §15, keyed by path (`vendor.hq_jurisdiction`). */
export const FIELD_HELP: Readonly<Record<string, FieldHelp>> = {
  // ─── §15.1 Vendor ─────────────────────────────────────────────────────────────────────────────────────────
  'vendor.hq_jurisdiction': ask(
    t('Where is the vendor’s ultimate parent headquartered?', '供应商最终母公司的总部位于哪个法域？'),
    t(
      'Ask for the jurisdiction of the ultimate parent, not the local sales entity. Level 3+ systems must use ' +
        'information security products from Chinese-controlled makers (MLPS Measures 2007, 43号 Art. 21), and US ' +
        'and Israeli security vendors face the reported January 2026 directive and review precedents (Micron 2023, ' +
        'Palo Alto 2026).',
      '请询问最终母公司所在法域，而非当地销售实体。第三级以上系统须使用由中方控制的厂商提供的信息安全产品（2007年《信息安全等级保护管理办法》43号第二十一条）；' +
        '美国和以色列的安全厂商还面临据报道的2026年1月指令以及审查先例（2023年美光、2026年派拓）。',
    ),
    {
      CN: t('Mainland China', '中国大陆'),
      HK_MO_TW: t('Hong Kong, Macao or Taiwan', '香港、澳门或台湾'),
      US: t('United States', '美国'),
      EU: t('EU member state', '欧盟成员国'),
      UK: t('United Kingdom', '英国'),
      JP: t('Japan', '日本'),
      KR: t('South Korea', '韩国'),
      IL: t('Israel', '以色列'),
      other: t('Other', '其他'),
    },
  ),
  'vendor.foreign_controlled': ask(
    t('Is the vendor foreign-controlled?', '供应商是否受外方控制？'),
    t(
      'Computed: yes when the headquarters are outside mainland China or the ultimate controller is foreign; ' +
        'override it if the ownership chain says otherwise. Only makers invested or controlled by Chinese citizens, ' +
        'legal persons or the state count as domestic for level 3+ security products (43号 Art. 21) and on the MLPS ' +
        'filing form; foreign control also matters for cybersecurity review and the blocking rules (DSL Art. 36, ' +
        'PIPL Art. 41).',
      '自动计算：总部不在中国大陆或最终控制人为外方时为"是"；如股权结构另有说明可手动更改。' +
        '只有由中国公民、法人或国家投资或控股的厂商，才在第三级以上安全产品要求（43号第二十一条）和等保备案表中被视为国产；' +
        '外方控制还影响网络安全审查以及阻断规则（数据安全法第三十六条、个人信息保护法第四十一条）。',
    ),
    BOOL_VALUES,
  ),
  'vendor.china_presence': ask(
    t('What legal presence does the vendor have in China?', '供应商在中国境内的法律存在形式是什么？'),
    t(
      'Ask whether there is a representative office, a wholly foreign-owned enterprise, a joint venture or a ' +
        'licensed local partner. An entity in China is within direct reach of the duty to assist PSBs and MSS ' +
        '(CSL Art. 28 / 2026 Art. 30), intelligence cooperation (National Intelligence Law Art. 7) and ' +
        'anti-espionage inspection of its equipment (Anti-Espionage Law Art. 25).',
      '请询问是否设有代表处、外商独资企业、合资企业或持牌本地合作方。境内实体直接承担协助公安机关和国家安全机关的义务（网络安全法第二十八条/2026年第三十条）、' +
        '情报配合义务（国家情报法第七条），并可能被依反间谍法第二十五条查验其设备。',
    ),
    {
      none: t('No presence', '无境内存在'),
      distributor_only: t('Through distributors only', '仅通过经销商'),
      rep_office: t('Representative office', '代表处'),
      wfoe: t('Wholly foreign-owned enterprise (WFOE)', '外商独资企业'),
      jv_foreign_controlled: t('Joint venture, foreign-controlled', '合资企业（外方控股）'),
      jv_chinese_controlled: t('Joint venture, Chinese-controlled', '合资企业（中方控股）'),
      licensed_local_partner: t('Licensed local partner', '持牌本地合作方'),
    },
  ),
  'vendor.named_in_reported_restriction': ask(
    t(
      'Is the vendor named in the reported January 2026 directive on US and Israeli security software?',
      '供应商是否被列入据报道的2026年1月关于美国和以色列安全软件的指令？',
    ),
    t(
      'Reuters and Bloomberg reported that Chinese companies were told to stop using cybersecurity software from ' +
        'about a dozen US and Israeli vendors. The directive is not published, so ask the customer whether it ' +
        'received a notice; a confirmed "yes" means de facto exclusion, although its legal basis is uncertain.',
      '路透社和彭博社报道，中国企业被要求停止使用约十余家美国和以色列厂商的网络安全软件。该指令未公开发布，请询问客户是否收到通知；' +
        '确认"是"即意味着事实上被排除，但其法律依据尚不确定。',
    ),
    { yes: t('Yes, named', '是，被点名'), no: t('No', '否') },
  ),
  'vendor.review_status': ask(
    t('Is the vendor or product under a Chinese cybersecurity review?', '供应商或其产品是否正接受中国网络安全审查？'),
    t(
      'The Cybersecurity Review Office may open reviews on its own initiative (Cybersecurity Review Measures 2022, ' +
        'Art. 16), as with Micron in 2023 and Palo Alto Networks in 2026. An active or failed review can exclude ' +
        'the product from critical information infrastructure.',
      '网络安全审查办公室可依职权启动审查（2022年《网络安全审查办法》第十六条），如2023年的美光和2026年的派拓网络。' +
        '正在进行或未通过的审查可能导致产品被排除在关键信息基础设施之外。',
    ),
    {
      none: t('No review known', '未知悉审查'),
      active_review: t('Review under way', '审查进行中'),
      failed_review: t('Review failed (CIIOs told to stop buying)', '审查未通过（关基运营者被要求停止采购）'),
      passed_review: t('Review passed', '审查已通过'),
    },
  ),
  'vendor.staff_in_china': ask(
    t('Which vendor staff work in China?', '供应商有哪些人员在中国境内工作？'),
    t(
      'Staff in China who can reach source code, builds or customer systems are within reach of anti-espionage ' +
        'inspections and intelligence-cooperation duties (Anti-Espionage Law, National Intelligence Law). China ' +
        'support or R&D staff also matter for the ban on sharing undisclosed vulnerabilities abroad (Vulnerability ' +
        'Provisions 2021, Art. 9).',
      '能够接触源代码、构建环境或客户系统的境内人员，处于反间谍检查和情报配合义务的范围之内（反间谍法、国家情报法）。' +
        '境内的技术支持或研发人员还关系到禁止向境外提供未公开漏洞的规定（2021年《网络产品安全漏洞管理规定》第九条）。',
    ),
    {
      none: t('None', '无'),
      sales_only: t('Sales only', '仅销售人员'),
      support_engineering: t('Support or engineering staff', '技术支持或工程人员'),
      r_and_d: t('Research and development staff', '研发人员'),
    },
  ),

  // ─── §15.2 Product ────────────────────────────────────────────────────────────────────────────────────────
  'product.category': ask(
    t('What kind of product is it?', '产品属于哪一类？'),
    t(
      'Pick the closest category. It decides whether the product may be in the catalogue of critical network ' +
        'equipment and specialised cybersecurity products (certification before sale, CSL Art. 23 / 2026 Art. 25), ' +
        'whether it is an information security product for the level 3+ domestic-origin rule (43号 Art. 21), and ' +
        'whether a CII purchase may need cybersecurity review.',
      '请选择最接近的类别。它决定产品是否可能列入网络关键设备和网络安全专用产品目录（销售前须认证，网络安全法第二十三条/2026年第二十五条）、' +
        '是否属于第三级以上国产化要求所指的信息安全产品（43号第二十一条），以及关基采购是否可能需要网络安全审查。',
    ),
    {
      firewall_utm: t('Firewall / UTM', '防火墙 / UTM'),
      ids_ips: t('Intrusion detection or prevention (IDS/IPS)', '入侵检测或防御（IDS/IPS）'),
      waf: t('Web application firewall', 'Web应用防火墙'),
      gatekeeper_isolation: t('Gatekeeper / network isolation (网闸)', '网闸 / 网络隔离'),
      vpn_gateway: t('VPN gateway', 'VPN网关'),
      endpoint_security_edr: t('Endpoint security / EDR', '终端安全 / EDR'),
      security_audit_siem: t('Security audit / SIEM', '安全审计 / SIEM'),
      vuln_scanner: t('Vulnerability scanner', '漏洞扫描器'),
      backup_appliance: t('Backup and recovery appliance', '备份与恢复设备'),
      router: t('Router', '路由器'),
      switch: t('Switch', '交换机'),
      server: t('Server', '服务器'),
      storage: t('Storage', '存储设备'),
      database: t('Database', '数据库'),
      os: t('Operating system', '操作系统'),
      middleware: t('Middleware', '中间件'),
      business_app: t('Business application (installed)', '业务应用（本地部署）'),
      saas_app: t('SaaS application', 'SaaS应用'),
      cloud_platform: t('Cloud platform', '云平台'),
      ics_controller_plc_dcs: t('Industrial controller (PLC/DCS)', '工业控制器（PLC/DCS）'),
      ics_scada_software: t('SCADA / industrial control software', 'SCADA / 工业控制软件'),
      iot_consumer_device: t('Consumer IoT device', '消费类物联网设备'),
      iot_industrial_device: t('Industrial IoT device', '工业物联网设备'),
      crypto_library_sdk: t('Cryptographic library / SDK', '密码库 / SDK'),
      crypto_hardware_hsm: t('Cryptographic hardware / HSM', '密码硬件 / 密码机'),
      mobile_app: t('Mobile app', '移动应用'),
      custom_software: t('Custom software', '定制软件'),
      other: t('Other', '其他'),
    },
  ),
  'product.is_infosec_product': ask(
    t('Is it an information security product?', '是否属于信息安全产品？'),
    t(
      'Computed: yes for firewalls/UTM, IDS/IPS, WAF, gatekeepers, VPN gateways, endpoint/EDR, security audit/SIEM, ' +
        'vulnerability scanners and backup appliances; crypto products are handled under the cryptography regime ' +
        'instead. Level 3+ systems must use information security products from Chinese-controlled makers with ' +
        'Chinese core IP (43号 Art. 21), which in effect excludes foreign-controlled vendors.',
      '自动计算：防火墙/UTM、入侵检测/防御、Web应用防火墙、网闸、VPN网关、终端安全/EDR、安全审计/SIEM、漏洞扫描器和备份设备为"是"；' +
        '密码产品改由密码管理制度处理。第三级以上系统须使用由中方控制、核心技术具有自主知识产权的厂商提供的信息安全产品（43号第二十一条），实际上排除了外方控制的厂商。',
    ),
    BOOL_VALUES,
  ),
  'product.is_crypto_product': ask(
    t('Is it a cryptographic product?', '是否属于密码产品？'),
    t(
      'Computed: yes for crypto libraries/SDKs, crypto hardware/HSMs and VPN gateways, or when cryptography is the ' +
        'product’s core function. Crypto products face certification, SCA review for CII and import licensing ' +
        '(Cryptography Law Arts. 26–28), but authorities may not demand their source code (Cryptography Law ' +
        'Art. 31(2)).',
      '自动计算：密码库/SDK、密码硬件/密码机和VPN网关，或以密码为核心功能的产品为"是"。密码产品须经认证、用于关基时须经国家密码管理部门审查，' +
        '并可能需要进口许可（密码法第二十六至二十八条），但主管部门不得要求披露其源代码（密码法第三十一条第二款）。',
    ),
    BOOL_VALUES,
  ),
  'product.network_connected': ask(
    t('Does the product connect to a network?', '产品是否联网？'),
    t(
      'Network-connected products can be scanned and penetration-tested remotely by the PSB (MPS Order No. 176, ' +
        'from 2026-10-01) and come under the vulnerability reporting duties of the 2021 Vulnerability Provisions.',
      '联网产品可能被公安机关远程扫描和渗透测试（公安部令第176号，自2026-10-01起施行），并适用2021年《网络产品安全漏洞管理规定》的漏洞报送义务。',
    ),
    BOOL_VALUES,
  ),
  'product.catalogue_status': ask(
    t(
      'Is the product in the catalogue of critical network equipment and specialised cybersecurity products?',
      '产品是否列入网络关键设备和网络安全专用产品目录？',
    ),
    t(
      'Check against the catalogue of 2023-07-03: thresholds apply only to routers, switches, rack servers and ' +
        'PLCs, and for the 34 specialised security product types being a listed type counts as "above threshold". ' +
        'Listed products need certification or testing by designated Chinese bodies before sale (CSL Art. 23 / ' +
        '2026 Art. 25); the 2017 thresholds for firewalls and similar products are obsolete.',
      '请对照2023-07-03发布的目录：性能门槛仅适用于路由器、交换机、机架式服务器和PLC；34类网络安全专用产品只要属于所列类型即视为"达到门槛"。' +
        '目录内产品销售前须经指定机构认证或检测（网络安全法第二十三条/2026年第二十五条）；2017年目录中防火墙等产品的门槛已失效。',
    ),
    {
      in_catalogue_above_threshold: t('Listed (at or above any threshold)', '列入目录（达到门槛）'),
      in_catalogue_below_threshold: t('Listed type, below the threshold', '属目录类型但低于门槛'),
      not_in_catalogue: t('Not in the catalogue', '不在目录内'),
    },
  ),
  'product.delivery_model': ask(
    t('How is the product delivered?', '产品以何种方式交付？'),
    t(
      'Who operates the product decides who holds data and keys in China. A service run in China by the vendor or ' +
        'a partner brings the duty to provide technical interfaces and decryption support (Counter-Terrorism Law ' +
        'Art. 18) and to assist PSBs and MSS (CSL Art. 28 / 2026 Art. 30).',
      '由谁运营产品决定了谁在中国境内持有数据和密钥。由供应商或合作方在境内运营的服务，须提供技术接口和解密支持（反恐怖主义法第十八条），' +
        '并协助公安机关和国家安全机关（网络安全法第二十八条/2026年第三十条）。',
    ),
    {
      on_prem_software: t('On-premises software', '本地部署软件'),
      hardware_appliance: t('Hardware appliance', '硬件设备'),
      embedded_device: t('Embedded device', '嵌入式设备'),
      saas_offshore: t('SaaS hosted outside China', '境外托管的SaaS'),
      saas_onshore_vendor_operated: t('SaaS in China, run by the vendor', '境内SaaS，由供应商运营'),
      saas_onshore_partner_operated: t('SaaS in China, run by a Chinese partner', '境内SaaS，由中国合作方运营'),
      managed_service: t('Managed service', '托管服务'),
    },
  ),
  'product.customization': ask(
    t('How much is the product customised for this customer?', '产品为该客户定制的程度如何？'),
    t(
      'For level 3+ systems, GB/T 22239-2019 (8.1.9.5 c) requires the developer of outsourced or custom software ' +
        'to provide source code so the operator can check it for backdoors and covert channels; design documents ' +
        'are required from level 2. Unmodified off-the-shelf products fall under product-procurement testing ' +
        'instead.',
      '对第三级以上系统，GB/T 22239-2019（8.1.9.5 c）要求外包或定制软件的开发方提供源代码，由运营者审查其中可能存在的后门和隐蔽信道；' +
        '第二级起即须提供设计文档。未经修改的商用现成产品则适用产品采购测试要求。',
    ),
    {
      cots: t('Off-the-shelf, unmodified', '商用现成产品，未修改'),
      configured: t('Configured only (no code changes)', '仅配置（无代码修改）'),
      customized_for_customer: t('Customised for this customer', '为该客户定制'),
      bespoke_development: t('Bespoke development', '专门开发'),
    },
  ),
  'product.crypto_functions': ask(
    t('Which cryptographic functions does the product use?', '产品使用了哪些密码功能？'),
    t(
      'Select all that apply. Cryptography in a graded or CII system brings commercial-crypto compliance and ' +
        'crypto application security assessments (密评) that examine algorithms, keys and configurations ' +
        '(Commercial Cryptography Regulations Arts. 38–41); VPN hardware may need an import licence.',
      '可多选。在定级系统或关基中使用密码，须满足商用密码合规要求并接受商用密码应用安全性评估（密评），评估对象包括算法、密钥和配置' +
        '（《商用密码管理条例》第三十八至四十一条）；VPN硬件可能需要进口许可。',
    ),
    {
      none: t('No cryptography', '无密码功能'),
      tls: t('TLS / transport encryption', 'TLS / 传输加密'),
      data_at_rest: t('Data-at-rest encryption', '存储加密'),
      vpn_tunnel: t('VPN tunnels', 'VPN隧道'),
      signature_pki: t('Signatures / PKI', '签名 / PKI'),
      key_management: t('Key management', '密钥管理'),
      crypto_core: t('Cryptography is the core function', '密码为核心功能'),
    },
  ),
  'product.crypto_sm_support': ask(
    t('Does the product support the Chinese SM algorithms (SM2/SM3/SM4)?', '产品是否支持国密算法（SM2/SM3/SM4）？'),
    t(
      'CII and level 3+ 密评 practice expects SM algorithms implemented through certified products, with TLCP for ' +
        'SM-based TLS. Without SM support, a level 3+ or CII deployment faces a high risk in the crypto assessment.',
      '关基和第三级以上系统的密评实践要求通过经认证的产品使用国密算法，基于国密的TLS采用TLCP。不支持国密的产品用于第三级以上系统或关基时，密评风险较高。',
    ),
    {
      none: t('No SM support', '不支持国密'),
      optional: t('SM available as an option', '可选支持国密'),
      default: t('SM used by default', '默认使用国密'),
    },
  ),
  'product.crypto_cn_certified': ask(
    t('Is the product’s cryptography certified in China?', '产品的密码功能是否已在中国获得认证？'),
    t(
      'Crypto products and services used in CII must be tested and certified, and their algorithms, protocols and ' +
        'key management must pass SCA review (Commercial Cryptography Regulations Art. 39). Certification labs ' +
        'review design and security documentation; authorities themselves may not demand source code (Regulations ' +
        'Art. 47(2)).',
      '关基使用的密码产品和服务须经检测认证，其算法、协议和密钥管理机制须通过国家密码管理部门审查鉴定（《商用密码管理条例》第三十九条）。' +
        '认证机构审查设计和安全文档；主管部门本身不得要求披露源代码（条例第四十七条第二款）。',
    ),
    {
      yes: t('Certified', '已认证'),
      no: t('Not certified', '未认证'),
      in_progress: t('Certification in progress', '认证进行中'),
      n_a: t('Not applicable (no cryptography)', '不适用（无密码功能）'),
    },
  ),
  'product.consumer_mass_market': ask(
    t('Is it a mass-market consumer product?', '是否为大众消费类产品？'),
    t(
      'Mass-consumer products are exempt from commercial-crypto import licensing (Cryptography Law Art. 28). ' +
        'Consumer IoT devices may join the China Cybersecurity Label scheme, and a vendor collecting consumers’ ' +
        'data offshore comes under PIPL’s extraterritorial rules (Arts. 3(2), 53).',
      '大众消费类产品免于商用密码进口许可（密码法第二十八条）。消费类物联网设备可能参与中国网络安全标识制度；' +
        '在境外收集消费者数据的厂商适用个人信息保护法的域外适用规则（第三条第二款、第五十三条）。',
    ),
    BOOL_VALUES,
  ),
  'product.vendor_cloud_location': ask(
    t(
      'Where does the vendor’s own cloud (licensing, management, updates) run?',
      '供应商自有云服务（许可、管理、更新）位于何处？',
    ),
    t(
      'A vendor cloud in China puts the data and keys it holds within reach of PRC retrieval powers (DSL Art. 35). ' +
        'An offshore cloud that receives data from China is a data export needing a legal pathway (PIPL Art. 38) ' +
        'and can conflict with localisation rules.',
      '位于境内的供应商云所持有的数据和密钥处于中国调取权力范围内（数据安全法第三十五条）。接收境内数据的境外云构成数据出境，' +
        '须有合法途径（个人信息保护法第三十八条），并可能与本地化要求冲突。',
    ),
    {
      none: t('No vendor cloud', '无供应商云'),
      cn: t('In China', '境内'),
      offshore: t('Outside China', '境外'),
      both: t('Both', '境内外均有'),
    },
  ),
  'product.telemetry': ask(
    t('What telemetry does the product send, and where?', '产品发送哪些遥测数据、发往何处？'),
    t(
      'Telemetry carrying content or personal information abroad is a cross-border transfer and conflicts with ' +
        'localisation duties for CIIOs and high-volume processors (CSL Art. 37 / 2026 Art. 39; PIPL Art. 40). ' +
        'Metadata-only or China-only telemetry keeps the exposure low.',
      '携带内容或个人信息出境的遥测构成数据出境，与关基运营者和大量处理者的本地化义务冲突（网络安全法第三十七条/2026年第三十九条；个人信息保护法第四十条）。' +
        '仅含元数据或仅在境内的遥测风险较低。',
    ),
    {
      none: t('No telemetry', '无遥测'),
      metadata_offshore: t('Metadata only, sent abroad', '仅元数据，发往境外'),
      content_offshore: t('Content or personal data sent abroad', '内容或个人数据发往境外'),
      cn_only: t('Kept in China', '仅在境内'),
    },
  ),
  'product.update_channel': ask(
    t('How does the product receive updates?', '产品通过何种渠道获取更新？'),
    t(
      'An update channel from the vendor’s cloud is a standing path into the customer’s system; cybersecurity ' +
        'review weighs the risk of illegal control and of interrupted supply or support (Cybersecurity Review ' +
        'Measures Art. 10). Customer-controlled or onshore channels are easier to defend.',
      '来自供应商云的更新渠道是进入客户系统的常设通道；网络安全审查会考量产品被非法控制以及供应或支持中断的风险（《网络安全审查办法》第十条）。' +
        '由客户控制或位于境内的更新渠道更易于说明合规。',
    ),
    {
      none: t('No updates', '无更新'),
      customer_controlled: t('Customer-controlled (offline or customer repository)', '由客户控制（离线或客户自有仓库）'),
      vendor_cloud_cn: t('Vendor cloud in China', '供应商境内云'),
      vendor_cloud_offshore: t('Vendor cloud outside China', '供应商境外云'),
    },
  ),
  'product.key_custody': ask(
    t('Who holds the encryption keys for customer data?', '客户数据的加密密钥由谁保管？'),
    t(
      'Whoever holds the keys can be required to give decryption support (Counter-Terrorism Law Art. 18) or to ' +
        'hand over data (DSL Art. 35). Customer-held keys, for example in an onshore certified HSM, keep the vendor ' +
        'out of that chain.',
      '密钥持有人可能被要求提供解密支持（反恐怖主义法第十八条）或交出数据（数据安全法第三十五条）。由客户持有密钥（例如存放于境内经认证的密码机中）可使供应商不在此链条之中。',
    ),
    {
      customer: t('The customer', '客户'),
      vendor: t('The vendor', '供应商'),
      cn_partner: t('A Chinese partner', '中国合作方'),
      n_a: t('Not applicable (no keys)', '不适用（无密钥）'),
    },
  ),

  // ─── §15.3 Customer ───────────────────────────────────────────────────────────────────────────────────────
  'customer.sector': ask(
    t('Which sector is the customer in?', '客户属于哪个行业？'),
    t(
      'The sector brings floors and sector rules: core systems of tertiary-A hospitals are at least level 3 ' +
        '(卫办发〔2011〕85号), power monitoring systems follow NDRC Order No. 27, and energy, telecom, finance, ' +
        'transport, water and e-government are typical CII sectors (CSL Art. 31 / 2026 Art. 33).',
      '行业决定了等级下限和行业规则：三级甲等医院核心业务系统不低于第三级（卫办发〔2011〕85号），电力监控系统适用国家发展改革委第27号令，' +
        '能源、电信、金融、交通、水利和电子政务是典型的关基行业（网络安全法第三十一条/2026年第三十三条）。',
    ),
    {
      banking: t('Banking', '银行'),
      securities_insurance: t('Securities and insurance', '证券与保险'),
      payments: t('Payments', '支付'),
      energy_power: t('Electric power', '电力'),
      oil_gas: t('Oil and gas', '石油天然气'),
      telecom: t('Telecommunications', '电信'),
      transport: t('Transport', '交通运输'),
      water: t('Water', '水利'),
      healthcare: t('Healthcare', '医疗卫生'),
      government: t('Government', '政府'),
      education: t('Education', '教育'),
      manufacturing: t('Manufacturing', '制造业'),
      retail_ecommerce: t('Retail / e-commerce', '零售 / 电子商务'),
      internet_platform: t('Internet platform', '互联网平台'),
      defence_industry: t('Defence industry', '国防科技工业'),
      consumer_households: t('Consumer households', '家庭消费者'),
      other: t('Other', '其他'),
    },
  ),
  'customer.type': ask(
    t('What type of organisation is the customer?', '客户属于哪种类型的组织？'),
    t(
      'State organs must keep the personal information they process in China (PIPL Art. 36), and public-sector ' +
        'buyers face "secure and reliable" procurement requirements for operating systems, databases and servers ' +
        '(MOF/MIIT requirements of 2023-12-26).',
      '国家机关处理的个人信息须在境内存储（个人信息保护法第三十六条）；公共部门采购操作系统、数据库和服务器时须满足"安全可靠"要求（财政部、工业和信息化部2023-12-26要求）。',
    ),
    {
      party_government_organ: t('Party or government organ', '党政机关'),
      public_institution: t('Public institution (事业单位)', '事业单位'),
      soe_central: t('Central state-owned enterprise', '中央企业'),
      soe_local: t('Local state-owned enterprise', '地方国有企业'),
      private_domestic: t('Private Chinese company', '国内民营企业'),
      foreign_invested: t('Foreign-invested company', '外商投资企业'),
      individual_consumers: t('Individual consumers', '个人消费者'),
    },
  ),
  'customer.cii_status': ask(
    t(
      'Has the customer’s system been identified as critical information infrastructure (CII)?',
      '客户的系统是否被认定为关键信息基础设施？',
    ),
    t(
      'Ask whether the sector protection department has notified the customer that the system is CII (CII ' +
        'Regulations, Decree No. 745, Arts. 8–10). CII brings a level-3 floor, cybersecurity review of purchases, ' +
        'yearly PSB inspections, localisation and certified crypto; "likely" makes those findings conditional.',
      '请询问行业保护工作部门是否已通知客户其系统被认定为关基（《关键信息基础设施安全保护条例》第745号令第八至十条）。' +
        '关基意味着第三级下限、采购须经网络安全审查、每年公安检查、数据本地化和使用经认证的密码；选择"可能"时相关结论为附条件结论。',
    ),
    {
      identified: t('Identified as CII', '已被认定为关基'),
      likely: t('Likely CII (not yet confirmed)', '可能属于关基（尚未确认）'),
      not_cii: t('Not CII', '不属于关基'),
    },
  ),
  'customer.is_telecom_or_isp': ask(
    t(
      'Does the customer operate telecom services or provide internet services to the public?',
      '客户是否经营电信业务或向公众提供互联网服务？',
    ),
    t(
      'This includes platforms, messaging, cloud, hosting and VPN services. Telecom operators and internet service ' +
        'providers must give PSBs and MSS technical interfaces and decryption support (Counter-Terrorism Law ' +
        'Art. 18) and support anti-espionage work (Anti-Espionage Law Art. 41).',
      '包括平台、即时通信、云、托管和VPN服务。电信业务经营者和互联网服务提供者须为公安机关和国家安全机关提供技术接口和解密支持（反恐怖主义法第十八条），' +
        '并支持反间谍工作（反间谍法第四十一条）。',
    ),
    BOOL_VALUES,
  ),
  'customer.hospital_tier': ask(
    t('If the customer is a hospital, what is its tier?', '如客户为医院，其等级是什么？'),
    t(
      'Core business systems of tertiary-A hospitals (三级甲等医院) must be graded at least level 3 under the health ' +
        'ministry’s MLPS guidance (卫办发〔2011〕85号).',
      '根据原卫生部等级保护指导意见（卫办发〔2011〕85号），三级甲等医院核心业务系统的定级不低于第三级。',
    ),
    {
      tertiary_a: t('Tertiary-A hospital', '三级甲等医院'),
      other: t('Other hospital', '其他医院'),
      n_a: t('Not a hospital', '非医院'),
    },
  ),

  // ─── §15.3 Graded system ──────────────────────────────────────────────────────────────────────────────────
  'system.graded_in_cn': ask(
    t('Does the product land in a system run by a network operator in China?', '产品是否部署在由境内网络运营者运行的系统中？'),
    t(
      'Yes if the customer, or the vendor’s or a partner’s onshore platform, runs the system in China; no for ' +
        'consumer households and travellers. Only such systems are graded and filed under the multi-level ' +
        'protection scheme (CSL Art. 21 / 2026 Art. 23); with "no", MLPS-based findings do not apply and the other ' +
        'system questions are skipped.',
      '如由客户或供应商、合作方的境内平台在中国运行该系统，则选"是"；家庭消费者和出行人员选"否"。只有此类系统须按网络安全等级保护制度定级备案' +
        '（网络安全法第二十一条/2026年第二十三条）；选"否"时不适用基于等级保护的结论，并跳过其他系统问题。',
    ),
    BOOL_VALUES,
  ),
  'system.max_hosted_level': ask(
    t('For a platform: what is the highest MLPS level among the systems it hosts?', '如为平台：其承载系统中的最高等级是多少？'),
    t(
      'Cloud, big-data and basic-network platforms are graded no lower than the highest level they host (GB/T ' +
        '22240-2020). Ask the platform operator for the filing levels of its hosted systems.',
      '云平台、大数据平台和基础网络平台的等级原则上不低于其承载对象的最高等级（GB/T 22240-2020）。请向平台运营者了解其承载系统的备案等级。',
    ),
    { ...LEVEL_VALUES, none: t('Hosts no graded systems', '未承载已定级系统') },
  ),
  'system.function': ask(
    t('What does the system do for the customer?', '该系统在客户处承担什么功能？'),
    t(
      'The system’s role drives testing depth and remote-access rules: at level 4, products in boundary-security, ' +
        'core-business or production-control roles need special testing by a professional body (GB/T 22239-2019 ' +
        '9.1.9.3 d), and a dispatch or trading core in CII is a level-5 candidate (MPS letter 1846号).',
      '系统的作用决定测试深度和远程访问要求：第四级系统中承担边界安全、核心业务或生产控制作用的产品须由专业测评单位进行专项测试（GB/T 22239-2019 9.1.9.3 d）；' +
        '关基中的调度或交易核心系统是第五级候选（公安部1846号函）。',
    ),
    {
      core_business: t('Core business system', '核心业务系统'),
      boundary_security: t('Boundary security', '边界安全'),
      production_control: t('Production control (ICS)', '生产控制（工控）'),
      internal_office: t('Internal office or HR', '内部办公或人事'),
      public_service: t('Public-facing service', '面向公众的服务'),
      platform_hosting: t('Platform hosting other systems', '承载其他系统的平台'),
      dispatch_or_trading_core: t('Dispatch or trading core', '调度或交易核心'),
    },
  ),
  'system.harm_object_max': ask(
    t('If the system were compromised, whose interests would be harmed at worst?', '系统遭到破坏时，最严重会侵害哪类客体？'),
    t(
      'This is the first grading element of GB/T 22240-2020: the lawful rights of citizens and organisations, ' +
        'social order and public interest, or national security. The 2025 MPS grading template widens the top row ' +
        'to "national security or regional security, national economy and people’s livelihood", which can grade ' +
        'higher.',
      '这是GB/T 22240-2020的第一个定级要素：公民、法人和其他组织的合法权益，社会秩序和公共利益，或国家安全。' +
        '公安部2025年定级报告模板将最高一类扩大为"国家安全或地区安全、国计民生"，可能导致定级更高。',
    ),
    {
      citizens: t('Citizens and organisations', '公民、法人和其他组织'),
      social_order: t('Social order and public interest', '社会秩序和公共利益'),
      national_security: t('National security', '国家安全'),
    },
  ),
  'system.harm_degree_max': ask(
    t('How severe would that harm be at worst?', '侵害程度最严重会达到什么程度？'),
    t(
      'The second grading element of GB/T 22240-2020. With the object harmed it gives the standard level (for ' +
        'example social order and serious harm give level 3); the operator and its expert review make the final ' +
        'call.',
      'GB/T 22240-2020的第二个定级要素。与受侵害客体结合得出标准等级（例如社会秩序受到严重损害为第三级）；最终由运营者及专家评审确定。',
    ),
    {
      general: t('General harm (一般损害)', '一般损害'),
      serious: t('Serious harm (严重损害)', '严重损害'),
      especially_serious: t('Especially serious harm (特别严重损害)', '特别严重损害'),
    },
  ),
  'system.declared_mlps': ask(
    t('What MLPS level has the customer set or filed for this system?', '客户为该系统确定或备案的等级是多少？'),
    t(
      'Ask for the grading report or the PSB filing certificate. A declared level below the estimate is flagged as ' +
        'possible under-grading; operators may always grade higher.',
      '请索取定级报告或公安机关备案证明。已定等级低于估算等级时将提示可能定级过低；运营者可以定得更高。',
    ),
    { ...LEVEL_VALUES, none: t('Not graded yet', '尚未定级') },
  ),
  'system.hosting': ask(
    t('Where is the system hosted?', '系统部署在何处？'),
    t(
      'The MLPS cloud extension requires the cloud infrastructure, customer data and cloud O&M to be located in ' +
        'China (GB/T 22239-2019 8.2.1.1, 8.2.4.5, 8.2.7.1); offshore hosting of a graded system is a high exposure.',
      '等级保护云计算扩展要求云计算基础设施、云服务客户数据和云平台运维地点位于境内（GB/T 22239-2019 8.2.1.1、8.2.4.5、8.2.7.1）；定级系统部署在境外风险较高。',
    ),
    {
      onprem_cn: t('On premises in China', '境内本地部署'),
      cn_cloud_domestic: t('Chinese cloud provider in China', '境内的国内云服务商'),
      cn_cloud_partner: t('Cloud in China run by a partner', '境内由合作方运营的云'),
      offshore_cloud: t('Cloud outside China', '境外云'),
      hybrid: t('Hybrid', '混合部署'),
    },
  ),
  'system.extensions': ask(
    t('Which MLPS extension requirements apply to the system?', '该系统适用哪些等级保护扩展要求？'),
    t(
      'Select all that apply. GB/T 22239-2019 adds requirements for cloud computing, mobile internet, IoT and ' +
        'industrial control systems, and big-data platforms are in principle at least level 3 (GB/T 22240-2020).',
      '可多选。GB/T 22239-2019对云计算、移动互联、物联网和工业控制系统提出扩展要求；大数据平台原则上不低于第三级（GB/T 22240-2020）。',
    ),
    {
      cloud: t('Cloud computing', '云计算'),
      mobile: t('Mobile internet', '移动互联'),
      iot: t('Internet of things', '物联网'),
      ics: t('Industrial control', '工业控制'),
      big_data: t('Big data', '大数据'),
    },
  ),

  // ─── §15.3 Derived MLPS levels (computed by the estimator) ────────────────────────────────────────────────
  'mlps.level_min': computed(
    t('Estimated minimum MLPS level', '估算的最低等级'),
    t(
      'Computed: the GB/T 22240-2020 level raised by every floor that applies (CII, important or core data, ' +
        'tertiary-A hospital, platform). Grading is the operator’s and its expert review’s decision; counsel must ' +
        'confirm.',
      '自动计算：GB/T 22240-2020等级，并按适用的下限（关基、重要或核心数据、三级甲等医院、平台）提高。定级由运营者及专家评审决定，须经律师确认。',
    ),
  ),
  'mlps.level_max': computed(
    t('Estimated maximum MLPS level', '估算的最高等级'),
    t(
      'Computed: the highest of the minimum level, the level under the 2025 MPS grading template and any declared ' +
        'level; level 5 where the system is a level-5 candidate (MPS letter 1846号).',
      '自动计算：取最低等级、按公安部2025年定级模板得出的等级以及已定等级中的最高者；系统为第五级候选时取第五级（公安部1846号函）。',
    ),
  ),
  'mlps.std_level': computed(
    t('Level under GB/T 22240-2020', '按GB/T 22240-2020得出的等级'),
    t(
      'Computed from the object harmed and the degree of harm with the GB/T 22240-2020 matrix (citizens 1/2/2, ' +
        'social order 2/3/4, national security 3/4/5).',
      '根据受侵害客体和侵害程度，按GB/T 22240-2020矩阵计算（公民1/2/2，社会秩序2/3/4，国家安全3/4/5）。',
    ),
  ),
  'mlps.t2025_level': computed(
    t('Level under the 2025 MPS grading template', '按公安部2025年定级模板得出的等级'),
    t(
      'Computed with the 2025 MPS grading-report template, whose top row (national security or regional security, ' +
        'national economy and people’s livelihood) gives 4/5/5 instead of 3/4/5. The template is not public, so ' +
        'this level is less certain than the standard one.',
      '按公安部2025年定级报告模板计算，其最高一类（国家安全或地区安全、国计民生）对应4/5/5级，而非3/4/5级。该模板未公开，因此该等级的确定性低于国标等级。',
    ),
  ),

  // ─── §15.4 Data ───────────────────────────────────────────────────────────────────────────────────────────
  'data.pi_subjects': ask(
    t('How many people’s personal information does the system process?', '系统处理多少人的个人信息？'),
    t(
      'The number of people drives the export pathway (CAC Order No. 16: standard contract or certification for ' +
        '100,000 to 1 million people, security assessment above 1 million) and can trigger localisation and ' +
        'cybersecurity review.',
      '人数决定出境途径（网信办第16号令：10万至100万人适用标准合同或认证，100万人以上须安全评估），并可能触发本地化和网络安全审查。',
    ),
    {
      none: t('None', '无'),
      lt_100k: t('Fewer than 100,000', '不满10万人'),
      '100k_1m': t('100,000 to 1 million', '10万至100万人'),
      gt_1m: t('More than 1 million', '100万人以上'),
    },
  ),
  'data.sensitive_pi_subjects': ask(
    t('How many people’s sensitive personal information does it process?', '处理多少人的敏感个人信息？'),
    t(
      'Sending the sensitive personal information of 10,000 or more people abroad needs a CAC security ' +
        'assessment; fewer than 10,000 needs a standard contract or certification (CAC Order No. 16, Arts. 7–8).',
      '向境外提供1万人以上敏感个人信息须经网信部门安全评估；不满1万人的须订立标准合同或通过认证（网信办第16号令第七、八条）。',
    ),
    {
      none: t('None', '无'),
      lt_10k: t('Fewer than 10,000', '不满1万人'),
      gte_10k: t('10,000 or more', '1万人以上'),
    },
  ),
  'data.important_data': ask(
    t('Does the system hold important data?', '系统是否存有重要数据？'),
    t(
      'Data counts as important once the authorities have notified or published it as such (CAC Order No. 16 ' +
        'Art. 2; Network Data Security Management Regulations Art. 37). The 2025 grading template sets a level-3 ' +
        'floor for systems with important data; "likely" makes that floor conditional.',
      '数据经有关部门告知或公开发布为重要数据后即属重要数据（网信办第16号令第二条；《网络数据安全管理条例》第三十七条）。' +
        '2025年定级模板规定存有重要数据的系统不低于第三级；选择"可能"时该下限为附条件适用。',
    ),
    {
      notified: t('Yes, notified or published as important', '是，已被告知或公开发布为重要数据'),
      likely: t('Likely, not yet notified', '可能，尚未被告知'),
      no: t('No', '否'),
    },
  ),
  'data.core_data': ask(
    t('Does the system hold core data?', '系统是否存有核心数据？'),
    t(
      'Core data is data whose compromise harms national security or especially seriously harms social order; the ' +
        '2025 grading template sets a level-4 floor for systems holding it.',
      '核心数据是指一旦遭到破坏将危害国家安全或特别严重危害社会秩序的数据；2025年定级模板规定存有核心数据的系统不低于第四级。',
    ),
    { yes: t('Yes', '是'), no: t('No', '否') },
  ),
  'data.sector_localisation': ask(
    t('Do sector rules require any of the data to stay in China?', '是否有行业规定要求数据留存境内？'),
    t(
      'Select all that apply: population health information (国卫规划发〔2014〕24号 Art. 10), personal financial ' +
        'information (PBOC 银发〔2011〕17号), credit information (Credit Reporting Regulations Art. 24) and state ' +
        'organs’ personal information (PIPL Art. 36) must be stored in China.',
      '可多选：人口健康信息（国卫规划发〔2014〕24号第十条）、个人金融信息（人民银行银发〔2011〕17号）、征信信息（《征信业管理条例》第二十四条）以及国家机关处理的个人信息（个人信息保护法第三十六条）须在境内存储。',
    ),
    {
      population_health: t('Population health information', '人口健康信息'),
      personal_financial: t('Personal financial information', '个人金融信息'),
      credit: t('Credit information', '征信信息'),
      state_organ_pi: t('Personal information held by state organs', '国家机关处理的个人信息'),
      none: t('None', '无'),
    },
  ),
  'data.storage_location': ask(
    t('Where is the customer data stored?', '客户数据存储在何处？'),
    t(
      'Data stored in China can be retrieved by PSBs and MSS with approval (DSL Art. 35) and may not be given to ' +
        'foreign courts or authorities without PRC approval (DSL Art. 36; PIPL Art. 41).',
      '存储在境内的数据可由公安机关和国家安全机关经批准调取（数据安全法第三十五条），未经中国主管机关批准不得提供给外国司法或执法机构（数据安全法第三十六条；个人信息保护法第四十一条）。',
    ),
    {
      cn: t('In China', '境内'),
      offshore: t('Outside China', '境外'),
      both: t('Both', '境内外均有'),
    },
  ),
  'data.cross_border': ask(
    t('Which data flows leave China?', '哪些数据会流出境外？'),
    t(
      'Select all that apply. Each flow needs an export pathway or an exemption (PIPL Art. 38; CAC Orders No. 11, ' +
        '13 and 16), and remote access from abroad to data stored in China counts as export (CAC declaration ' +
        'guide, 2nd edition).',
      '可多选。每一类数据流均须有出境途径或符合豁免（个人信息保护法第三十八条；网信办第11、13、16号令）；从境外远程访问境内存储的数据视为数据出境（网信办申报指南第二版）。',
    ),
    {
      none: t('None', '无'),
      hr_management: t('Cross-border HR management', '跨境人力资源管理'),
      contract_with_individual: t('Needed for a contract with the individual', '为履行与个人的合同所必需'),
      vendor_support_access: t('Vendor support access from abroad', '供应商从境外进行支持访问'),
      telemetry: t('Telemetry', '遥测数据'),
      replication_backup: t('Replication or backup', '复制或备份'),
      analytics: t('Analytics', '数据分析'),
    },
  ),

  // ─── §15.5 Operations ─────────────────────────────────────────────────────────────────────────────────────
  'ops.remote_maintenance': ask(
    t('How is the product maintained?', '产品如何运维？'),
    t(
      'At level 3+, remote O&M channels need prior approval, tamper-proof audit logs and closing after use (GB/T ' +
        '22239-2019 8.1.10.6), and cloud O&M from abroad must follow national rules. Access from abroad to data ' +
        'stored in China also counts as data export.',
      '第三级以上系统的远程运维通道须事先审批、保留不可篡改的审计日志并在使用后立即关闭（GB/T 22239-2019 8.1.10.6）；从境外对云平台运维须符合国家规定。' +
        '从境外访问境内存储的数据亦视为数据出境。',
    ),
    {
      none: t('No maintenance access', '无运维访问'),
      onsite_cn_staff: t('On site, by staff in China', '由境内人员现场运维'),
      remote_from_cn: t('Remotely, from within China', '从境内远程运维'),
      remote_from_abroad: t('Remotely, from outside China', '从境外远程运维'),
    },
  ),
  'ops.vendor_privileged_access': ask(
    t('Does the vendor have privileged (administrator) access to the system or its data?', '供应商是否拥有系统或数据的特权（管理员）访问权限？'),
    t(
      'Privileged access makes the vendor a holder of China-stored data, within reach of retrieval and ' +
        'intelligence-cooperation duties (DSL Art. 35; National Intelligence Law Art. 7) and caught between them ' +
        'and foreign legal process (DSL Art. 36).',
      '特权访问使供应商成为境内数据的持有者，处于数据调取和情报配合义务范围内（数据安全法第三十五条；国家情报法第七条），并可能陷入与外国法律程序的冲突（数据安全法第三十六条）。',
    ),
    BOOL_VALUES,
  ),
  'ops.vuln_process': ask(
    t('How does the vendor handle vulnerabilities for China?', '供应商如何处理涉及中国的漏洞？'),
    t(
      'Product providers must report vulnerabilities to MIIT’s platform within 2 days and must not give ' +
        'undisclosed vulnerabilities to overseas parties other than the product provider (Vulnerability ' +
        'Provisions 2021, Arts. 7 and 9), which conflicts with global disclosure and EU CRA reporting.',
      '产品提供者须在2日内向工信部平台报送漏洞，且不得向产品提供者以外的境外组织或个人提供未公开漏洞信息（2021年《网络产品安全漏洞管理规定》第七条、第九条），' +
        '这与全球漏洞披露及欧盟《网络韧性法案》的报告义务相冲突。',
    ),
    {
      global_only: t('Global process only', '仅有全球统一流程'),
      cn_integrated: t('Global process with a China track', '全球流程并设中国专门流程'),
      none: t('No formal process', '无正式流程'),
    },
  ),
  'ops.offers_service_in_cn': ask(
    t('Does the vendor or its partner operate the service in China?', '供应商或其合作方是否在中国境内运营该服务？'),
    t(
      'An operator of a network service in China must give technical support and assistance to PSBs and MSS (CSL ' +
        'Art. 28 / 2026 Art. 30) and, as an internet service provider, technical interfaces and decryption support ' +
        '(Counter-Terrorism Law Art. 18).',
      '在境内运营网络服务者须为公安机关和国家安全机关提供技术支持和协助（网络安全法第二十八条/2026年第三十条），作为互联网服务提供者还须提供技术接口和解密支持（反恐怖主义法第十八条）。',
    ),
    BOOL_VALUES,
  ),

  // ─── §15.6 Travel ─────────────────────────────────────────────────────────────────────────────────────────
  'travel.devices_into_cn': ask(
    t('Will staff take devices into China for this work?', '工作人员是否会携带设备入境中国？'),
    t(
      'State security officers may inspect individuals’ electronic equipment with approval and an inspection ' +
        'notice, on the spot in emergencies (Anti-Espionage Law Art. 25; MSS Order No. 3 Art. 40). The MSS says ' +
        'these are targeted powers, not a general border search.',
      '国家安全机关经批准并出具检查通知书后可查验个人的电子设备，紧急情况下可当场查验（反间谍法第二十五条；国家安全部令第3号第四十条）。国家安全部表示这是针对性权力，并非普遍的入境检查。',
    ),
    BOOL_VALUES,
  ),
  'travel.device_contents': ask(
    t('What will be on the devices?', '设备上将存放哪些内容？'),
    t(
      'Select all that apply. Source code, customer data, due-diligence files, credentials and keys on a device ' +
        'are exposed to inspection and seizure, and carrying personal data from China out of the country is a data ' +
        'export (PIPL Art. 38).',
      '可多选。设备上的源代码、客户数据、尽职调查文件、登录凭据和密钥可能被查验和扣押；将来自中国的个人数据携带出境构成数据出境（个人信息保护法第三十八条）。',
    ),
    {
      source_code: t('Source code', '源代码'),
      customer_data_cn_origin: t('Customer data from China', '来自中国的客户数据'),
      dd_files: t('Due-diligence files', '尽职调查文件'),
      credentials: t('Credentials', '登录凭据'),
      crypto_keys: t('Cryptographic keys', '密钥'),
      none: t('Nothing sensitive', '无敏感内容'),
    },
  ),
  'travel.device_posture': ask(
    t('What kind of devices will be carried?', '将携带何种设备？'),
    t(
      'Clean loaner devices with nothing sensitive on them limit what an inspection can reach. Encryption protects ' +
        'a lost device but does not stop a lawful inspection.',
      '不存放敏感内容的洁净借用设备可限制检查所能接触的内容。加密可保护丢失的设备，但不能阻止依法进行的检查。',
    ),
    {
      clean_loaner: t('Clean loaner device', '洁净借用设备'),
      full_disk_encrypted: t('Own device, full-disk encrypted', '自有设备，全盘加密'),
      standard: t('Own device, standard set-up', '自有设备，常规配置'),
    },
  ),
};

/** Title and one-line help for each questionnaire group. */
export const SECTION_HELP: Readonly<Record<SectionHelpKey, SectionHelp>> = {
  vendor: {
    title: t('Vendor', '供应商'),
    help: t('Who the vendor is, who controls it and what it has in China.', '供应商是谁、由谁控制，以及其在中国境内有哪些存在。'),
  },
  product: {
    title: t('Product', '产品'),
    help: t(
      'What the product is, how it is delivered, and its cryptography, keys and data flows.',
      '产品是什么、如何交付，以及其密码、密钥和数据流。',
    ),
  },
  customer_system: {
    title: t('Customer & system', '客户与系统'),
    help: t(
      'Who buys the product and the system it lands in: these set the estimated MLPS level.',
      '谁购买产品以及产品部署在什么系统中：据此估算等级保护级别。',
    ),
  },
  data: {
    title: t('Data', '数据'),
    help: t('What data the system holds, where it is stored and what leaves China.', '系统存有哪些数据、存储在何处、哪些数据出境。'),
  },
  ops: {
    title: t('Operations', '运维'),
    help: t('How the product is maintained and supported, and who can reach it.', '产品如何运维和支持，以及谁能够访问它。'),
  },
  travel: {
    title: t('Travel', '出行'),
    help: t('Devices staff carry into China for this engagement.', '工作人员为本项目携带入境的设备。'),
  },
};

/** The questionnaire group a profile section belongs to (customer and system are asked together). */
export function sectionHelpKey(section: SectionName): SectionHelpKey {
  return section === 'customer' || section === 'system' ? 'customer_system' : section;
}

/** Wording for a field path, or undefined when there is none. */
export function fieldHelp(path: string): FieldHelp | undefined {
  return Object.prototype.hasOwnProperty.call(FIELD_HELP, path) ? FIELD_HELP[path] : undefined;
}
