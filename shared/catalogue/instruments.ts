/**
 * The instruments table: one entry per id in INSTRUMENT_IDS, carrying what the domain brief says about each law,
 * regulation, standard, official document, precedent and press report it cites (names, numbers, dates, status,
 * confidence), plus the Cybersecurity Law 2017 → 2026 article map.
 *
 * Conventions:
 * - Only values the brief gives are filled in; a field the brief has no value for is left out.
 * - A Chinese name in 《…》 is a title the brief quotes; a Chinese name without 《…》 is a descriptive rendering
 *   of the English name (the brief gives no Chinese title for it).
 * - `adopted` is the adoption or issue date; `promulgated` is set only where the brief gives a distinct
 *   promulgation/publication date.
 * - For precedents and press reports, `in-force` means "current, not withdrawn"; `not-public` marks documents
 *   known only from reproductions or reporting.
 * - `confidence` is the brief's tag for the instrument's existence and status (not for every point in it).
 */
import type { InstrumentId } from './instrument-ids';
import type { Instrument } from './types';

/**
 * Cybersecurity Law article numbers: 2017 text → 2026 text (NPCSC Decision of 2025-10-28, in force 2026-01-01),
 * for the articles the brief lists (§0.3, §4). New 2026 Arts. 3 (Party leadership) and 20 (AI) have no 2017
 * counterpart.
 */
export const CSL_ARTICLE_MAP: Readonly<Record<string, string>> = {
  '21': '23',
  '22': '24',
  '23': '25',
  '26': '28',
  '28': '30',
  '31': '33',
  '34': '36',
  '35': '37',
  '36': '38',
  '37': '39',
  '38': '40',
  '39': '41',
  '40': '42',
  '59': '61',
};

/**
 * Both numberings of a CSL article, in the shape `LegalRef.cslArticles` expects.
 * Throws for a 2017 article the brief does not map (a catalogue authoring error, not a user error).
 */
export function cslArticles(y2017: string | number): { readonly y2017: string; readonly y2026: string } {
  const key = String(y2017);
  const y2026 = CSL_ARTICLE_MAP[key];
  if (y2026 === undefined) throw new Error(`CSL Art. ${key} has no 2026 number in the brief`);
  return { y2017: key, y2026 };
}

/**
 * Formats a CSL citation with both numbers, e.g. `formatCslArticle(21)` → "Art. 21 (2026: Art. 23)".
 * An article the brief does not map is shown with a warning instead of a guessed number.
 */
export function formatCslArticle(y2017: string | number): string {
  const key = String(y2017);
  const y2026 = CSL_ARTICLE_MAP[key];
  return y2026 === undefined ? `Art. ${key} (2026 number not verified)` : `Art. ${key} (2026: Art. ${y2026})`;
}

const CSL_RENUMBERING_EN = Object.entries(CSL_ARTICLE_MAP)
  .map(([a, b]) => `${a}→${b}`)
  .join(', ');

/** Every instrument the brief cites, one entry per {@link InstrumentId}, in INSTRUMENT_IDS order. */
export const INSTRUMENTS: readonly Instrument[] = [
  // ─── Laws (NPC / NPCSC) ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'CSL',
    kind: 'law',
    name: { en: 'Cybersecurity Law of the PRC', zh: '《中华人民共和国网络安全法》' },
    short: 'CSL',
    issuer: 'NPCSC',
    docNumber: 'Presidential Order No. 53',
    adopted: '2016-11-07',
    effective: '2017-06-01',
    status: 'in-force-amended',
    historical: false,
    confidence: 'VS',
    briefRef: '§4',
    notes: {
      en:
        'Amended by the NPCSC Decision of 2025-10-28, in force and renumbered from 2026-01-01: new Art. 3 (Party ' +
        'leadership) and Art. 20 (AI) moved later articles by +1 or +2. Cite both numbers; contracts, filings and ' +
        `older advice use the 2017 numbers. Renumbering (2017→2026): ${CSL_RENUMBERING_EN}. The amendment raises ` +
        'fines up to RMB 10m, penalises CIIOs using unreviewed products and sellers of uncertified catalogue ' +
        'equipment, and adds asset-freeze measures against foreign entities (WR).',
      zh:
        '经全国人大常委会2025-10-28决定修改，自2026-01-01起施行并重新编号：新增第三条（党的领导）和第二十条（人工智能），' +
        `其后条文顺延一至二条。引用时须同时标注新旧条号；合同、备案和旧有意见使用2017年条号。条号对照（2017→2026）：${CSL_RENUMBERING_EN}。` +
        '修改后罚款最高可达一千万元，新增对关基运营者使用未经审查产品、销售未经认证目录设备的处罚，以及对境外实体的资产冻结等措施（WR）。',
    },
  },
  {
    id: 'CSL-AMENDMENT-2025',
    kind: 'law',
    name: {
      en: 'NPCSC Decision on Amending the Cybersecurity Law of the PRC',
      zh: '《关于修改〈中华人民共和国网络安全法〉的决定》',
    },
    short: 'CSL Amendment Decision 2025',
    issuer: 'NPCSC (14th NPCSC, 18th session)',
    adopted: '2025-10-28',
    effective: '2026-01-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§0.3, §4',
    notes: {
      en:
        'Source of the CSL renumbering from 2026-01-01. Decision items quoted in the brief (new Arts. 3 and 20; ' +
        'Art. 23 MLPS; Art. 42 PI; Art. 61 liability) are VS; the other liability changes are WR.',
      zh: '网络安全法自2026-01-01起重新编号的依据。简报引用的决定条目（新增第三条、第二十条；第二十三条等级保护；第四十二条个人信息；第六十一条法律责任）为VS；其他法律责任变化为WR。',
    },
  },
  {
    id: 'CRYPTO-LAW',
    kind: 'law',
    name: { en: 'Cryptography Law of the PRC', zh: '《中华人民共和国密码法》' },
    short: 'Cryptography Law',
    issuer: 'NPCSC',
    adopted: '2019-10-26',
    effective: '2020-01-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§8.1',
    notes: {
      en:
        'Art. 31(2): crypto authorities and other departments shall not require commercial crypto businesses or ' +
        'testing/certification bodies to disclose source code. Art. 21: no forced technology transfer. Art. 26: ' +
        'catalogue crypto products certified before sale. Art. 27: CII uses commercial crypto and 密评. Art. 28: ' +
        'import licensing (mass-consumer products exempt).',
      zh: '第三十一条第二款：密码管理部门和有关部门不得要求商用密码从业单位和检测认证机构披露源代码。第二十一条：不得强制转让技术。第二十六条：目录内密码产品须经检测认证方可销售。第二十七条：关基须使用商用密码并开展密评。第二十八条：进口许可（大众消费类产品除外）。',
    },
  },
  {
    id: 'DSL',
    kind: 'law',
    name: { en: 'Data Security Law of the PRC', zh: '《中华人民共和国数据安全法》' },
    short: 'DSL',
    issuer: 'NPCSC',
    adopted: '2021-06-10',
    effective: '2021-09-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§11',
    notes: {
      en:
        'Art. 35: PSBs and MSS may retrieve data with strict approval; organisations shall cooperate. Art. 36: no ' +
        'provision of China-stored data to foreign judicial or law-enforcement bodies without PRC approval. Art. 48: ' +
        'fines up to RMB 5m.',
      zh: '第三十五条：公安机关、国家安全机关经严格批准可调取数据，有关组织应当配合。第三十六条：未经主管机关批准不得向外国司法或执法机构提供境内数据。第四十八条：罚款最高五百万元。',
    },
  },
  {
    id: 'PIPL',
    kind: 'law',
    name: { en: 'Personal Information Protection Law of the PRC', zh: '《中华人民共和国个人信息保护法》' },
    short: 'PIPL',
    issuer: 'NPCSC',
    adopted: '2021-08-20',
    effective: '2021-11-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§11',
    notes: {
      en:
        'Art. 3(2) offshore reach; Art. 36 state-organ PI stored in China; Arts. 38–39 export pathways and separate ' +
        'consent; Art. 40 CIIO/high-volume localisation; Art. 41 no provision to foreign authorities without ' +
        'approval; Art. 53 PRC representative for offshore processors; Art. 55 PIPIA.',
      zh: '第三条第二款境外适用；第三十六条国家机关个人信息境内存储；第三十八、三十九条出境途径与单独同意；第四十条关基及大量处理者本地化；第四十一条未经批准不得向外国机构提供；第五十三条境外处理者设立境内代表；第五十五条个人信息保护影响评估。',
    },
  },
  {
    id: 'NIL',
    kind: 'law',
    name: { en: 'National Intelligence Law of the PRC', zh: '《中华人民共和国国家情报法》' },
    short: 'NIL',
    issuer: 'NPCSC',
    adopted: '2017-06-27',
    effective: '2017-06-28',
    status: 'in-force-amended',
    historical: false,
    confidence: 'VS',
    briefRef: '§11',
    notes: {
      en:
        'Amended 2018-04-27. Art. 7: all organisations and citizens support, assist and cooperate with intelligence ' +
        'work and keep its secrets; Art. 14: may require cooperation; Art. 16: retrieve archives, materials and ' +
        'items; Art. 17: requisition equipment. Cannot be contracted away.',
      zh: '2018-04-27修正。第七条：任何组织和公民应当支持、协助和配合国家情报工作并保守秘密；第十四条：可要求提供必要支持、协助和配合；第十六条：查阅或调取档案、资料、物品；第十七条：优先使用或征用设备。不能以合同排除。',
    },
  },
  {
    id: 'CTL',
    kind: 'law',
    name: { en: 'Counter-Terrorism Law of the PRC', zh: '《中华人民共和国反恐怖主义法》' },
    short: 'CTL',
    issuer: 'NPCSC',
    adopted: '2015-12-27',
    effective: '2016-01-01',
    status: 'in-force-amended',
    historical: false,
    confidence: 'VS',
    briefRef: '§11, §14',
    notes: {
      en:
        'Amended 2018-04-27. Art. 18: telecom operators and ISPs provide technical interfaces and decryption ' +
        'support to PSBs and MSS; Art. 84: fines and detention for failure. The 2014 draft’s localisation and ' +
        'backdoor-by-design provisions were dropped.',
      zh: '2018-04-27修正。第十八条：电信业务经营者、互联网服务提供者应当为公安机关、国家安全机关提供技术接口和解密等技术支持和协助；第八十四条：拒不提供的处罚款和拘留。2014年草案中的本地化和设计后门条款未被保留。',
    },
  },
  {
    id: 'AEL',
    kind: 'law',
    name: { en: 'Anti-Espionage Law of the PRC (revised 2023)', zh: '《中华人民共和国反间谍法》' },
    short: 'AEL',
    issuer: 'NPCSC',
    adopted: '2023-04-26',
    effective: '2023-07-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§11',
    notes: {
      en:
        'Dates are those of the 2023 revision. Art. 25: with city-level MSS approval, inspect electronic equipment, ' +
        'programs and tools; seal or seize. Art. 26: retrieve documents and data. Arts. 24, 28: inspect belongings, ' +
        'persons, items and premises. Arts. 36, 41: ISP duties.',
      zh: '日期为2023年修订的日期。第二十五条：经设区的市级以上国家安全机关负责人批准，可查验电子设备、程序、工具，并可查封、扣押。第二十六条：查阅、调取文件和数据。第二十四、二十八条：查验随身物品、人员、物品和场所。第三十六、四十一条：互联网服务提供者义务。',
    },
  },
  {
    id: 'NSL',
    kind: 'law',
    name: { en: 'National Security Law of the PRC', zh: '《中华人民共和国国家安全法》' },
    short: 'NSL',
    issuer: 'NPCSC',
    adopted: '2015-07-01',
    effective: '2015-07-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§11, §14',
    notes: {
      en: 'Art. 25: "secure and controllable" core technology and systems; Art. 59: national security review of network and IT products; Art. 77: duty to assist.',
      zh: '第二十五条：核心技术和系统"安全可控"；第五十九条：对网络信息技术产品和服务进行国家安全审查；第七十七条：协助义务。',
    },
  },

  // ─── State Council regulations ────────────────────────────────────────────────────────────────────────────
  {
    id: 'CII-REGS',
    kind: 'regulation',
    name: {
      en: 'Regulations on Security Protection of Critical Information Infrastructure',
      zh: '《关键信息基础设施安全保护条例》',
    },
    short: 'CII Regulations',
    issuer: 'State Council',
    docNumber: 'State Council Decree No. 745',
    adopted: '2021-07-30',
    effective: '2021-09-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§6',
    notes: {
      en:
        'Sector protection departments identify CII. Arts. 19–20: secure-and-trustworthy procurement, security ' +
        'review, security and confidentiality agreements with providers. Art. 31: no probing or pen testing of CII ' +
        'without authorisation. Art. 41: 1–10× procurement amount for unreviewed procurement.',
      zh: '由行业保护工作部门认定关基。第十九、二十条：优先采购安全可信产品、安全审查、与提供者签订安全保密协议。第三十一条：未经授权不得对关基实施漏洞探测、渗透测试。第四十一条：未经审查采购的，处采购金额一倍以上十倍以下罚款。',
    },
  },
  {
    id: 'CRYPTO-REGS-2023',
    kind: 'regulation',
    name: { en: 'Commercial Cryptography Administration Regulations (2023 revision)', zh: '《商用密码管理条例》' },
    short: 'Commercial Crypto Regulations',
    issuer: 'State Council',
    docNumber: 'State Council Decree No. 760',
    adopted: '2023-04',
    promulgated: '2023-04-27',
    effective: '2023-07-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§8.2',
    notes: {
      en:
        'Revision of Decree No. 273 (1999). Art. 38: CII passes 密评 before go-live and at least yearly; Art. 39: ' +
        'certified products and SCA-reviewed algorithms; Art. 41: MLPS link; Art. 47(2): authorities may not demand ' +
        'source code.',
      zh: '系对1999年第273号令的修订。第三十八条：关基上线前及每年至少一次密评；第三十九条：使用经认证产品及经国家密码管理部门审查鉴定的算法；第四十一条：与等级保护衔接；第四十七条第二款：有关部门不得要求披露源代码。',
    },
  },
  {
    id: 'CRYPTO-REGS-1999',
    kind: 'regulation',
    name: { en: 'Commercial Cryptography Administration Regulations (1999)', zh: '《商用密码管理条例》（1999年）' },
    short: 'Decree No. 273',
    issuer: 'State Council',
    docNumber: 'State Council Decree No. 273',
    adopted: '1999-10-07',
    status: 'repealed',
    replacedBy: 'CRYPTO-REGS-2023',
    historical: true,
    confidence: 'VS',
    briefRef: '§8.2',
    notes: {
      en: 'Replaced by the 2023 revision (Decree No. 760, in force 2023-07-01). Historical only.',
      zh: '已被2023年修订版（第760号令，2023-07-01施行）取代，仅供历史参考。',
    },
  },
  {
    id: 'NDSMR',
    kind: 'regulation',
    name: { en: 'Network Data Security Management Regulations', zh: '《网络数据安全管理条例》' },
    short: 'NDSMR',
    issuer: 'State Council',
    docNumber: 'State Council Decree No. 790',
    adopted: '2024-09-24',
    effective: '2025-01-01',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§0.3, §12',
    notes: {
      en: 'Art. 35: conditions for PI export; Art. 37: important-data export, with the "notified/published" carve-out.',
      zh: '第三十五条：个人信息出境条件；第三十七条：重要数据出境，以"已被告知或公开发布"为限。',
    },
  },
  {
    id: 'CREDIT-REGS-2013',
    kind: 'regulation',
    name: { en: 'Regulations on the Administration of the Credit Reporting Industry', zh: '《征信业管理条例》' },
    short: 'Credit Reporting Regulations',
    issuer: 'State Council',
    adopted: '2013',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§12',
    notes: {
      en: 'Art. 24: credit information is stored and processed in China (sector localisation).',
      zh: '第二十四条：征信信息在境内存储、处理（行业本地化要求）。',
    },
  },
  {
    id: 'MLPS-REGS-DRAFT-2018',
    kind: 'regulation',
    name: { en: 'Regulations on Multi-Level Protection of Cybersecurity (draft)', zh: '《网络安全等级保护条例》（草案）' },
    short: 'Draft MLPS Regulations 2018',
    issuer: 'MPS (draft)',
    adopted: '2018-06-27',
    status: 'draft',
    historical: true,
    confidence: 'WR',
    briefRef: '§1.3, §14',
    notes: {
      en:
        'MPS draft of 2018-06-27, never enacted: not law. Some secondary sources repeat its "citizens + especially ' +
        'serious harm = L3" reading; the published GB/T 22240-2020 keeps L2. Exact draft wording is U.',
      zh: '公安部2018-06-27草案，至今未颁布，不是法律。部分二手资料沿用其"公民权益特别严重损害=第三级"的说法；已发布的GB/T 22240-2020仍为第二级。草案确切措辞为U。',
    },
  },

  // ─── MPS (public security) ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'MPS-2007-43',
    kind: 'normative-document',
    name: { en: 'Administrative Measures for Multi-Level Protection of Information Security', zh: '《信息安全等级保护管理办法》' },
    short: '43号 (MLPS Measures 2007)',
    issuer: 'MPS, State Secrets Bureau, SCA, State Council Informatization Office',
    docNumber: '公通字〔2007〕43号',
    adopted: '2007-06-22',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§1.3',
    notes: {
      en:
        'Predates MLPS 2.0 but not repealed. Art. 14: testing L3 yearly, L4 half-yearly. Art. 15: filing at L2+ ' +
        '(30-day deadline is U). Art. 21: L3+ systems use information security products from Chinese-invested or ' +
        'controlled makers with Chinese IP and a no-backdoor declaration. Art. 22: L3+ assessors Chinese-invested, ' +
        'staff Chinese citizens (exact wording U).',
      zh: '早于等保2.0但未废止。第十四条：第三级每年、第四级每半年测评。第十五条：第二级以上备案（30日期限为U）。第二十一条：第三级以上系统使用由中国公民、法人或国家投资或控股、核心技术和关键部件具有自主知识产权并声明无后门的信息安全产品。第二十二条：第三级以上测评机构须为中资、人员限于中国公民（确切措辞为U）。',
    },
  },
  {
    id: 'MPS-2020-1960',
    kind: 'normative-document',
    name: {
      en:
        'Guiding Opinions on Implementing Key Cybersecurity Protection Measures and Deepening the MLPS and CII ' +
        'Protection Systems',
      zh: '《关于落实网络安全保护重点措施深入实施网络安全等级保护制度和关键信息基础设施安全保护制度的指导意见》',
    },
    short: '1960号 (MPS Guiding Opinions 2020)',
    issuer: 'MPS',
    docNumber: '公网安〔2020〕1960号',
    adopted: '2020-07-22',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§1.3',
    notes: {
      en:
        'Guidance: "grade, file, build and test everything that should be"; yearly testing at L3+; CII protection ' +
        'built on MLPS L3+. Reported to shorten the filing deadline to 10 working days (U).',
      zh: '指导性文件："应定尽定、应备尽备、应建尽建、应测尽测"；第三级以上每年测评；关基保护建立在等保第三级以上基础上。据报道将备案期限缩短为10个工作日（U）。',
    },
  },
  {
    id: 'MPS-2025-1001',
    kind: 'normative-document',
    name: {
      en: 'Letter on Further Improving MLPS Work',
      zh: '《关于进一步做好网络安全等级保护有关工作的函》',
    },
    short: '1001号 (MPS letter 2025)',
    issuer: 'MPS Cybersecurity Bureau',
    docNumber: '公网安〔2025〕1001号',
    adopted: '2025-03-08',
    status: 'not-public',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §1.2',
    notes: {
      en:
        'In force as administrative guidance to central ministries and SOEs, copied to provincial PSBs; not ' +
        'officially published (known from practitioner reproductions). With 1846号: re-filing of L2+ systems on ' +
        'the 2025 templates.',
      zh: '作为行政指导文件发至中央部委和央企并抄送省级公安机关，现行有效；未正式公开（内容来自从业者转载）。与1846号共同要求第二级以上系统按2025版模板重新备案。',
    },
  },
  {
    id: 'MPS-2025-1846',
    kind: 'normative-document',
    name: {
      en: 'Letter Further Explaining MLPS Work Matters (with a 24-item Q&A annex)',
      zh: '《关于对网络安全等级保护有关工作事项进一步说明的函》',
    },
    short: '1846号 (MPS letter 2025)',
    issuer: 'MPS Cybersecurity Bureau',
    docNumber: '公网安〔2025〕1846号',
    adopted: '2025',
    status: 'not-public',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §1.2',
    notes: {
      en:
        'Not officially published; known from practitioner reproductions. Q1 re-filing on 2025 templates; Q6 ' +
        'certificate valid 3 years; Q7–Q13 level 5 defined (provincial PSB, yearly testing, not the same as CII); ' +
        'Q14–16 data-inventory form; Q20–21 test conclusions; Q23–24 protection work plan.',
      zh: '未正式公开，内容来自从业者转载。Q1按2025版模板重新备案；Q6备案证明有效期3年；Q7–Q13界定第五级（省级公安机关备案、每年测评、不等同于关基）；Q14–16数据摸底调查表；Q20–21测评结论；Q23–24保护工作方案。',
    },
  },
  {
    id: 'MPS-2025-GRADING-TEMPLATE',
    kind: 'template',
    name: { en: 'MPS 2025 MLPS grading-report template', zh: '网络安全等级保护定级报告模板（2025年版）' },
    short: '2025 grading template',
    issuer: 'MPS',
    adopted: '2025',
    status: 'not-public',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §1.2',
    notes: {
      en:
        'Third harm object becomes "national security or regional security, national economy and people’s ' +
        'livelihood", mapped to 4/5/5 (GB/T 22240-2020: 3/4/5). Floors: important data ≥ L3, core data ≥ L4. The ' +
        'template is not public: matrix WR, exact wording U.',
      zh: '第三类侵害客体改为"国家安全或地区安全、国计民生"，对应4/5/5级（GB/T 22240-2020为3/4/5）。下限：重要数据不低于第三级，核心数据不低于第四级。模板未公开：矩阵为WR，确切措辞为U。',
    },
  },
  {
    id: 'MPS-FILING-FORM',
    kind: 'template',
    name: { en: 'MLPS filing form (备案表)', zh: '网络安全等级保护备案表' },
    short: 'MLPS filing form',
    issuer: 'MPS',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§1.2',
    notes: {
      en:
        'Table 2 items 07–08 ask for the use of key products ("domestic product" = Chinese-invested/controlled maker ' +
        'with Chinese core IP) and of services; foreign products and services in an L2+ system become visible to ' +
        'the PSB. Known from filing-software reproductions.',
      zh: '表二第07–08项填报关键产品使用情况（"国产品"指中资或国有控股、核心技术和关键部件具有自主知识产权的厂商）及服务使用情况；第二级以上系统中的境外产品和服务因此为公安机关所知。内容来自备案软件中的转载。',
    },
  },
  {
    id: 'MPS-ASSESSOR-RULES',
    kind: 'normative-document',
    name: {
      en: 'Administrative Norms for Information Security MLPS Testing (Trial)',
      zh: '《信息安全等级保护测评工作管理规范（试行）》',
    },
    short: 'MLPS Testing Norms (Trial)',
    issuer: 'MPS',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§1.3',
    notes: {
      en:
        'Art. 5: assessors registered in the PRC (HK, Macao, Taiwan excluded), Chinese-invested, staff limited to ' +
        'Chinese citizens without criminal record. Corroborates 43号 Art. 22. The brief does not state a date or ' +
        'status; treated as current.',
      zh: '第五条：测评机构须在中国境内（不含港澳台）注册、由中国公民、法人或国家投资，工作人员限于无犯罪记录的中国公民。印证43号第二十二条。简报未给出日期和效力状态，按现行处理。',
    },
  },
  {
    id: 'MPS-ORDER-151',
    kind: 'departmental-rule',
    name: {
      en: 'Provisions on Internet Security Supervision and Inspection by Public Security Organs',
      zh: '《公安机关互联网安全监督检查规定》',
    },
    short: 'MPS Order No. 151',
    issuer: 'MPS',
    docNumber: 'MPS Order No. 151',
    adopted: '2018-09-05',
    promulgated: '2018-09-15',
    effective: '2018-11-01',
    status: 'repealed',
    replacedBy: 'MPS-ORDER-176',
    historical: true,
    confidence: 'WR',
    briefRef: '§3.1',
    notes: {
      en:
        'Repealed and replaced by MPS Order No. 176 from 2026-10-01; cite Order 176 for current inspection powers. ' +
        'Order 151 allowed on-site inspection (enter premises, copy information) and remote testing with notice ' +
        '(Art. 16).',
      zh: '自2026-10-01起被公安部令第176号废止取代；现行检查权限应引用第176号令。第151号令规定了现场检查（进入场所、复制信息）和事先告知的远程检测（第十六条）。',
    },
  },
  {
    id: 'MPS-ORDER-176',
    kind: 'departmental-rule',
    name: {
      en: 'Measures on Cyberspace Security Supervision and Inspection by Public Security Organs',
      zh: '《公安机关网络空间安全监督检查办法》',
    },
    short: 'MPS Order No. 176',
    issuer: 'MPS',
    docNumber: 'MPS Order No. 176',
    adopted: '2026-07-01',
    promulgated: '2026-08-07',
    effective: '2026-10-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §3.2',
    notes: {
      en:
        'Takes effect 2026-10-01 (23 articles), replacing Order 151. Draft 2025-11-29; adoption at the 2026-07-01 ' +
        'ministerial meeting is reported. Promulgation date: the MPS database gives 2026-08-07 (the brief elsewhere ' +
        'says 2026-08-06/07). Adds remote penetration testing (3-working-day notice U) and yearly on-site ' +
        'inspection of MLPS L3+ and CII operators. Article numbers and the final list of 8 entity categories are U.',
      zh: '自2026-10-01起施行（共23条），取代第151号令。2025-11-29发布征求意见稿；据报道于2026-07-01部务会议通过。发布日期：公安部规章库记载为2026-08-07（简报另处作2026-08-06/07）。新增远程渗透测试（提前3个工作日告知为U）以及对等保第三级以上和关基运营者的年度现场检查。条号及8类被检查主体的最终清单为U。',
    },
  },

  // ─── Standards ────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'GBT-22240-2020',
    kind: 'standard',
    name: {
      en: 'Information security technology — Classification guide for classified protection of cybersecurity',
      zh: '《信息安全技术 网络安全等级保护定级指南》',
    },
    short: 'GB/T 22240-2020',
    issuer: 'SAMR/SAC',
    docNumber: 'GB/T 22240-2020',
    adopted: '2020-04-28',
    effective: '2020-11-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§1.1',
    notes: {
      en:
        'Recommended standard made binding in practice through CSL Art. 21 (2026: Art. 23) and the MPS filing ' +
        'regime. Matrix: citizens 1/2/2; social order 2/3/4; national security 3/4/5. Citizens + especially serious ' +
        'harm = L2 (the L3 reading comes from the 2018 draft). CII and big-data platforms in principle ≥ L3.',
      zh: '推荐性标准，经网络安全法第二十一条（2026年：第二十三条）和公安备案制度在实践中具有约束力。矩阵：公民1/2/2；社会秩序2/3/4；国家安全3/4/5。公民权益特别严重损害为第二级（第三级之说源自2018年草案）。关基和大数据平台原则上不低于第三级。',
    },
  },
  {
    id: 'GBT-22240-2008',
    kind: 'standard',
    name: { en: 'Classification guide for MLPS (2008 edition)', zh: '等级保护定级指南（2008年版）' },
    short: 'GB/T 22240-2008',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 22240-2008',
    status: 'repealed',
    replacedBy: 'GBT-22240-2020',
    historical: true,
    confidence: 'WR',
    briefRef: '§1.1',
    notes: { en: 'Replaced by GB/T 22240-2020 (effective 2020-11-01).', zh: '已被GB/T 22240-2020（2020-11-01实施）替代。' },
  },
  {
    id: 'TC260-GRADING-DRAFT-2018',
    kind: 'standard',
    name: { en: 'TC260 draft revision of the MLPS grading guide (January 2018)', zh: '定级指南修订征求意见稿（TC260，2018年1月）' },
    short: 'TC260 grading-guide draft 2018',
    issuer: 'TC260 (draft)',
    adopted: '2018-01-19',
    status: 'draft',
    replacedBy: 'GBT-22240-2020',
    historical: true,
    confidence: 'WR',
    briefRef: '§1.1, §14',
    notes: {
      en:
        'Placed citizens’ especially serious harm at L3; not carried into GB/T 22240-2020, which keeps L2. Known ' +
        'from a university lecture note. Never applied by default; only a documented variant.',
      zh: '将公民权益特别严重损害定为第三级；GB/T 22240-2020未采纳，仍为第二级。内容见于某大学讲义。默认不适用，仅作记录的变体。',
    },
  },
  {
    id: 'GBT-22239-2019',
    kind: 'standard',
    name: {
      en: 'Information security technology — Baseline for classified protection of cybersecurity',
      zh: '《信息安全技术 网络安全等级保护基本要求》',
    },
    short: 'GB/T 22239-2019',
    issuer: 'SAMR/SAC',
    docNumber: 'GB/T 22239-2019',
    adopted: '2019-05-10',
    effective: '2019-12-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§2',
    notes: {
      en:
        'Clause IDs L.x.y.z: chapter 7 = L2, 8 = L3, 9 = L4; .1 general, .2 cloud, .3 mobile, .4 IoT, .5 ICS. ' +
        '8.1.9.5 c (source code + backdoor review) applies to outsourced/custom development at L3+, not to ' +
        'unmodified COTS. Sub-item letters come from secondary tabulations (WR).',
      zh: '条款编号L.x.y.z：第7章为第二级、第8章为第三级、第9章为第四级；.1通用要求、.2云计算、.3移动互联、.4物联网、.5工业控制。8.1.9.5 c（提供源代码并审查后门）适用于第三级以上的外包或定制开发，不适用于未经修改的商用现成产品。子项字母来自二手整理（WR）。',
    },
  },
  {
    id: 'GBT-22239-2008',
    kind: 'standard',
    name: { en: 'Baseline for MLPS (2008 edition)', zh: '等级保护基本要求（2008年版）' },
    short: 'GB/T 22239-2008',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 22239-2008',
    status: 'repealed',
    replacedBy: 'GBT-22239-2019',
    historical: true,
    confidence: 'WR',
    briefRef: '§2',
    notes: { en: 'Replaced by GB/T 22239-2019 (effective 2019-12-01).', zh: '已被GB/T 22239-2019（2019-12-01实施）替代。' },
  },
  {
    id: 'GBT-28448-2019',
    kind: 'standard',
    name: { en: 'MLPS testing requirements', zh: '网络安全等级保护测评要求' },
    short: 'GB/T 28448-2019',
    issuer: 'SAMR/SAC',
    docNumber: 'GB/T 28448-2019',
    adopted: '2019-05-10',
    effective: '2019-12-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§2',
    notes: {
      en: 'Companion of GB/T 22239-2019 (same dates); test methods are interview, examination and testing.',
      zh: 'GB/T 22239-2019的配套标准（日期相同）；测评方法为访谈、核查和测试。',
    },
  },
  {
    id: 'GBT-25070-2019',
    kind: 'standard',
    name: { en: 'MLPS security design technical requirements', zh: '网络安全等级保护安全设计技术要求' },
    short: 'GB/T 25070-2019',
    issuer: 'SAMR/SAC',
    docNumber: 'GB/T 25070-2019',
    adopted: '2019-05-10',
    effective: '2019-12-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§2',
    notes: { en: 'Companion design standard of GB/T 22239-2019 (same dates).', zh: 'GB/T 22239-2019的配套设计标准（日期相同）。' },
  },
  {
    id: 'GBT-39204-2022',
    kind: 'standard',
    name: {
      en: 'Information security technology — Cybersecurity requirements for critical information infrastructure protection',
      zh: '《信息安全技术 关键信息基础设施安全保护要求》',
    },
    short: 'GB/T 39204-2022',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 39204-2022',
    adopted: '2022-10-12',
    effective: '2023-05-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§6',
    notes: {
      en:
        'Six capability areas (WR); dates U. §7.9 j) reportedly requires a source-code security test report for ' +
        'custom-developed software (U, one practitioner source).',
      zh: '六个能力领域（WR）；日期为U。据报道第7.9条j)要求定制开发软件提供源代码安全检测报告（U，单一从业者来源）。',
    },
  },
  {
    id: 'GB-42250-2022',
    kind: 'standard',
    name: {
      en: 'Information security technology — Security technical requirements for specialised cybersecurity products',
      zh: '《信息安全技术 网络安全专用产品安全技术要求》',
    },
    short: 'GB 42250-2022',
    issuer: 'National standard (GB, mandatory)',
    docNumber: 'GB 42250-2022',
    effective: '2023-07-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§5',
    notes: {
      en: 'Mandatory standard for catalogued specialised cybersecurity products. Effective date U.',
      zh: '目录内网络安全专用产品适用的强制性国家标准。实施日期为U。',
    },
  },
  {
    id: 'GBT-39786-2021',
    kind: 'standard',
    name: { en: 'Basic requirements for cryptography application of information systems', zh: '《信息系统密码应用基本要求》' },
    short: 'GB/T 39786-2021',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 39786-2021',
    effective: '2021-10-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§8.3',
    notes: {
      en: 'Four levels aligned to MLPS; the 密评 benchmark. The legal hook making MLPS L3+ systems undergo 密评 is U.',
      zh: '四个等级与等级保护对应，为密评依据。等保第三级以上系统须开展密评的法律依据为U。',
    },
  },
  {
    id: 'GMT-0028-2024',
    kind: 'standard',
    name: { en: 'Security requirements for cryptographic modules (2024)', zh: '《密码模块安全技术要求》' },
    short: 'GM/T 0028-2024',
    issuer: 'SCA (cryptography industry standard, GM/T)',
    docNumber: 'GM/T 0028-2024',
    adopted: '2024-12-27',
    effective: '2025-07-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §8.3',
    notes: {
      en:
        '4 security levels across 11 areas (ISO/IEC 19790 lineage). Labs review the security policy, design and ' +
        'finite-state model; whether Chinese labs ask for annotated source code is U.',
      zh: '4个安全等级、11个要求领域（源于ISO/IEC 19790）。检测机构审查安全策略、设计和有限状态模型；国内检测机构是否要求带注释的源代码为U。',
    },
  },
  {
    id: 'GMT-0028-2014',
    kind: 'standard',
    name: { en: 'Security requirements for cryptographic modules (2014)', zh: '《密码模块安全技术要求》（2014年版）' },
    short: 'GM/T 0028-2014',
    issuer: 'SCA (cryptography industry standard, GM/T)',
    docNumber: 'GM/T 0028-2014',
    status: 'repealed',
    replacedBy: 'GMT-0028-2024',
    historical: true,
    confidence: 'WR',
    briefRef: '§0.3, §8.3',
    notes: {
      en: 'Superseded by GM/T 0028-2024 (implemented 2025-07-01).',
      zh: '已被GM/T 0028-2024（2025-07-01实施）替代。',
    },
  },
  {
    id: 'GMT-0039-2015',
    kind: 'standard',
    name: { en: 'Test requirements for cryptographic module security', zh: '密码模块安全检测要求' },
    short: 'GM/T 0039-2015',
    issuer: 'SCA (cryptography industry standard, GM/T)',
    docNumber: 'GM/T 0039-2015',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§8.3',
    notes: { en: 'Test-method standard for GM/T 0028 module testing.', zh: 'GM/T 0028密码模块检测的方法标准。' },
  },
  {
    id: 'GBT-32918',
    kind: 'standard',
    name: { en: 'SM2 elliptic-curve public-key cryptographic algorithm', zh: 'SM2椭圆曲线公钥密码算法' },
    short: 'GB/T 32918 (SM2)',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 32918',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§8.3',
    notes: {
      en: 'National public-key algorithm expected in CII and L3+ 密评 practice, implemented through certified products.',
      zh: '关基和第三级以上密评实践中要求使用的国密公钥算法，通过经认证的产品实现。',
    },
  },
  {
    id: 'GBT-32905-2016',
    kind: 'standard',
    name: { en: 'SM3 cryptographic hash algorithm', zh: 'SM3密码杂凑算法' },
    short: 'GB/T 32905-2016 (SM3)',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 32905-2016',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§8.3',
  },
  {
    id: 'GBT-32907-2016',
    kind: 'standard',
    name: { en: 'SM4 block cipher algorithm', zh: 'SM4分组密码算法' },
    short: 'GB/T 32907-2016 (SM4)',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 32907-2016',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§8.3',
  },
  {
    id: 'GBT-38636-2020',
    kind: 'standard',
    name: { en: 'Transport Layer Cryptography Protocol (TLCP)', zh: '传输层密码协议（TLCP）' },
    short: 'GB/T 38636-2020 (TLCP)',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 38636-2020',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§8.3',
    notes: { en: 'TLS with SM algorithms uses TLCP or RFC 8998.', zh: '采用国密算法的TLS使用TLCP或RFC 8998。' },
  },
  {
    id: 'GBT-43698-2024',
    kind: 'standard',
    name: {
      en: 'Cybersecurity technology — Security requirements for software supply chains',
      zh: '《网络安全技术 软件供应链安全要求》',
    },
    short: 'GB/T 43698-2024',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 43698-2024',
    adopted: '2024',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§2',
    notes: {
      en: 'Recommended; watch list. Supplier- and acquirer-side supply-chain requirements; clause-level content U.',
      zh: '推荐性标准，关注清单。规定供方和需方的软件供应链要求；条款层面内容为U。',
    },
  },
  {
    id: 'GBT-47020-2026',
    kind: 'standard',
    name: { en: 'Cybersecurity technology — Software bill of materials data format', zh: '《网络安全技术 软件物料清单数据格式》' },
    short: 'GB/T 47020-2026',
    issuer: 'National standard (GB/T)',
    docNumber: 'GB/T 47020-2026',
    adopted: '2026-01-28',
    effective: '2026-08-01',
    status: 'in-force',
    historical: false,
    confidence: 'U',
    briefRef: '§2',
    notes: {
      en:
        'Watch list; dates from a single listing (U). A related sample SBOM profile includes a "self-developed ' +
        'proportion" (自研比例) and supplier area, which would disclose sourcing and origin.',
      zh: '关注清单；日期来自单一来源（U）。相关SBOM样例包含"自研比例"和供应商所在地区字段，可能披露来源和原产地信息。',
    },
  },
  {
    id: 'GAT-2182-2024',
    kind: 'standard',
    name: { en: 'CII security testing requirements', zh: '关键信息基础设施安全测评要求' },
    short: 'GA/T 2182-2024',
    issuer: 'MPS (public-security industry standard, GA/T)',
    docNumber: 'GA/T 2182-2024',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§1.2',
    notes: {
      en: 'Used with the GB/T 22239 level-4 requirements for yearly testing of level-5 systems (1846号).',
      zh: '与GB/T 22239第四级要求一并用于第五级系统的年度测评（1846号）。',
    },
  },
  {
    id: 'JRT-0071',
    kind: 'standard',
    name: { en: 'Financial-sector MLPS implementation guides (JR/T 0071 series)', zh: '金融行业网络安全等级保护实施指引（JR/T 0071系列）' },
    short: 'JR/T 0071',
    issuer: 'Financial industry standard (JR/T)',
    docNumber: 'JR/T 0071',
    status: 'in-force',
    historical: false,
    confidence: 'U',
    briefRef: '§1.4',
    notes: {
      en: 'Not re-read for the brief. Bank core systems are commonly graded L3–L4 (U).',
      zh: '简报未重新核对原文。银行核心系统通常定为第三至第四级（U）。',
    },
  },

  // ─── Equipment catalogue and certification ────────────────────────────────────────────────────────────────
  {
    id: 'CATALOGUE-2017',
    kind: 'normative-document',
    name: {
      en: 'Catalogue of Critical Network Equipment and Specialised Cybersecurity Products (First Batch)',
      zh: '《网络关键设备和网络安全专用产品目录（第一批）》',
    },
    short: 'Equipment catalogue 2017',
    issuer: 'CAC, MIIT, MPS, CNCA',
    docNumber: 'Announcement 2017 No. 1',
    adopted: '2017-06-01',
    status: 'repealed',
    replacedBy: 'CATALOGUE-2023',
    historical: true,
    confidence: 'WR',
    briefRef: '§5',
    notes: {
      en:
        'Repealed by the 2023-07-03 catalogue. Its performance thresholds for firewalls, IDS and other security ' +
        'products are obsolete: material quoting them is out of date.',
      zh: '已被2023-07-03目录废止。其中防火墙、入侵检测等安全产品的性能门槛已失效，引用这些门槛的资料已过时。',
    },
  },
  {
    id: 'CATALOGUE-2023',
    kind: 'normative-document',
    name: {
      en: 'Announcement on Adjusting the Catalogue of Critical Network Equipment and Specialised Cybersecurity Products',
      zh: '《关于调整〈网络关键设备和网络安全专用产品目录〉的公告》',
    },
    short: 'Equipment catalogue 2023',
    issuer: 'CAC, MIIT, MPS, CNCA',
    adopted: '2023-07-03',
    effective: '2023-07-03',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §5',
    notes: {
      en:
        'Thresholds only for routers, switches, rack servers and PLCs; 34 specialised security product types listed ' +
        'without thresholds. Announcement number not confirmed; the full list of 34 is U (VPN gateways, EDR).',
      zh: '仅对路由器、交换机、机架式服务器和PLC设定性能门槛；列出34类网络安全专用产品，不设门槛。公告文号未确认；34类完整清单为U（如VPN网关、终端安全）。',
    },
  },
  {
    id: 'CNCA-2018-12',
    kind: 'normative-document',
    name: {
      en: 'List of bodies carrying out certification and testing of catalogued equipment and products',
      zh: '网络关键设备和网络安全专用产品安全认证和安全检测机构名录（2018年第12号公告）',
    },
    short: 'CNCA 2018 No. 12',
    issuer: 'CNCA, MIIT, MPS, CAC',
    docNumber: 'Announcement 2018 No. 12',
    adopted: '2018',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§5',
    notes: {
      en: 'The four agencies update the list of bodies (2023 No. 1).',
      zh: '四部门对机构名录进行更新（2023年第1号公告）。',
    },
  },
  {
    id: 'CATALOGUE-2022-1',
    kind: 'normative-document',
    name: {
      en: 'Announcement on unified publication of catalogue certification and testing results',
      zh: '网络关键设备和网络安全专用产品安全认证和安全检测结果统一发布公告（2022年第1号）',
    },
    short: '2022 No. 1',
    issuer: 'Catalogue agencies (not named in the brief)',
    docNumber: 'Announcement 2022 No. 1',
    adopted: '2022',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§5',
  },
  {
    id: 'SECURITY-PRODUCTS-2023-1',
    kind: 'normative-document',
    name: {
      en: 'Announcement on Adjusting Matters Concerning the Security Administration of Specialised Cybersecurity Products',
      zh: '《关于调整网络安全专用产品安全管理有关事项的公告》',
    },
    short: '2023 No. 1',
    issuer: 'CAC, MIIT, MPS, MOF, CNCA',
    docNumber: 'Announcement 2023 No. 1',
    effective: '2023-07-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§5',
    notes: {
      en:
        'From 2023-07-01, catalogued specialised products need certification or testing by listed bodies against ' +
        'mandatory standards such as GB 42250-2022; the MPS sales licence is no longer issued (existing licences ' +
        'valid until expiry). Reported by MIIT/China Economic Net on 2023-04-20.',
      zh: '自2023-07-01起，目录内网络安全专用产品须由名录内机构依据GB 42250-2022等强制性标准认证或检测；公安部不再核发销售许可证（已发许可证有效期内继续有效）。工信部/中国经济网于2023-04-20报道。',
    },
  },
  {
    id: 'CRYPTO-CERT-CATALOGUE-2020',
    kind: 'normative-document',
    name: { en: 'Commercial Cryptography Product Certification Catalogue', zh: '《商用密码产品认证目录》' },
    short: 'Crypto product certification catalogue',
    issuer: 'SAMR, SCA',
    adopted: '2020',
    status: 'in-force',
    historical: false,
    confidence: 'U',
    briefRef: '§8.3',
    notes: {
      en:
        'First batch 2020; type testing + initial factory inspection + post-certification surveillance. Listed ' +
        'types include crypto modules, SSL/IPsec VPN products, HSMs and smart tokens (U).',
      zh: '2020年首批；型式试验＋初始工厂检查＋获证后监督。所列类型包括密码模块、SSL/IPsec VPN产品、密码机和智能密码钥匙（U）。',
    },
  },

  // ─── Cybersecurity review ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'CRM-2022',
    kind: 'departmental-rule',
    name: { en: 'Cybersecurity Review Measures', zh: '《网络安全审查办法》' },
    short: 'CRM 2022',
    issuer: 'CAC with NDRC, MIIT, MPS, MSS, MOF, MOFCOM, PBOC, SAMR, NRTA, CSRC, NASSP and SCA (13 bodies)',
    docNumber: 'CAC Order No. 8',
    adopted: '2021-11-16',
    promulgated: '2021-12-28',
    effective: '2022-02-15',
    status: 'in-force',
    historical: false,
    confidence: 'VS',
    briefRef: '§7',
    notes: {
      en:
        'Replaces the 2020 Measures. Art. 6: procurement contracts must bind providers to cooperate with review and ' +
        'not to obtain user data, control equipment or interrupt supply. Art. 10: review factors incl. supply-chain ' +
        'reliability and political/trade interruption risk. Art. 16: ex officio review. The CAC text was published ' +
        'on 2022-01-04.',
      zh: '取代2020年版办法。第六条：采购文件和合同须要求提供者配合审查并承诺不非法获取用户数据、不非法控制设备、不无正当理由中断供应。第十条：审查因素包括供应链可靠性及因政治、外交、贸易因素导致中断的风险。第十六条：依职权审查。网信办于2022-01-04公布文本。',
    },
  },
  {
    id: 'CRM-2020',
    kind: 'departmental-rule',
    name: { en: 'Cybersecurity Review Measures (2020)', zh: '网络安全审查办法（2020年版）' },
    short: 'CRM 2020',
    issuer: 'CAC and other departments',
    effective: '2020-06-01',
    status: 'repealed',
    replacedBy: 'CRM-2022',
    historical: true,
    confidence: 'WR',
    briefRef: '§7',
    notes: { en: 'Replaced by CRM 2022 (in force 2022-02-15).', zh: '已被2022年版办法（2022-02-15施行）取代。' },
  },
  {
    id: 'CRM-2017-TRIAL',
    kind: 'departmental-rule',
    name: { en: 'Network Products and Services Security Review Measures (Trial)', zh: '网络产品和服务安全审查办法（试行）' },
    short: '2017 Trial Measures',
    issuer: 'CAC',
    effective: '2017-06-01',
    status: 'repealed',
    replacedBy: 'CRM-2020',
    historical: true,
    confidence: 'WR',
    briefRef: '§7, §14',
    notes: {
      en:
        'Art. 3 described the method as laboratory testing, on-site inspection, online monitoring and background ' +
        'investigation; whether 2022 practice is the same is U. Replaced by the 2020 Measures.',
      zh: '第三条规定审查方式为实验室检测、现场检查、在线监测和背景调查；2022年实践是否相同为U。已被2020年版办法取代。',
    },
  },
  {
    id: 'PRECEDENT-MICRON-2023',
    kind: 'precedent',
    name: { en: 'CAC cybersecurity review decision on Micron products', zh: '网信办对美光公司在华销售产品的网络安全审查结论' },
    short: 'Micron 2023',
    issuer: 'CAC (Cybersecurity Review Office)',
    adopted: '2023-05-21',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§7',
    notes: {
      en:
        'Review announced 2023-03-31; on 2023-05-21 the CAC found "relatively serious network security risks" and ' +
        'said CIIOs should stop purchasing Micron products. No technical detail published.',
      zh: '2023-03-31宣布审查；2023-05-21网信办认定存在"较严重网络安全问题隐患"，要求关基运营者停止采购美光产品。未公布技术细节。',
    },
  },
  {
    id: 'PRECEDENT-PALO-ALTO-2026',
    kind: 'precedent',
    name: {
      en: 'Announcement on launching a cybersecurity review of Palo Alto Networks products sold in China',
      zh: '《关于对派拓公司在华销售产品启动网络安全审查的公告》',
    },
    short: 'Palo Alto 2026',
    issuer: 'CAC (Cybersecurity Review Office)',
    adopted: '2026-08',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §7',
    notes: {
      en:
        'Announced about 2026-08-06 (§7; §0.3 says 2026-08-06/07); the brief gives only "about", so the month is ' +
        'stored. Review open; outcome not seen in the evidence window.',
      zh: '约于2026-08-06公布（第7节；第0.3节作2026-08-06/07）；简报仅称"约"，故只记录月份。审查进行中，证据窗口内未见结论。',
    },
  },
  {
    id: 'REPORT-DIRECTIVE-2026',
    kind: 'report',
    name: {
      en: 'Reported directive to stop using US and Israeli cybersecurity software (January 2026)',
      zh: '据报道的停用美国和以色列网络安全软件指令（2026年1月）',
    },
    short: 'Reported 2026 directive',
    issuer: 'Chinese authorities (as reported by Reuters, Bloomberg, DW)',
    adopted: '2026-01',
    status: 'not-public',
    historical: false,
    confidence: 'U',
    briefRef: '§0.3, §7',
    notes: {
      en:
        'Not a published instrument: press reporting (Reuters 2026-01-14; Bloomberg; DW). WR as reporting, U as ' +
        'to legal form and scope. Named vendors include Broadcom/VMware, Palo Alto Networks, Fortinet, Check ' +
        'Point; Bloomberg reported an H1 2026 replacement deadline.',
      zh: '并非公开发布的文件，仅为媒体报道（路透社2026-01-14、彭博社、德国之声）。作为报道为WR，其法律形式和范围为U。报道点名的厂商包括博通/VMware、派拓网络、飞塔、Check Point；彭博社报道须于2026年上半年前完成替换。',
    },
  },

  // ─── Cryptography administration ──────────────────────────────────────────────────────────────────────────
  {
    id: 'SCA-ORDER-3',
    kind: 'departmental-rule',
    name: {
      en: 'Administrative Measures for Commercial Cryptography Application Security Assessment',
      zh: '《商用密码应用安全性评估管理办法》',
    },
    short: 'SCA Order No. 3',
    issuer: 'SCA',
    docNumber: 'SCA Order No. 3',
    adopted: '2023-09-11',
    promulgated: '2023-09-26',
    effective: '2023-11-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§8.3',
    notes: {
      en:
        'Important network and information systems plan, build and run crypto with the system and undergo 密评 ' +
        'before operation and periodically. Whether MLPS L3+ is the legal hook (Art. 6) is U.',
      zh: '重要网络与信息系统须同步规划、建设、运行密码保障系统，投入运行前及定期开展密评。等保第三级以上是否为其法律依据（第六条）为U。',
    },
  },
  {
    id: 'CII-CRYPTO-2025',
    kind: 'departmental-rule',
    name: { en: 'Provisions on Commercial Cryptography Use in CII', zh: '《关键信息基础设施商用密码使用管理规定》' },
    short: 'CII Crypto Provisions 2025',
    issuer: 'SCA, CAC, MPS',
    adopted: '2025-07-01',
    effective: '2025-08-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §8.3',
    notes: {
      en:
        '25 articles. Yearly 密评; certified products and SCA-approved technologies; dedicated trained staff; yearly ' +
        'reporting. Authorities may inspect but may not charge fees or require specific products. Fines up to RMB 1m.',
      zh: '共25条。每年密评；使用经认证产品和经国家密码管理部门认可的技术；配备专职人员；年度报告。主管部门可检查，但不得收费或指定产品。罚款最高一百万元。',
    },
  },
  {
    id: 'CRYPTO-IMPORT-2020-63',
    kind: 'normative-document',
    name: { en: 'Commercial cryptography import licence list', zh: '商用密码进口许可清单（2020年第63号公告）' },
    short: 'MOFCOM/SCA/GACC 2020 No. 63',
    issuer: 'MOFCOM, SCA, GACC',
    docNumber: 'Announcement 2020 No. 63',
    effective: '2021-01-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§8.3',
    notes: {
      en:
        'Items as recalled: encrypted telephones and fax machines, crypto machines/cards, encrypted VPN devices, with ' +
        'key-length thresholds. Existence and the phone item WR; the VPN item and thresholds U.',
      zh: '据回忆所列项目：加密电话机、加密传真机、密码机/密码卡、加密VPN设备，并设密钥长度门槛。存在性及电话项为WR；VPN项及门槛为U。',
    },
  },

  // ─── Vulnerability and incidents ──────────────────────────────────────────────────────────────────────────
  {
    id: 'MIIT-VULN-2021',
    kind: 'normative-document',
    name: {
      en: 'Provisions on the Management of Security Vulnerabilities of Network Products',
      zh: '《网络产品安全漏洞管理规定》',
    },
    short: 'Vulnerability Provisions 2021',
    issuer: 'MIIT, CAC, MPS',
    docNumber: '工信部联网安〔2021〕66号',
    adopted: '2021-07-12',
    effective: '2021-09-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§9',
    notes: {
      en:
        'Art. 7: report to MIIT’s platform within 2 days, notify users, fix promptly, keep logs ≥ 6 months. Art. 9(7): ' +
        'undisclosed vulnerabilities must not be given to overseas parties other than the product provider, which ' +
        'conflicts with EU CRA Art. 14 reporting.',
      zh: '第七条：2日内向工信部平台报送、通知用户、及时修补、日志留存不少于6个月。第九条第七项：不得将未公开漏洞信息提供给产品提供者之外的境外组织或个人，与欧盟《网络韧性法案》第14条报告义务冲突。',
    },
  },
  {
    id: 'CAC-INCIDENT-2025',
    kind: 'departmental-rule',
    name: { en: 'National Cybersecurity Incident Reporting Measures', zh: '《国家网络安全事件报告管理办法》' },
    short: 'Incident Reporting Measures 2025',
    issuer: 'CAC',
    adopted: '2025-09-11',
    effective: '2025-11-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §10',
    notes: {
      en: 'Art. 4: for "large" incidents and above, CII operators report within 1 hour; other operators to the provincial CAC within 4 hours.',
      zh: '第四条：较大及以上事件，关基运营者1小时内报告；其他运营者4小时内向省级网信部门报告。',
    },
  },

  // ─── MSS ──────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'MSS-ORDER-3',
    kind: 'departmental-rule',
    name: { en: 'Provisions on Administrative Law-Enforcement Procedures of State Security Organs', zh: '《国家安全机关行政执法程序规定》' },
    short: 'MSS Order No. 3',
    issuer: 'MSS',
    docNumber: 'MSS Order No. 3',
    adopted: '2024-04-26',
    effective: '2024-07-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§11',
    notes: {
      en:
        'Art. 40: inspecting electronic equipment, programs and tools needs city-level MSS approval and an ' +
        'inspection notice; on-the-spot inspection in emergencies. Targeted powers, not general border search ' +
        '(MSS statement 2024-05-28).',
      zh: '第四十条：查验电子设备、程序和工具须经设区的市级国家安全机关负责人批准并出具检查通知书；紧急情况下可当场查验。属于针对性权力，并非普遍的入境检查（国家安全部2024-05-28声明）。',
    },
  },
  {
    id: 'MSS-CRIMINAL-PROCEDURES-2024',
    kind: 'departmental-rule',
    name: { en: 'Provisions on Procedures for Handling Criminal Cases by State Security Organs', zh: '《国家安全机关办理刑事案件程序规定》' },
    short: 'MSS Criminal Procedures 2024',
    issuer: 'MSS',
    adopted: '2024-04-26',
    effective: '2024-07-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§11',
    notes: { en: 'Issued with MSS Order No. 3, same dates.', zh: '与国家安全部令第3号同时发布，日期相同。' },
  },
  {
    id: 'MSS-STATEMENT-2024',
    kind: 'report',
    name: {
      en: 'MSS statement of 2024-05-28 on device inspections',
      zh: '国家安全部2024年5月28日关于电子设备查验的声明',
    },
    short: 'MSS statement 2024-05-28',
    issuer: 'MSS',
    adopted: '2024-05-28',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§11',
    notes: {
      en:
        'The MSS rejected claims that everyone entering China will have phones checked: the procedures are targeted ' +
        'powers, not a general border-search regime. Known via secondary reproduction.',
      zh: '国家安全部否认"入境人员手机都要被检查"的说法：相关程序属于针对性权力，并非普遍的入境检查制度。内容来自二手转载。',
    },
  },

  // ─── Data export and localisation ─────────────────────────────────────────────────────────────────────────
  {
    id: 'CAC-ORDER-11',
    kind: 'departmental-rule',
    name: { en: 'Measures for the Security Assessment of Outbound Data Transfers', zh: '《数据出境安全评估办法》' },
    short: 'CAC Order No. 11',
    issuer: 'CAC',
    docNumber: 'CAC Order No. 11',
    adopted: '2022-07-07',
    effective: '2022-09-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§12',
  },
  {
    id: 'CAC-ORDER-13',
    kind: 'departmental-rule',
    name: { en: 'Measures on the Standard Contract for Outbound Transfer of Personal Information', zh: '《个人信息出境标准合同办法》' },
    short: 'CAC Order No. 13',
    issuer: 'CAC',
    docNumber: 'CAC Order No. 13',
    adopted: '2023-02-22',
    effective: '2023-06-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§12',
  },
  {
    id: 'CAC-ORDER-16',
    kind: 'departmental-rule',
    name: { en: 'Provisions on Promoting and Regulating Cross-Border Data Flows', zh: '《促进和规范数据跨境流动规定》' },
    short: 'CAC Order No. 16',
    issuer: 'CAC',
    docNumber: 'CAC Order No. 16',
    adopted: '2024-03-22',
    effective: '2024-03-22',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§12',
    notes: {
      en:
        'Art. 5 exemptions (contract performance, cross-border HR, non-CIIO < 100k people). Art. 7 security ' +
        'assessment: CIIOs; > 1m people or > 10k sensitive. Art. 8 standard contract/certification: 100k–1m, or ' +
        '< 10k sensitive. PIPL notice, consent and PIPIA still apply.',
      zh: '第五条豁免（履行合同、跨境人力资源管理、非关基运营者不满10万人）。第七条安全评估：关基运营者；100万人以上或敏感个人信息1万人以上。第八条标准合同/认证：10万至100万人，或敏感个人信息不满1万人。个保法告知、同意和影响评估义务仍适用。',
    },
  },
  {
    id: 'CAC-EXPORT-GUIDE-2024',
    kind: 'normative-document',
    name: { en: 'Guide to declaring outbound data security assessments (2nd edition)', zh: '数据出境安全评估申报指南（第二版）' },
    short: 'CAC declaration guide (2nd ed.)',
    issuer: 'CAC',
    adopted: '2024',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§12',
    notes: {
      en: 'Remote access from abroad to data stored in China (query, retrieve, download, export) counts as data export.',
      zh: '境外主体远程访问境内存储的数据（查询、调取、下载、导出）视为数据出境。',
    },
  },
  {
    id: 'NHFPC-2014-24',
    kind: 'normative-document',
    name: { en: 'Administrative Measures for Population Health Information (Trial)', zh: '《人口健康信息管理办法（试行）》' },
    short: 'NHFPC 2014 No. 24',
    issuer: 'NHFPC',
    docNumber: '国卫规划发〔2014〕24号',
    adopted: '2014',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§12',
    notes: {
      en: 'Art. 10: population health information must not be stored on, hosted on or leased offshore servers.',
      zh: '第十条：不得将人口健康信息存储于境外服务器，不得托管、租赁境外服务器。',
    },
  },
  {
    id: 'PBOC-2011-17',
    kind: 'normative-document',
    name: { en: 'PBOC notice on protecting personal financial information', zh: '个人金融信息保护通知（银发〔2011〕17号）' },
    short: 'PBOC 2011 No. 17',
    issuer: 'PBOC',
    docNumber: '银发〔2011〕17号',
    adopted: '2011',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§12',
    notes: {
      en: 'Personal financial information is stored, processed and analysed in China.',
      zh: '个人金融信息应在境内存储、处理和分析。',
    },
  },
  {
    id: 'CAC-DATA-RISK-2026',
    kind: 'departmental-rule',
    name: { en: 'Network Data Security Risk Assessment Measures (reported)', zh: '《网络数据安全风险评估办法》' },
    short: 'Data Risk Assessment Measures 2026',
    issuer: 'CAC, MPS and others (reported)',
    adopted: '2026-06-18',
    effective: '2026-08-20',
    status: 'in-force',
    historical: false,
    confidence: 'U',
    briefRef: '§12',
    notes: {
      en: 'Known from a single practitioner summary only: existence, dates and content are U.',
      zh: '仅见于单一从业者摘要：其存在、日期和内容均为U。',
    },
  },

  // ─── Sector rules ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'NDRC-ORDER-27',
    kind: 'departmental-rule',
    name: { en: 'Provisions on Security Protection of Power Monitoring Systems', zh: '《电力监控系统安全防护规定》' },
    short: 'NDRC Order No. 27',
    issuer: 'NDRC',
    docNumber: 'NDRC Order No. 27',
    adopted: '2024-11-25',
    effective: '2025-01-01',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§0.3, §13',
    notes: {
      en:
        'Replaces NDRC Order No. 14 (2014). Art. 2 reaches R&D and product-manufacturing units (vendors). Art. 3: ' +
        'zoning, dedicated networks, horizontal isolation, vertical authentication. Product-route and remote-access ' +
        'clause wording U.',
      zh: '取代国家发展改革委2014年第14号令。第二条适用于研发、产品制造等单位（即供应商）。第三条："安全分区、网络专用、横向隔离、纵向认证"。产品技术路线及远程访问条款的最终措辞为U。',
    },
  },
  {
    id: 'NDRC-ORDER-14',
    kind: 'departmental-rule',
    name: { en: 'Provisions on Security Protection of Power Monitoring Systems (2014)', zh: '电力监控系统安全防护规定（2014年，第14号令）' },
    short: 'NDRC Order No. 14',
    issuer: 'NDRC',
    docNumber: 'NDRC Order No. 14',
    adopted: '2014',
    effective: '2014-09-01',
    status: 'repealed',
    replacedBy: 'NDRC-ORDER-27',
    historical: true,
    confidence: 'WR',
    briefRef: '§0.3, §13',
    notes: { en: 'Replaced by NDRC Order No. 27 from 2025-01-01.', zh: '自2025-01-01起被第27号令取代。' },
  },
  {
    id: 'MOH-2011-85',
    kind: 'normative-document',
    name: {
      en: 'Guiding Opinions on MLPS Work in the Health Sector',
      zh: '《卫生行业信息安全等级保护工作的指导意见》',
    },
    short: 'MOH 2011 No. 85',
    issuer: 'Ministry of Health',
    docNumber: '卫办发〔2011〕85号',
    adopted: '2011-11-29',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§1.4, §13',
    notes: {
      en:
        'Core business systems of tertiary-A hospitals and national, provincial and municipal health information ' +
        'platforms ≥ L3. Dated 2011-11-29 (§1.4); gov.cn published it on 2011-12-09 (§20).',
      zh: '三级甲等医院核心业务系统及国家、省、市级卫生信息平台不低于第三级。成文日期2011-11-29（第1.4节）；中国政府网于2011-12-09发布（第20节）。',
    },
  },
  {
    id: 'MOH-2011-1126',
    kind: 'normative-document',
    name: { en: 'MOH General Office letter on health-sector MLPS', zh: '卫生部办公厅关于卫生行业等级保护的函（卫办综函〔2011〕1126号）' },
    short: 'MOH 2011 No. 1126',
    issuer: 'Ministry of Health (General Office)',
    docNumber: '卫办综函〔2011〕1126号',
    adopted: '2011',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§1.4',
    notes: { en: 'Cited with 85号 for the health-sector L3 floor.', zh: '与85号文一并作为卫生行业第三级下限的依据。' },
  },
  {
    id: 'MOF-MIIT-PROCUREMENT-2023',
    kind: 'normative-document',
    name: {
      en: 'MOF/MIIT government-procurement requirements for desktop and laptop computers',
      zh: '财政部、工业和信息化部台式计算机和便携式计算机政府采购需求标准',
    },
    short: 'MOF/MIIT procurement 2023',
    issuer: 'MOF, MIIT',
    adopted: '2023-12-26',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§13',
    notes: {
      en:
        'CPUs and operating systems must pass 安全可靠测评 (central, provincial and municipal bodies; county and ' +
        'township exempt). Known from FT/Asia Times/Reuters reporting (2024-03).',
      zh: 'CPU和操作系统须通过安全可靠测评（适用于中央、省、市级单位；县乡两级除外）。内容来自金融时报、亚洲时报和路透社报道（2024年3月）。',
    },
  },
  {
    id: 'CNITSEC-LISTS-2023',
    kind: 'normative-document',
    name: { en: 'CNITSEC "secure and reliable" evaluation result lists', zh: '中国信息安全测评中心安全可靠测评结果公告' },
    short: 'CNITSEC lists 2023',
    issuer: 'CNITSEC (under the MSS)',
    adopted: '2023-12-26',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§13',
    notes: {
      en: '18 CPUs, 6 operating systems and 11 centralised databases passed, all Chinese.',
      zh: '通过测评的有18款CPU、6款操作系统和11款集中式数据库，均为国产。',
    },
  },
  {
    id: 'CYBERSECURITY-LABEL-DRAFT-2025',
    kind: 'departmental-rule',
    name: { en: 'Cybersecurity Label Administrative Measures (draft for comment)', zh: '《网络安全标识管理办法（征求意见稿）》' },
    short: 'Cybersecurity Label draft 2025',
    issuer: 'CAC, MIIT (draft)',
    adopted: '2025-11-21',
    status: 'draft',
    historical: true,
    confidence: 'WR',
    briefRef: '§0.3, §13',
    notes: {
      en:
        'Draft of 2025-11-21, comments closed 2025-12-06; a draft, not law. First catalogue: home network cameras. ' +
        'Voluntary participation; three tiers. A final version (国信办发文〔2026〕4号) is reported but unverified (U), ' +
        'so this draft is the best-supported text.',
      zh: '2025-11-21征求意见稿，意见反馈截至2025-12-06；为草案，不是法律。首批目录：家用网联摄像头。自愿参与；分三级。据报道已有正式版本（国信办发文〔2026〕4号），但未经核实（U），因此本草案是依据最充分的文本。',
    },
  },
  {
    id: 'CYBERSECURITY-LABEL-2026',
    kind: 'departmental-rule',
    name: { en: 'Cybersecurity Label Administrative Measures (reported final)', zh: '《网络安全标识管理办法》' },
    short: 'Cybersecurity Label Measures 2026',
    issuer: 'CAC, MIIT (reported)',
    docNumber: '国信办发文〔2026〕4号',
    adopted: '2026-04',
    status: 'in-force',
    historical: false,
    confidence: 'U',
    briefRef: '§0.3, §13',
    notes: {
      en: 'Reported for about April 2026; content, and whether it is voluntary or mandatory, are U.',
      zh: '据报道约于2026年4月发布；其内容以及属自愿性还是强制性均为U。',
    },
  },
  {
    id: 'MIIT-2017-32',
    kind: 'normative-document',
    name: { en: 'MIIT notice on regulating internet access services', zh: '工信部关于清理规范互联网网络接入服务市场的通知' },
    short: 'MIIT 2017 No. 32',
    issuer: 'MIIT',
    docNumber: '工信部信管函〔2017〕32号',
    adopted: '2017',
    status: 'in-force',
    historical: false,
    confidence: 'U',
    briefRef: '§17.4 (MR-05)',
    notes: {
      en: 'Cross-border tunnels must use licensed basic telecom operators (U).',
      zh: '跨境专线须通过持牌基础电信运营商（U）。',
    },
  },

  // ─── History ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'CBRC-2014-39',
    kind: 'normative-document',
    name: {
      en: 'Guiding Opinions on Applying Secure and Controllable IT to Strengthen Banking Cybersecurity and Informatisation',
      zh: '《关于应用安全可控信息技术加强银行业网络安全和信息化建设的指导意见》',
    },
    short: 'CBRC 2014 No. 39',
    issuer: 'CBRC with three other departments',
    docNumber: '银监发〔2014〕39号',
    adopted: '2014-09-03',
    status: 'suspended',
    historical: true,
    confidence: 'WR',
    briefRef: '§14',
    notes: {
      en:
        '75% of banking IT "secure and controllable" by 2019. The CBRC banking IT rules were suspended in April 2015 ' +
        'after foreign pressure and not publicly reinstated. History only.',
      zh: '要求到2019年银行业75%的信息技术"安全可控"。银监会银行业信息技术规则于2015年4月在外方压力下暂停执行，未公开恢复。仅供历史参考。',
    },
  },
  {
    id: 'CBRC-2014-317',
    kind: 'normative-document',
    name: {
      en: 'Guide to Promoting Secure and Controllable IT in Banking (2014–2015)',
      zh: '《银行业应用安全可控信息技术推进指南（2014–2015年度）》',
    },
    short: 'CBRC 2014 No. 317',
    issuer: 'CBRC General Office',
    docNumber: '银监办发〔2014〕317号',
    adopted: '2014-12-26',
    status: 'suspended',
    historical: true,
    confidence: 'WR',
    briefRef: '§14',
    notes: {
      en:
        'Required source code of software used by banks to be filed with the CBRC. Suspended in April 2015 ' +
        '(USCBC: "temporarily suspended and under review"); not publicly reinstated. Never cite as current law.',
      zh: '要求银行所用软件的源代码向银监会备案。2015年4月暂停执行（美中贸易全国委员会称"暂停并审议中"），未公开恢复。不得作为现行法律引用。',
    },
  },
  {
    id: 'CTL-DRAFT-2014',
    kind: 'law',
    name: { en: 'Counter-Terrorism Law (first draft, 2014)', zh: '反恐怖主义法（草案）（2014年一审稿）' },
    short: 'CTL draft 2014',
    issuer: 'NPCSC (draft)',
    adopted: '2014-11-03',
    status: 'draft',
    replacedBy: 'CTL',
    historical: true,
    confidence: 'WR',
    briefRef: '§14',
    notes: {
      en:
        'Would have required server/data localisation, technical interfaces ("backdoors") by design and, as reported, ' +
        'encryption keys. The final 2015 law dropped localisation and backdoor-by-design but kept "technical ' +
        'interfaces and decryption" support (Art. 18). Described as key disclosure, not source-code filing.',
      zh: '曾要求服务器和数据本地化、在设计中预留技术接口（"后门"），据报道还要求提交加密密钥。2015年正式法律删除了本地化和设计后门要求，但保留了"技术接口和解密"支持义务（第十八条）。通常被描述为密钥披露，而非源代码备案。',
    },
  },

  // ─── Foreign instruments cited for conflicts ──────────────────────────────────────────────────────────────
  {
    id: 'EU-CRA',
    kind: 'regulation',
    name: { en: 'EU Cyber Resilience Act', zh: '欧盟《网络韧性法案》' },
    short: 'EU CRA',
    issuer: 'European Union',
    status: 'in-force',
    historical: false,
    confidence: 'WR',
    briefRef: '§9',
    notes: {
      en:
        'Art. 14 reporting applies from 2026-09-11 and conflicts with the PRC ban on giving undisclosed ' +
        'vulnerabilities to overseas parties (Vulnerability Provisions Art. 9(7)).',
      zh: '第14条报告义务自2026-09-11起适用，与中国禁止向境外提供未公开漏洞信息的规定（漏洞管理规定第九条第七项）相冲突。',
    },
  },
];

const BY_ID: ReadonlyMap<InstrumentId, Instrument> = new Map(INSTRUMENTS.map((i) => [i.id, i]));

/** Returns the instrument with the given id; throws if the table lacks it (a programming error). */
export function instrumentById(id: InstrumentId): Instrument {
  const found = BY_ID.get(id);
  if (found === undefined) throw new Error(`Unknown instrument id: ${id}`);
  return found;
}
