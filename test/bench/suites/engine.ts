/**
 * Engine suite: 10,000 random valid profiles (fixed seed) validated, then validated and assessed. Reports profiles
 * per second for each and the cost of assessing relative to validating, against the targets of issue 3
 * (assess ≤ 5× validate; ≥ 20,000 profiles/s on one core). Informational: it never fails the run.
 */
import fc from 'fast-check';
import { assess } from '../../../shared/engine/assess';
import { validateProfile } from '../../../shared/profile/validate';
import { fullProfileArb, profileArb } from '../../unit/shared/arbitraries';
import { formatResults, runInterleaved, targetLine, type BenchSuite } from '../harness';

/** 10,000 profiles; BENCH_PROFILES=n runs a quicker (or longer) sample with the same seed. */
export const ENGINE_PROFILES = Number(process.env['BENCH_PROFILES'] ?? 10_000);
export const ENGINE_SEED = 20_261_101;
/** Measured rounds (each validates, and validates + assesses, every profile once). */
const ROUNDS = 5;

/** Sparse, all-sections-with-unknowns and fully answered profiles, in equal parts. */
function sampleProfiles(): unknown[] {
  const arb = fc.oneof(profileArb(), profileArb({ allSections: true, overrides: true }), fullProfileArb());
  return fc.sample(arb, { numRuns: ENGINE_PROFILES, seed: ENGINE_SEED });
}

export const engineSuite: BenchSuite = {
  name: 'engine',
  description: `validate vs validate+assess over ${ENGINE_PROFILES.toLocaleString('en-US')} random valid profiles (seed ${ENGINE_SEED})`,
  run: ({ log }) => {
    const profiles = sampleProfiles();
    const invalid = profiles.filter((p) => !validateProfile(p).ok).length;
    if (invalid > 0) log(`note: ${invalid} sampled profiles did not validate (the arbitrary should give only valid ones)`);

    const results = runInterleaved(
      [
        {
          name: 'validate',
          items: profiles.length,
          run: () => {
            let ok = 0;
            for (const p of profiles) if (validateProfile(p).ok) ok++;
            return ok;
          },
        },
        {
          name: 'validate+assess',
          items: profiles.length,
          run: () => {
            let findings = 0;
            for (const p of profiles) {
              const v = validateProfile(p);
              if (v.ok) findings += assess(v.profile).findings.length;
            }
            return findings;
          },
        },
      ],
      { rounds: ROUNDS, warmupRounds: 1, baseline: 'validate' },
    );
    log(formatResults(results, 'validate'));
    const full = results.find((r) => r.name === 'validate+assess');
    if (full !== undefined) {
      log('');
      log(targetLine('validate+assess ÷ validate (CPU time)', full.ratio, '<=', 5, '×'));
      log(targetLine('validate+assess throughput (one core, CPU time)', full.perSecond ?? 0, '>=', 20_000, ' profiles/s'));
    }
  },
};
