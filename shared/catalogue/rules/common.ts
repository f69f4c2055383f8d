/**
 * Conditions and citations that several rule families share, written once as data (no logic).
 */
import type { Condition } from '../rule-types';
import { CATALOGUE_CATS, CII_YES, CUSTOMIZATION_CATS } from '../rule-types';
import type { LegalRef, LocalText } from '../types';

/** "All MLPS-based triggers implicitly require `system.graded_in_cn = true`" (brief §17 notation). */
export const GRADED: Condition = { field: 'system.graded_in_cn', op: 'isTrue' };

export const LMAX_GTE_2: Condition = { field: 'mlps.level_max', op: 'gte', value: 2 };
export const LMAX_GTE_3: Condition = { field: 'mlps.level_max', op: 'gte', value: 3 };
export const LMAX_GTE_4: Condition = { field: 'mlps.level_max', op: 'gte', value: 4 };

/** `customer.cii_status ∈ {identified, likely}` (unknown → REVIEW). */
export const CII: Condition = { field: 'customer.cii_status', op: 'in', value: CII_YES };

/** `product.customization ∈ {customized_for_customer, bespoke_development}`. */
export const CUSTOM: Condition = { field: 'product.customization', op: 'in', value: CUSTOMIZATION_CATS };

export const FOREIGN: Condition = { field: 'vendor.foreign_controlled', op: 'isTrue' };
export const INFOSEC: Condition = { field: 'product.is_infosec_product', op: 'isTrue' };
export const CRYPTO_PRODUCT: Condition = { field: 'product.is_crypto_product', op: 'isTrue' };
export const HAS_CRYPTO: Condition = { field: 'product.crypto_functions', op: 'notNone' };
export const DATA_IN_CN: Condition = { field: 'data.storage_location', op: 'in', value: ['cn', 'both'] };
export const PRIVILEGED: Condition = { field: 'ops.vendor_privileged_access', op: 'isTrue' };
export const VENDOR_CLOUD_OFFSHORE: Condition = { field: 'product.vendor_cloud_location', op: 'in', value: ['offshore', 'both'] };

/**
 * The catalogue condition of CT-05 and VU-02 (brief §17.3): listed when `in_catalogue_above_threshold`; an unknown
 * status leaves it open only for categories in CATALOGUE_CATS, and counts as not listed for any other category.
 */
export const CATALOGUE_LISTED: Condition = {
  any: [
    { field: 'product.catalogue_status', op: 'eq', value: 'in_catalogue_above_threshold', unknownAs: false },
    {
      unknownIf: { all: [{ field: 'product.catalogue_status', op: 'isUnknown' }, { field: 'product.category', op: 'in', value: CATALOGUE_CATS }] },
      ground: 'unknown-answer',
      note: 'Catalogue status unknown for a category that may be listed in the 2023 catalogue.',
    },
  ],
};

/** Cybersecurity Law citations carry both numberings (brief §0.2, invariant I-10). */
export const CSL_21_23: LegalRef = { instrument: 'CSL', cslArticles: { y2017: '21', y2026: '23' }, confidence: 'VS' };
export const CSL_22_24: LegalRef = { instrument: 'CSL', cslArticles: { y2017: '22', y2026: '24' }, confidence: 'VS' };
export const CSL_28_30: LegalRef = { instrument: 'CSL', cslArticles: { y2017: '28', y2026: '30' }, confidence: 'VS' };

/** Invariant I-8: carried by every SC-06 and IN-07 finding. */
export const CRYPTO_SOURCE_CODE_BAR: LocalText = {
  en: 'Crypto authorities and other departments may not require disclosure of source code or other crypto-related proprietary information (Cryptography Law Art. 31(2); Commercial Cryptography Administration Regulations Art. 47(2)).',
  zh: '密码管理部门和有关部门不得要求披露源代码等密码相关专有信息（《密码法》第三十一条第二款；《商用密码管理条例》第四十七条第二款）。',
};
