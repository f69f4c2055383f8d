// Property tests (fast-check) run from a fixed seed by default, so `npm test` answers the same on every run and a red
// CI run always means a change broke something, never an unlucky draw. To explore new inputs, run
// `FC_SEED=random npm run test:unit` (or FC_SEED=<n> to replay the seed a failure printed) and pin every failure it
// finds as a regression test with the counterexample.
import fc from 'fast-check';

const requested = process.env['FC_SEED'];
if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? 20_261_128 : Number(requested);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${requested}".`);
  fc.configureGlobal({ seed });
}
