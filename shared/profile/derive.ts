/**
 * The derived profile fields of brief §15 (`vendor.foreign_controlled`, `product.is_infosec_product`,
 * `product.is_crypto_product`), computed three-valued from the answers they depend on.
 */
import { CRYPTO_CATS, INFOSEC_CATS } from '../catalogue/rule-types';
import type { FieldValue } from './types';
import { UNKNOWN } from './types';

/** `true` if the vendor's headquarters are outside mainland China (brief §15.1); `'unknown'` if not answered. */
export function deriveForeignControlled(hq: FieldValue | undefined): boolean | 'unknown' {
  if (typeof hq !== 'string' || hq === UNKNOWN) return UNKNOWN;
  return hq !== 'CN';
}

/** `true` for the information-security categories of brief §15.2 (crypto products are not included). */
export function deriveIsInfosecProduct(category: FieldValue | undefined): boolean | 'unknown' {
  if (typeof category !== 'string' || category === UNKNOWN) return UNKNOWN;
  return INFOSEC_CATS.includes(category);
}

/**
 * `true` if the category is a crypto product (`crypto_library_sdk`, `crypto_hardware_hsm`, `vpn_gateway`) or the
 * crypto functions include `crypto_core` (brief §15.2); `'unknown'` when neither answer settles it.
 */
export function deriveIsCryptoProduct(category: FieldValue | undefined, cryptoFunctions: FieldValue | undefined): boolean | 'unknown' {
  const byCategory = typeof category === 'string' && category !== UNKNOWN ? CRYPTO_CATS.includes(category) : UNKNOWN;
  const byFunctions = Array.isArray(cryptoFunctions) ? cryptoFunctions.includes('crypto_core') : UNKNOWN;
  if (byCategory === true || byFunctions === true) return true;
  if (byCategory === UNKNOWN || byFunctions === UNKNOWN) return UNKNOWN;
  return false;
}
