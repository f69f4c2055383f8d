/**
 * What "a worse answer" means, field by field: the ordering behind the scores' monotonicity promise (a worse
 * answer never lowers a score), checked by a property test over random profiles. Ranks compare definite answers
 * only (`unknown` is not ranked: it is an open question, not a better or worse answer). Values left out of a rank
 * table are not comparable with the others, and nominal fields (category, sector, function, delivery model …) are
 * not ordered at all, because a different answer there changes which rules apply rather than how badly.
 */

/** How the answers of one field are ordered from better to worse. */
export type Ordering =
  /** Higher rank is worse; values without a rank are not comparable. */
  | { readonly kind: 'rank'; readonly ranks: Readonly<Record<string, number>>; readonly why: string }
  /** `true` is worse than `false`. */
  | { readonly kind: 'boolean'; readonly why: string }
  /** For sets: a superset is worse (more flows, more functions, more contents). */
  | { readonly kind: 'superset'; readonly why: string };

/** The ordering table. Fields absent here are nominal. */
export const WORSE_ORDER: Readonly<Record<string, Ordering>> = {
  'vendor.china_presence': {
    kind: 'rank',
    ranks: { none: 0, distributor_only: 0, rep_office: 1, wfoe: 2, jv_foreign_controlled: 2, jv_chinese_controlled: 2, licensed_local_partner: 2 },
    why: 'an organisation in China is within reach of inspection and cooperation duties; an operating entity more so',
  },
  'vendor.named_in_reported_restriction': { kind: 'rank', ranks: { no: 0, yes: 1 }, why: 'named vendors face de facto exclusion' },
  'vendor.review_status': { kind: 'rank', ranks: { none: 0, passed_review: 0, active_review: 1, failed_review: 1 }, why: 'an open or failed review threatens exclusion' },
  'vendor.staff_in_china': { kind: 'rank', ranks: { none: 0, sales_only: 0, support_engineering: 1, r_and_d: 1 }, why: 'engineering staff in China are within reach' },
  'product.network_connected': { kind: 'boolean', why: 'a connected product can be scanned remotely and must report vulnerabilities' },
  'product.catalogue_status': { kind: 'rank', ranks: { not_in_catalogue: 0, in_catalogue_below_threshold: 0, in_catalogue_above_threshold: 1 }, why: 'listed products need certification before sale' },
  'product.customization': {
    kind: 'rank',
    ranks: { cots: 0, configured: 0, customized_for_customer: 1 },
    why: 'custom work brings the source-code clauses; bespoke development is not ranked because it moves selection testing (CT-03) to SC-01/SC-02',
  },
  'product.crypto_functions': { kind: 'superset', why: 'more crypto functions, more crypto regulation' },
  'product.crypto_sm_support': { kind: 'rank', ranks: { default: 0, optional: 0, none: 1 }, why: 'without SM algorithms crypto assessment fails at level 3+' },
  'product.crypto_cn_certified': { kind: 'rank', ranks: { yes: 0, n_a: 0, in_progress: 1, no: 1 }, why: 'an uncertified crypto product still faces lab testing' },
  'product.vendor_cloud_location': {
    kind: 'rank',
    ranks: { none: 0, cn: 1, offshore: 1, both: 2 },
    why: 'a vendor cloud in China is within PRC reach, an offshore one means export; both is both (cn and offshore are not compared)',
  },
  'product.telemetry': { kind: 'rank', ranks: { none: 0, cn_only: 0, metadata_offshore: 1, content_offshore: 2 }, why: 'content sent offshore breaks localisation' },
  'product.key_custody': { kind: 'rank', ranks: { customer: 0, n_a: 0, cn_partner: 1, vendor: 1 }, why: 'the key holder is within reach (vendor and partner are not compared)' },
  'customer.type': {
    kind: 'rank',
    ranks: { individual_consumers: 0, private_domestic: 0, foreign_invested: 0, public_institution: 1, soe_central: 1, soe_local: 1, party_government_organ: 2 },
    why: 'state customers bring procurement and localisation rules; government organs most',
  },
  'customer.cii_status': { kind: 'rank', ranks: { not_cii: 0, likely: 1, identified: 2 }, why: 'CII brings review, inspection, crypto and localisation duties (invariant I-5)' },
  'customer.is_telecom_or_isp': { kind: 'boolean', why: 'telecom operators and ISPs owe interfaces and decryption support' },
  'customer.hospital_tier': { kind: 'rank', ranks: { other: 0, n_a: 0, tertiary_a: 1 }, why: 'tertiary-A hospital core systems have a level-3 floor' },
  'system.graded_in_cn': { kind: 'boolean', why: 'a graded system brings the MLPS rules' },
  'system.max_hosted_level': { kind: 'rank', ranks: { none: 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 }, why: 'a platform is graded at least at what it hosts' },
  'system.harm_object_max': { kind: 'rank', ranks: { citizens: 0, social_order: 1, national_security: 2 }, why: 'both matrices rise down the rows' },
  'system.harm_degree_max': { kind: 'rank', ranks: { general: 0, serious: 1, especially_serious: 2 }, why: 'both matrices rise along the columns' },
  'system.declared_mlps': { kind: 'rank', ranks: { none: 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 }, why: 'a higher declared level raises the maximum' },
  'system.extensions': { kind: 'superset', why: 'each extension adds requirements' },
  'data.pi_subjects': { kind: 'rank', ranks: { none: 0, lt_100k: 1, '100k_1m': 2, gt_1m: 3 }, why: 'volume thresholds of the export and localisation rules' },
  'data.sensitive_pi_subjects': { kind: 'rank', ranks: { none: 0, lt_10k: 1, gte_10k: 2 }, why: 'sensitive-PI thresholds of the export rules' },
  'data.important_data': { kind: 'rank', ranks: { no: 0, likely: 1, notified: 2 }, why: 'important data floors the level at 3' },
  'data.core_data': { kind: 'rank', ranks: { no: 0, yes: 1 }, why: 'core data floors the level at 4' },
  'data.sector_localisation': { kind: 'superset', why: 'each sector rule adds a localisation duty' },
  'data.storage_location': { kind: 'rank', ranks: { cn: 1, offshore: 1, both: 2 }, why: 'data in China is within reach, data offshore is exported; both is both (cn and offshore are not compared)' },
  'data.cross_border': { kind: 'superset', why: 'more flows, more export pathways' },
  'ops.remote_maintenance': { kind: 'rank', ranks: { none: 0, onsite_cn_staff: 0, remote_from_cn: 1, remote_from_abroad: 2 }, why: 'remote O&M, from abroad especially, is regulated access' },
  'ops.vendor_privileged_access': { kind: 'boolean', why: 'privileged access is a path to data' },
  'ops.vuln_process': { kind: 'rank', ranks: { cn_integrated: 0, none: 0, global_only: 1 }, why: 'a global-only process conflicts with the overseas-sharing ban' },
  'ops.offers_service_in_cn': { kind: 'boolean', why: 'operating a service in China makes the vendor a network operator' },
  'travel.devices_into_cn': { kind: 'boolean', why: 'devices taken in can be inspected' },
  'travel.device_contents': { kind: 'superset', why: 'more sensitive contents, more exposure' },
};

function levelKey(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** True when answer `b` is strictly worse than answer `a` for this field (both definite); false when not comparable. */
export function isWorse(path: string, a: unknown, b: unknown): boolean {
  const order = WORSE_ORDER[path];
  if (!order) return false;
  switch (order.kind) {
    case 'boolean':
      return a === false && b === true;
    case 'superset': {
      if (!Array.isArray(a) || !Array.isArray(b)) return false;
      const sa = new Set((a as string[]).filter((x) => x !== 'none'));
      const sb = new Set((b as string[]).filter((x) => x !== 'none'));
      return sb.size > sa.size && [...sa].every((x) => sb.has(x));
    }
    case 'rank': {
      const ka = levelKey(a);
      const kb = levelKey(b);
      const ra = ka === undefined ? undefined : order.ranks[ka];
      const rb = kb === undefined ? undefined : order.ranks[kb];
      return ra !== undefined && rb !== undefined && rb > ra;
    }
  }
}
