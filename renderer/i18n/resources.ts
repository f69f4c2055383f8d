/**
 * All UI strings, bundled (no HTTP backend: the app never fetches anything). One namespace per feature; add a
 * feature by adding `<ns>.json` in both locale folders and listing it here. A test checks both languages have the
 * same keys.
 */
import enCatalogue from './locales/en/catalogue.json';
import enCommon from './locales/en/common.json';
import enEvidence from './locales/en/evidence.json';
import enReview from './locales/en/review.json';
import enResults from './locales/en/results.json';
import enReviews from './locales/en/reviews.json';
import enSettings from './locales/en/settings.json';
import enTransfer from './locales/en/transfer.json';
import enWorkspace from './locales/en/workspace.json';
import zhCatalogue from './locales/zh-CN/catalogue.json';
import zhCommon from './locales/zh-CN/common.json';
import zhEvidence from './locales/zh-CN/evidence.json';
import zhReview from './locales/zh-CN/review.json';
import zhResults from './locales/zh-CN/results.json';
import zhReviews from './locales/zh-CN/reviews.json';
import zhSettings from './locales/zh-CN/settings.json';
import zhTransfer from './locales/zh-CN/transfer.json';
import zhWorkspace from './locales/zh-CN/workspace.json';

export const resources = {
  en: { common: enCommon, reviews: enReviews, review: enReview, catalogue: enCatalogue, settings: enSettings, workspace: enWorkspace, results: enResults, transfer: enTransfer, evidence: enEvidence },
  'zh-CN': { common: zhCommon, reviews: zhReviews, review: zhReview, catalogue: zhCatalogue, settings: zhSettings, workspace: zhWorkspace, results: zhResults, transfer: zhTransfer, evidence: zhEvidence },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
