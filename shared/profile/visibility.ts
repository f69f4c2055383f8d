/**
 * Which questionnaire questions can matter, given the answers so far (pure). A question is hidden when another
 * answer makes it irrelevant: follow-up questions appear once their trigger is answered (hospital tier for a
 * healthcare customer, highest hosted level for a platform, device contents and posture when devices go into China);
 * detail questions disappear once an answer rules them out (crypto details with no crypto functions, the graded
 * system's details when it is not graded in China, sensitive PI when no PI is processed). Hidden answers are kept in
 * the profile: the questionnaire shows them as "not applicable" and they return when the trigger changes back.
 */
import type { ProfileAnswers } from '../review/types';
import { PROFILE_FIELDS } from './fields';

/** Why a question is hidden; the UI words each reason. */
export type HiddenReason = 'not-healthcare' | 'no-crypto' | 'not-graded' | 'not-platform' | 'no-devices' | 'no-pi';

interface VisibilityRule {
  readonly reason: HiddenReason;
  /** The answer the rule reads. */
  readonly dependsOn: readonly string[];
  readonly fields: readonly string[];
  /** True when the fields are hidden. */
  readonly hides: (answer: (path: string) => unknown) => boolean;
}

const NONE_SET = (v: unknown): boolean => Array.isArray(v) && v.every((x) => x === 'none');

const SYSTEM_DETAILS = PROFILE_FIELDS.filter((d) => d.section === 'system' && d.key !== 'graded_in_cn').map((d) => d.path);

/** The visibility rules, in the order they are checked (the first that hides a field gives its reason). */
export const VISIBILITY_RULES: readonly VisibilityRule[] = [
  { reason: 'not-graded', dependsOn: ['system.graded_in_cn'], fields: SYSTEM_DETAILS, hides: (a) => a('system.graded_in_cn') === false },
  {
    reason: 'not-healthcare',
    dependsOn: ['customer.sector'],
    fields: ['customer.hospital_tier'],
    hides: (a) => a('customer.sector') !== 'healthcare',
  },
  {
    reason: 'no-crypto',
    dependsOn: ['product.crypto_functions'],
    fields: ['product.crypto_sm_support', 'product.crypto_cn_certified', 'product.key_custody'],
    hides: (a) => NONE_SET(a('product.crypto_functions')),
  },
  {
    reason: 'not-platform',
    dependsOn: ['product.category', 'system.function'],
    fields: ['system.max_hosted_level'],
    hides: (a) => a('product.category') !== 'cloud_platform' && a('system.function') !== 'platform_hosting',
  },
  {
    reason: 'no-devices',
    dependsOn: ['travel.devices_into_cn'],
    fields: ['travel.device_contents', 'travel.device_posture'],
    hides: (a) => a('travel.devices_into_cn') !== true,
  },
  { reason: 'no-pi', dependsOn: ['data.pi_subjects'], fields: ['data.sensitive_pi_subjects'], hides: (a) => a('data.pi_subjects') === 'none' },
];

/** The answer stored at `path` (`section.field`), or undefined when not answered. */
export function answerAt(answers: ProfileAnswers, path: string): unknown {
  const [section = '', field = ''] = path.split('.');
  return answers[section]?.[field];
}

/** The reason the question at `path` is hidden, or null when it is shown. */
export function hiddenReason(path: string, answers: ProfileAnswers): HiddenReason | null {
  const read = (p: string) => answerAt(answers, p);
  for (const rule of VISIBILITY_RULES) {
    if (rule.fields.includes(path) && rule.hides(read)) return rule.reason;
  }
  return null;
}

/** Whether the question at `path` can matter with these answers. */
export function isFieldVisible(path: string, answers: ProfileAnswers): boolean {
  return hiddenReason(path, answers) === null;
}

/** Every hidden question path with its reason. */
export function hiddenFields(answers: ProfileAnswers): ReadonlyMap<string, HiddenReason> {
  const out = new Map<string, HiddenReason>();
  for (const def of PROFILE_FIELDS) {
    const reason = hiddenReason(def.path, answers);
    if (reason !== null) out.set(def.path, reason);
  }
  return out;
}
