/**
 * Rules VU-01 … VU-05 (brief §17.8): vulnerability management and incident reporting.
 */
import type { Rule } from '../rule-types';
import { CATALOGUE_CATS } from '../rule-types';
import { CATALOGUE_LISTED, CII, CSL_22_24, LMAX_GTE_3 } from './common';

export const VU_RULES: readonly Rule[] = [
  {
    id: 'VU-01',
    version: 1,
    family: 'VU',
    title: { en: 'Report vulnerabilities to MIIT within 2 days; notify users; patch', zh: '2日内向工业和信息化部报送漏洞；通知用户；修补' },
    rationale: {
      en: 'Network product providers must receive and verify vulnerability reports, report to the MIIT sharing platform within 2 days, fix promptly and notify affected users.',
      zh: '网络产品提供者应当接收并验证漏洞报告，2日内向工业和信息化部网络安全威胁和漏洞信息共享平台报送，及时修补并通知受影响用户。',
    },
    trigger: {
      all: [
        { section: 'product' },
        {
          any: [
            { field: 'product.category', op: 'notIn', value: ['custom_software', 'saas_app'] },
            {
              unknownIf: { field: 'product.category', op: 'in', value: ['custom_software', 'saas_app'] },
              ground: 'uncertain-basis',
              note: 'Whether providers of SaaS or custom software are "network product providers" under the 2021 Provisions is unclear.',
            },
          ],
        },
      ],
    },
    severity: { base: 'medium', steps: [{ when: { field: 'product.network_connected', op: 'isFalse' }, severity: 'low', reason: 'the product is not network-connected' }] },
    exposure: ['vulnerability'],
    legalBasis: [{ instrument: 'MIIT-VULN-2021', articles: 'Art. 7', confidence: 'WR' }, CSL_22_24],
    mitigations: ['M-PSIRT-CN'],
    decisions: ['A product section present means the product is offered in China.'],
  },
  {
    id: 'VU-02',
    version: 1,
    family: 'VU',
    title: { en: 'Overseas-sharing ban and publication limits', zh: '漏洞信息境外提供禁令与发布限制' },
    rationale: {
      en: 'Undisclosed vulnerability information may not be given to overseas organisations or individuals other than the product provider, which conflicts with a global-only disclosure process and with EU CRA reporting.',
      zh: '未公开的漏洞信息不得向产品提供者以外的境外组织或个人提供，这与仅在全球层面处置的漏洞流程以及欧盟《网络韧性法》的报告义务相冲突。',
    },
    trigger: {
      all: [
        { field: 'ops.vuln_process', op: 'eq', value: 'global_only' },
        { any: [{ field: 'vendor.staff_in_china', op: 'in', value: ['support_engineering', 'r_and_d'] }, CII, CATALOGUE_LISTED] },
      ],
    },
    severity: { base: 'medium', steps: [{ when: CII, severity: 'high', reason: 'vulnerabilities found at a CII customer' }] },
    exposure: ['vulnerability'],
    legalBasis: [
      { instrument: 'MIIT-VULN-2021', articles: 'Art. 9 (incl. item 7)', confidence: 'WR' },
      { instrument: 'CSL', cslArticles: { y2017: '26', y2026: '28' }, confidence: 'VS' },
      { instrument: 'EU-CRA', articles: 'Art. 14', confidence: 'WR', note: 'Conflicting reporting duty (applies from 2026-09-11).' },
    ],
    mitigations: ['M-PSIRT-CN'],
    mitigationNotes: [
      { en: 'China-found issues go to the product provider only (allowed); legal review before any sharing with CERTs or ENISA; disclosure timing.', zh: '境内发现的问题仅提供给产品提供者（允许）；与CERT或ENISA共享前须经法律审查；把握披露时机。' },
    ],
    decisions: [
      'The brief\'s "medium-high" is encoded as medium, rising to high for a CII customer.',
      `An unknown catalogue status leaves the catalogue clause open only for ${CATALOGUE_CATS.length} CATALOGUE_CATS categories.`,
    ],
  },
  {
    id: 'VU-03',
    version: 1,
    family: 'VU',
    title: { en: 'No malicious code; continuous maintenance; no hidden access', zh: '不得设置恶意程序；持续安全维护；无隐藏访问' },
    rationale: {
      en: 'Products and services supplied in China must contain no malicious programs, get continuous security maintenance and have defects remedied; at level 3+ the maker also declares no deliberate backdoors (43号 Art. 21).',
      zh: '在境内提供的产品和服务不得设置恶意程序，应当持续提供安全维护并补救缺陷；第三级以上系统还要求厂商声明未故意留有后门（43号第二十一条）。',
    },
    trigger: { section: 'product' },
    severity: { base: 'low', steps: [{ when: LMAX_GTE_3, severity: 'medium', reason: 'level 3+: no-backdoor declaration' }] },
    exposure: ['vulnerability'],
    legalBasis: [CSL_22_24, { instrument: 'MPS-2007-43', articles: 'Art. 21(4)', confidence: 'WR' }],
    mitigations: [],
    mitigationNotes: [
      { en: 'Remove hidden accounts, debug back-channels and undocumented remote access from China builds; publish a support-lifetime policy.', zh: '从中国版本中移除隐藏账户、调试后门通道和未公开的远程访问；公布支持周期政策。' },
    ],
  },
  {
    id: 'VU-04',
    version: 1,
    family: 'VU',
    title: { en: 'Incident reporting within 1–4 hours', zh: '1至4小时内报告网络安全事件' },
    rationale: {
      en: 'CII operators report large incidents to the protection department and the PSB within 1 hour, other operators to the provincial CAC within 4 hours; vendors are drawn into forensics and information flows to the PSB and CAC.',
      zh: '较大及以上事件，关键信息基础设施运营者须在1小时内向保护工作部门和公安机关报告，其他运营者4小时内向省级网信部门报告；厂商将参与取证，相关信息流向公安和网信部门。',
    },
    trigger: { any: [CII, LMAX_GTE_3] },
    severity: { base: 'medium' },
    exposure: ['vulnerability'],
    legalBasis: [
      { instrument: 'CAC-INCIDENT-2025', articles: 'Art. 4', confidence: 'WR' },
      { instrument: 'CII-REGS', articles: 'Art. 18', confidence: 'VS' },
    ],
    mitigations: [],
    mitigationNotes: [{ en: 'An incident-cooperation clause; China-based IR capacity; pre-agreed information-sharing limits.', zh: '事件协作条款；境内应急响应能力；事先约定的信息共享限制。' }],
  },
  {
    id: 'VU-05',
    version: 1,
    family: 'VU',
    title: { en: 'No probing or penetration testing of CII without authorisation', zh: '未经授权不得对关键信息基础设施探测或渗透测试' },
    rationale: {
      en: 'Vulnerability probing or penetration testing of CII needs approval or authorisation; a vendor\'s scanners and red teams are exposed.',
      zh: '对关键信息基础设施实施漏洞探测、渗透性测试须经批准或授权；厂商的扫描和红队活动面临法律风险。',
    },
    trigger: CII,
    severity: { base: 'low' },
    exposure: ['vulnerability'],
    legalBasis: [{ instrument: 'CII-REGS', articles: 'Art. 31', confidence: 'VS' }],
    mitigations: [],
    mitigationNotes: [{ en: 'Written authorisation before any probing; no external scanning.', zh: '任何探测前取得书面授权；不进行外部扫描。' }],
  },
];
