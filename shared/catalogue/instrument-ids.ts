/**
 * Stable ids of every instrument the domain brief cites. Rules refer to instruments only by these ids; the
 * instruments table (instruments.ts) holds exactly one entry per id. Ids are never reused; add new ones at the end
 * of their group.
 */
export const INSTRUMENT_IDS = [
  // Laws (NPC / NPCSC)
  'CSL', // Cybersecurity Law 2017, amended 2025-10-28, renumbered from 2026-01-01
  'CSL-AMENDMENT-2025', // NPCSC Decision amending the CSL
  'CRYPTO-LAW', // Cryptography Law 2019
  'DSL', // Data Security Law 2021
  'PIPL', // Personal Information Protection Law 2021
  'NIL', // National Intelligence Law 2017/2018
  'CTL', // Counter-Terrorism Law 2015/2018
  'AEL', // Anti-Espionage Law (revised 2023)
  'NSL', // National Security Law 2015
  // State Council regulations
  'CII-REGS', // Decree No. 745 (2021)
  'CRYPTO-REGS-2023', // Commercial Cryptography Administration Regulations, Decree No. 760
  'CRYPTO-REGS-1999', // Decree No. 273 (replaced)
  'NDSMR', // Network Data Security Management Regulations, Decree No. 790
  'CREDIT-REGS-2013', // 征信业管理条例
  'MLPS-REGS-DRAFT-2018', // draft MLPS Regulations (not enacted)
  // MPS (public security)
  'MPS-2007-43', // 公通字〔2007〕43号 Administrative Measures for MLPS
  'MPS-2020-1960', // 公网安〔2020〕1960号 Guiding Opinions
  'MPS-2025-1001', // 公网安〔2025〕1001号
  'MPS-2025-1846', // 公网安〔2025〕1846号 with Q&A annex
  'MPS-2025-GRADING-TEMPLATE', // 2025 grading-report template
  'MPS-FILING-FORM', // MLPS filing form (备案表), items 07–08
  'MPS-ASSESSOR-RULES', // 信息安全等级保护测评工作管理规范（试行）
  'MPS-ORDER-151', // 2018, repealed by Order 176
  'MPS-ORDER-176', // 2026, in force 2026-10-01
  // Standards
  'GBT-22240-2020',
  'GBT-22240-2008',
  'TC260-GRADING-DRAFT-2018', // January 2018 draft revision of the grading guide
  'GBT-22239-2019',
  'GBT-22239-2008',
  'GBT-28448-2019',
  'GBT-25070-2019',
  'GBT-39204-2022',
  'GB-42250-2022',
  'GBT-39786-2021',
  'GMT-0028-2024',
  'GMT-0028-2014',
  'GMT-0039-2015',
  'GBT-32918', // SM2
  'GBT-32905-2016', // SM3
  'GBT-32907-2016', // SM4
  'GBT-38636-2020', // TLCP
  'GBT-43698-2024', // software supply-chain security (watch list)
  'GBT-47020-2026', // SBOM data format (watch list)
  'GAT-2182-2024', // CII security testing requirements
  'JRT-0071', // financial-sector MLPS guides
  // Equipment catalogue and certification
  'CATALOGUE-2017', // Announcement 2017 No. 1 (repealed)
  'CATALOGUE-2023', // 2023-07-03 adjusted catalogue
  'CNCA-2018-12', // bodies list
  'CATALOGUE-2022-1', // unified publication of results
  'SECURITY-PRODUCTS-2023-1', // 2023 No. 1 announcement
  'CRYPTO-CERT-CATALOGUE-2020', // SAMR/SCA commercial crypto product certification catalogue
  // Cybersecurity review
  'CRM-2022', // CAC Order No. 8
  'CRM-2020',
  'CRM-2017-TRIAL',
  'PRECEDENT-MICRON-2023',
  'PRECEDENT-PALO-ALTO-2026',
  'REPORT-DIRECTIVE-2026', // reported January 2026 directive (press reporting, not a published instrument)
  // Cryptography administration
  'SCA-ORDER-3', // 密评 Measures 2023
  'CII-CRYPTO-2025', // Provisions on Commercial Cryptography Use in CII
  'CRYPTO-IMPORT-2020-63', // MOFCOM/SCA/GACC Announcement 2020 No. 63
  // Vulnerability and incidents
  'MIIT-VULN-2021', // 工信部联网安〔2021〕66号
  'CAC-INCIDENT-2025',
  // MSS
  'MSS-ORDER-3', // administrative law-enforcement procedures 2024
  'MSS-CRIMINAL-PROCEDURES-2024',
  'MSS-STATEMENT-2024', // 2024-05-28 statement: targeted powers, not general border search
  // Data export and localisation
  'CAC-ORDER-11',
  'CAC-ORDER-13',
  'CAC-ORDER-16',
  'CAC-EXPORT-GUIDE-2024', // security-assessment declaration guide, 2nd ed.
  'NHFPC-2014-24', // population health information
  'PBOC-2011-17', // personal financial information
  'CAC-DATA-RISK-2026', // reported data security risk assessment measures (U)
  // Sector rules
  'NDRC-ORDER-27', // power monitoring systems 2024
  'NDRC-ORDER-14', // 2014, replaced
  'MOH-2011-85', // 卫办发〔2011〕85号
  'MOH-2011-1126', // 卫办综函〔2011〕1126号
  'MOF-MIIT-PROCUREMENT-2023', // 2023-12-26 secure-and-reliable procurement requirements
  'CNITSEC-LISTS-2023', // CNITSEC 安全可靠测评 lists
  'CYBERSECURITY-LABEL-DRAFT-2025',
  'CYBERSECURITY-LABEL-2026', // reported final 国信办发文〔2026〕4号 (U)
  'MIIT-2017-32', // 工信部信管函〔2017〕32号 internet access services
  // History
  'CBRC-2014-39',
  'CBRC-2014-317', // banking source-code filing guide, suspended 2015
  'CTL-DRAFT-2014', // first draft of the Counter-Terrorism Law (backdoor/localisation provisions dropped)
  // Foreign instruments cited for conflicts
  'EU-CRA', // EU Cyber Resilience Act Art. 14
] as const;

export type InstrumentId = (typeof INSTRUMENT_IDS)[number];
