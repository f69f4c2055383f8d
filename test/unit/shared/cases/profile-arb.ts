/**
 * The profile generator the invariant tests run on: the engine helper's random valid profiles, mixed so that every
 * kind appears often: sparse profiles (sections and fields missing, `unknown` answers), complete profiles with
 * overridden derived fields, and fully answered profiles without any `unknown`.
 */
import fc from 'fast-check';
import { fullProfileArb, profileArb } from '../arbitraries';
import type { ProfileAnswers } from '../../../../shared/review/types';

export const anyProfile: fc.Arbitrary<ProfileAnswers> = fc.oneof(
  profileArb(),
  profileArb({ overrides: true, allSections: true }),
  fullProfileArb(),
);
