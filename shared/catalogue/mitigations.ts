/**
 * The mitigations catalogue of brief §18: the 20 codes rules point to, each with what it is (description), what it
 * does and does not achieve (limits) and the rule ids it addresses. `addresses` is the union of the rules §18 names
 * for a code and the §17 rules whose mitigation column lists it; rules a mitigation merely shifts or creates (e.g.
 * DC-01/DA-01 for M-LOCAL-PARTNER) are not listed.
 */
import type { Mitigation, MitigationCode } from './types';

/** Every mitigation of brief §18, in the brief's order. */
export const MITIGATIONS: readonly Mitigation[] = [
  {
    code: 'M-CLEANROOM',
    title: { en: 'Vendor-controlled clean-room review', zh: '供应商控制的洁净室审查' },
    description: {
      en:
        'Source or design review in a vendor-controlled clean room: a secure room in China or nearby, vendor ' +
        'machines, read-only access, no copies or network, time-boxed, named reviewers under NDA, logged sessions, ' +
        'scope limited to the deliverable or delta.',
      zh: '在供应商控制的洁净室中进行源代码或设计审查：位于中国境内或附近的安全房间，使用供应商设备，只读访问，不得复制、不联网，限定时间，审查人员实名并签署保密协议，全程记录，范围限于交付物或增量部分。',
    },
    limits: {
      en:
        'Satisfies the "review" limb (e.g. SC-01) while keeping custody. It does not stop a PSB from copying ' +
        'material held by the customer during an inspection, so do not leave code at the customer’s site.',
      zh: '满足"审查"要求（如SC-01）的同时保留控制权。但无法阻止公安机关在检查中复制客户持有的资料，因此不要将代码留在客户现场。',
    },
    addresses: ['SC-01', 'SC-03', 'SC-05', 'SC-06', 'IN-05'],
  },
  {
    code: 'M-ESCROW',
    title: { en: 'Source-code escrow', zh: '源代码托管' },
    description: {
      en:
        'Code escrow with a neutral agent; release on insolvency, end of life or failure to support. Onshore agents ' +
        'are available.',
      zh: '由中立托管机构托管源代码；在破产、产品停止维护或未能提供支持时释放。境内亦有托管机构可选。',
    },
    limits: {
      en:
        'Meets "provide source code" demands framed as continuity. It is not a backdoor review. Pair it with ' +
        'M-CLEANROOM for review.',
      zh: '可满足以业务连续性为由提出的"提供源代码"要求，但不构成后门审查。审查需求应与M-CLEANROOM配合使用。',
    },
    addresses: ['SC-01'],
  },
  {
    code: 'M-DELTA',
    title: { en: 'Thin customer-specific layer over an unmodified core', zh: '未修改核心之上的薄定制层' },
    description: {
      en:
        'Architect so customer-specific work is a thin layer (plugins/SDK) over an unmodified COTS core. Disclose ' +
        'only the delta.',
      zh: '通过架构设计使客户定制工作成为未修改的商用现成核心产品之上的薄层（插件/SDK），仅披露增量部分。',
    },
    limits: {
      en: 'Narrows SC-01/SC-02 to code the customer usually owns anyway.',
      zh: '将SC-01/SC-02的范围缩小到客户通常本就拥有的代码。',
    },
    addresses: ['SC-01', 'SC-02'],
  },
  {
    code: 'M-CN-EDITION',
    title: { en: 'Separate China edition', zh: '独立的中国版' },
    description: {
      en:
        'A separate China edition: separate build/branch, no global secrets, SM crypto via certified modules, ' +
        'onshore update and licence servers, telemetry off by default, no vendor back-channel.',
      zh: '独立的中国版：独立构建/分支，不含全球通用密钥，通过经认证模块使用国密算法，升级和许可服务器位于境内，遥测默认关闭，无供应商后台通道。',
    },
    limits: {
      en:
        'Addresses DA-05/06/08, CT-05/07 and MR-01 data-flow concerns. It cannot cure the origin-based tests ' +
        '(CT-02, MR-02/03).',
      zh: '可解决DA-05/06/08、CT-05/07以及MR-01的数据流问题，但无法消除基于原产地的审查（CT-02、MR-02/03）。',
    },
    addresses: ['DA-05', 'DA-06', 'DA-08', 'CT-05', 'CT-07', 'MR-01'],
  },
  {
    code: 'M-LOCAL-PARTNER',
    title: { en: 'Licensed Chinese operating partner', zh: '持牌中国运营合作方' },
    description: {
      en:
        'A licensed Chinese partner operates the service or cloud (IDC/ICP/cloud licences). The vendor supplies ' +
        'software and second-line support under customer-approved, logged access.',
      zh: '由持牌中国合作方（IDC/ICP/云服务牌照）运营服务或云平台。供应商提供软件，并在经客户批准、有日志记录的访问下提供二线支持。',
    },
    limits: {
      en:
        'Satisfies cloud location rules. It shifts DC-01/DA-01 duties to the partner, who becomes the key and data ' +
        'holder (DC-02 medium).',
      zh: '满足云计算位置要求。但DC-01/DA-01义务转移给合作方，合作方成为密钥和数据持有人（DC-02为中等）。',
    },
    addresses: ['DA-05', 'DA-06'],
  },
  {
    code: 'M-SM-CERT',
    title: { en: 'Certified Chinese crypto modules', zh: '经认证的国产密码模块' },
    description: {
      en:
        'Use certified Chinese crypto modules (HSM, crypto card, or certified software module) as the crypto ' +
        'provider through a pluggable interface; support SM2/SM3/SM4 and TLCP; keep proprietary crypto out of the ' +
        'China edition.',
      zh: '通过可插拔接口使用经认证的国产密码模块（密码机、密码卡或经认证的软件模块）作为密码服务提供者；支持SM2/SM3/SM4和TLCP；中国版不包含专有密码实现。',
    },
    limits: {
      en: 'Addresses CT-05/CT-07. It avoids exposing the vendor’s own crypto code to labs (SC-06).',
      zh: '解决CT-05/CT-07，并避免将供应商自有密码代码暴露给检测机构（SC-06）。',
    },
    addresses: ['CT-05', 'CT-07', 'SC-06'],
  },
  {
    code: 'M-CONTRACT',
    title: { en: 'Protective contract terms', zh: '保护性合同条款' },
    description: {
      en:
        'Contract terms: narrow definition of "technical support"; no duty to build access mechanisms; ' +
        'confidentiality of materials given to labs, assessors and regulators; notice to the vendor where lawful; ' +
        'IP ownership; a no-backdoor warranty (needed anyway, 43号 Art. 21(4)); supply-continuity terms matching ' +
        'CRM Art. 6; regulatory-exclusion exit.',
      zh: '合同条款：狭义界定"技术支持"；无义务建设访问机制；提供给检测机构、测评机构和监管部门的资料须保密；在合法情况下通知供应商；知识产权归属；无后门保证（43号第二十一条第四项本就要求）；与网络安全审查办法第六条相符的供应连续性条款；因监管排除而退出的条款。',
    },
    limits: {
      en: 'Manages MR-04 and SC exposure. It cannot override PRC statutory duties (NIL, DSL, CSL).',
      zh: '管理MR-04及源代码类风险，但不能凌驾于中国法定义务（国家情报法、数据安全法、网络安全法）之上。',
    },
    addresses: ['MR-04', 'MR-01', 'SC-01', 'SC-04', 'SC-05'],
  },
  {
    code: 'M-REMOTE-OFF',
    title: { en: 'No remote maintenance from abroad', zh: '不从境外远程运维' },
    description: {
      en:
        'No remote maintenance from abroad. A China-resident support team. Just-in-time, customer-approved sessions ' +
        'through the customer’s bastion host with immutable recording. No data access; masked diagnostics.',
      zh: '不从境外进行远程运维。由常驻中国的支持团队负责。按需、经客户批准、通过客户堡垒机进行并不可篡改地记录会话。不访问数据；诊断信息脱敏。',
    },
    limits: {
      en:
        'Addresses RM-01 and DA-08 (the brief states no further effect). Remote O&M from within China remains ' +
        'subject to the RM-01 approval and audit controls.',
      zh: '解决RM-01和DA-08（简报未说明其他效果）。境内远程运维仍须遵守RM-01的审批和审计要求。',
    },
    addresses: ['RM-01', 'DA-08', 'DA-06'],
  },
  {
    code: 'M-DATA-MIN',
    title: { en: 'Data minimisation and onshore storage', zh: '数据最小化与境内存储' },
    description: {
      en: 'Telemetry without PI or content; onshore storage; anonymisation; a documented data map.',
      zh: '遥测不含个人信息或内容数据；境内存储；匿名化；形成书面数据地图。',
    },
    limits: {
      en:
        'Addresses DA-05/07 and cybersecurity-review factor (5) of MR-01 (risk that core data, important data or ' +
        'large volumes of PI are stolen, leaked or illegally exported).',
      zh: '解决DA-05/07以及MR-01中网络安全审查第(五)项因素（核心数据、重要数据或大量个人信息被窃取、泄露或非法出境的风险）。',
    },
    addresses: ['DA-05', 'DA-07', 'DA-10', 'MR-01'],
  },
  {
    code: 'M-NO-CUSTODY',
    title: { en: 'No vendor custody of content or keys in China', zh: '供应商不在中国境内保管内容或密钥' },
    description: {
      en:
        'Design so neither the vendor nor its foreign parent holds customer content or keys in China ' +
        '(customer-managed keys, customer-hosted logs).',
      zh: '通过设计使供应商及其境外母公司均不在中国境内持有客户内容或密钥（客户自管密钥、客户自托管日志）。',
    },
    limits: {
      en: 'Reduces DA-01/02/03/09 and DC-02 to the customer’s own duties.',
      zh: '将DA-01/02/03/09和DC-02降为客户自身的义务。',
    },
    addresses: ['DA-01', 'DA-02', 'DA-03', 'DA-04', 'DA-06', 'DA-09', 'DC-02'],
  },
  {
    code: 'M-LAWFUL-REQ',
    title: { en: 'Lawful-request procedure', zh: '合法调取请求处理程序' },
    description: {
      en:
        'A lawful-request procedure: written basis, approval documents, scope minimisation, counsel review, records, ' +
        'and customer notice where lawful.',
      zh: '合法请求处理程序：要求书面依据和批准文件，最小化范围，律师审核，留存记录，并在合法情况下通知客户。',
    },
    limits: {
      en: 'Procedural protection only: it does not remove the duty to assist or cooperate.',
      zh: '仅提供程序性保护：不能免除协助或配合义务。',
    },
    addresses: ['DA-01', 'DA-02'],
  },
  {
    code: 'M-PSIRT-CN',
    title: { en: 'China PSIRT track', zh: '中国产品安全事件响应流程' },
    description: {
      en:
        'A China PSIRT track: report to MIIT within 2 days; user notices; a disclosure-timing policy; legal gate on ' +
        'overseas sharing (Art. 9(7)); CRA and other regimes mapped.',
      zh: '中国PSIRT流程：2日内向工信部报送；通知用户；制定披露时间策略；对境外共享设置法律审查关口（第九条第七项）；梳理与欧盟《网络韧性法案》等其他制度的对应关系。',
    },
    limits: {
      en: 'Addresses VU-01/02. It manages, but cannot remove, the conflict between the overseas-sharing ban and EU CRA Art. 14 reporting.',
      zh: '解决VU-01/02。只能管理、无法消除境外共享禁令与欧盟《网络韧性法案》第14条报告义务之间的冲突。',
    },
    addresses: ['VU-01', 'VU-02'],
  },
  {
    code: 'M-CERT-PLAN',
    title: { en: 'Catalogue certification plan', zh: '目录认证计划' },
    description: {
      en:
        'Plan catalogue certification: model scoping against thresholds, lab selection, sample chain of custody, ' +
        'documentation split (public security target vs internal design).',
      zh: '规划目录产品认证：对照门槛确定型号范围，选择检测机构，样品保管链，文档分层（对外的安全目标文档与内部设计文档分开）。',
    },
    limits: {
      en: 'Addresses CT-01. Certification or testing by Chinese designated labs still takes place.',
      zh: '解决CT-01。由中国指定检测机构进行的认证或检测仍须进行。',
    },
    addresses: ['CT-01'],
  },
  {
    code: 'M-TESTPACK',
    title: { en: 'Pre-built test evidence pack', zh: '预置测试证据包' },
    description: {
      en:
        'A pre-built test evidence pack: hardening guide, config baselines, third-party test reports, SBOM. Offer a ' +
        'black-box test environment.',
      zh: '预置测试证据包：加固指南、配置基线、第三方测试报告、软件物料清单（SBOM），并提供黑盒测试环境。',
    },
    limits: {
      en: 'Addresses CT-03 and IN-04 by shaping what labs and assessors test; it does not replace their testing.',
      zh: '通过引导检测机构和测评机构的测试内容来应对CT-03和IN-04，但不能替代其测试。',
    },
    addresses: ['CT-03', 'IN-04'],
  },
  {
    code: 'M-REVIEWPACK',
    title: { en: 'Cybersecurity-review dossier', zh: '网络安全审查材料包' },
    description: {
      en:
        'A pre-emptive cybersecurity-review dossier: supply-chain map, data flows, continuity plan (spares, onshore ' +
        'stock, support), CRM Art. 6 undertakings, compliance record.',
      zh: '预先准备的网络安全审查材料：供应链图、数据流、连续性计划（备件、境内库存、支持）、网络安全审查办法第六条承诺、合规记录。',
    },
    limits: {
      en: 'Addresses MR-01 and IN-05 by preparing the review file; it cannot decide the outcome of a review.',
      zh: '通过准备审查材料应对MR-01和IN-05，但不能决定审查结果。',
    },
    addresses: ['MR-01', 'IN-05'],
  },
  {
    code: 'M-DOSSIER',
    title: { en: 'Filing-ready product dossier', zh: '可直接用于备案的产品资料' },
    description: {
      en:
        'A filing-ready, non-sensitive product dossier for the customer’s grading report and filing form ' +
        '(key-product entry, cloud platform, data inventory).',
      zh: '为客户定级报告和备案表准备的、不含敏感信息的产品资料（关键产品填报、云平台、数据摸底）。',
    },
    limits: {
      en: 'Addresses G-08/09 and IN-04. The filing still discloses foreign products and services to the PSB.',
      zh: '应对G-08/09和IN-04。备案仍会向公安机关披露境外产品和服务的使用情况。',
    },
    addresses: ['G-08', 'G-09', 'IN-04'],
  },
  {
    code: 'M-INSPECT-READY',
    title: { en: 'Inspection playbook at the customer', zh: '客户现场检查应对预案' },
    description: {
      en:
        'An inspection playbook at the customer: who attends; what may be shown; a log of copies taken; ask for ' +
        'written notices; counsel contact; vendor proprietary material never left on site.',
      zh: '客户现场检查预案：明确出席人员；可展示的内容；记录被复制的资料；要求出具书面通知；律师联系方式；供应商专有资料绝不留在现场。',
    },
    limits: {
      en: 'Addresses IN-01/03 procedurally; it cannot refuse a lawful inspection or copying.',
      zh: '从程序上应对IN-01/03，但不能拒绝依法进行的检查或复制。',
    },
    addresses: ['IN-01', 'IN-03'],
  },
  {
    code: 'M-MIN-CN-FOOTPRINT',
    title: { en: 'Minimal China-side reach', zh: '最小化中国境内可及范围' },
    description: {
      en:
        'Minimise what China-side entities and staff can reach (technical access controls, not policy); keep ' +
        'source and secrets outside the China entity.',
      zh: '最小化中国境内实体和人员可接触的范围（以技术访问控制而非制度实现）；源代码和密钥不放在中国实体内。',
    },
    limits: {
      en: 'Addresses IN-06 and DA-03 by limiting what can be inspected or retrieved; the duties themselves remain.',
      zh: '通过限制可被检查或调取的内容应对IN-06和DA-03；相关义务本身依然存在。',
    },
    addresses: ['IN-06', 'DA-03'],
  },
  {
    code: 'M-EXIT',
    title: { en: 'Plan for exclusion', zh: '被排除时的退出计划' },
    description: {
      en:
        'Plan for exclusion: a customer transition plan, termination rights, and revenue-concentration limits. ' +
        'Precedents: Micron 2023, Palo Alto 2026, the reported 2026 directive.',
      zh: '为被排除做准备：客户迁移计划、终止权、收入集中度限制。先例：2023年美光、2026年派拓网络、据报道的2026年指令。',
    },
    limits: {
      en: 'Addresses CT-02, MR-02/03 and CT-10 by limiting the damage; it does not prevent exclusion.',
      zh: '通过限制损失应对CT-02、MR-02/03和CT-10，但不能阻止被排除。',
    },
    addresses: ['CT-02', 'CT-10', 'MR-02', 'MR-03', 'SC-05'],
  },
  {
    code: 'M-TRAVEL',
    title: { en: 'Clean travel devices', zh: '出行使用洁净设备' },
    description: {
      en:
        'Clean loaner devices; no source code, customer data or keys on devices; data accessed through approved ' +
        'channels; a briefing on MSS/customs procedures; a legal contact; assume any device may be inspected.',
      zh: '使用洁净的借用设备；设备上不存放源代码、客户数据或密钥；通过经批准的渠道访问数据；行前介绍国家安全机关和海关程序；提供法律联系人；默认任何设备都可能被检查。',
    },
    limits: {
      en: 'Addresses TR-01/02. It does not prevent an inspection; it limits what an inspection can reach.',
      zh: '应对TR-01/02。不能阻止检查，但可限制检查所能接触的内容。',
    },
    addresses: ['TR-01', 'TR-02'],
  },
];

const BY_CODE: ReadonlyMap<MitigationCode, Mitigation> = new Map(MITIGATIONS.map((m) => [m.code, m]));

/** Returns the mitigation with the given code; throws if the catalogue lacks it (a programming error). */
export function mitigationByCode(code: MitigationCode): Mitigation {
  const found = BY_CODE.get(code);
  if (found === undefined) throw new Error(`Unknown mitigation code: ${code}`);
  return found;
}
