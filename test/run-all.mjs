// `npm test`: every check a change must pass, in the order a failure is cheapest to find.
// Ends with one line "N passed, N failed[, N skipped]" that sums every runner, for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
// Names and first message lines of failed tests, repeated at the very end so that the tail of a CI log says what failed.
const failedTests = [];
const firstLines = (text, n = 6) => String(text ?? '').replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').split('\n').slice(0, n).map((l) => `      ${l}`).join('\n');
mkdirSync('test-results', { recursive: true });

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failedSteps.push(name);
  return r.status === 0;
}

// A step that is not a test runner counts as one check.
function check(name, cmd, args) {
  if (run(name, cmd, args)) results.passed++;
  else results.failed++;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  results.passed += j.numPassedTests ?? 0;
  results.failed += j.numFailedTests ?? 0;
  results.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  // A suite that failed to load has no test results: count it as a failure so it is never silent.
  for (const s of j.testResults ?? []) {
    if (s.status === 'failed' && (s.assertionResults ?? []).length === 0) {
      results.failed++;
      failedTests.push(`  ${s.name}: failed to load\n${firstLines(s.message)}`);
    }
    for (const a of s.assertionResults ?? []) {
      if (a.status === 'failed') failedTests.push(`  ${s.name} > ${a.fullName}\n${firstLines((a.failureMessages ?? []).join('\n'))}`);
    }
  }
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const s = j.stats ?? {};
  results.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  results.failed += s.unexpected ?? 0;
  results.skipped += s.skipped ?? 0;
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue;
        const last = (t.results ?? []).at(-1);
        failedTests.push(`  ${spec.file}:${spec.line} > ${[...trail, spec.title].join(' > ')}\n${firstLines(last?.error?.message)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
  };
  for (const suite of j.suites ?? []) walk(suite, []);
  return true;
}

const npx = 'npx';
check('typecheck', 'node', ['test/typecheck.mjs']);
check('lint', npx, ['eslint', '.', '--max-warnings', '0']);

rmSync('test-results/vitest.json', { force: true });
const unitOk = run('unit and component tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
if (!countVitest('test-results/vitest.json') && !unitOk) results.failed++;

const buildOk = run('build renderer', npx, ['vite', 'build']) & run('build electron main and preload', npx, ['vite', 'build', '-c', 'vite.electron.config.ts']);
if (buildOk) results.passed++;
else results.failed++;

if (buildOk) {
  for (const [name, config, out] of [
    ['end-to-end (Chromium, built renderer)', 'playwright.config.ts', 'test-results/e2e-results.json'],
    ['end-to-end (Electron, real binary if present)', 'playwright.electron.config.ts', 'test-results/e2e-electron-results.json'],
  ]) {
    if (!existsSync(config)) continue;
    rmSync(out, { force: true });
    const ok = run(name, npx, ['playwright', 'test', '-c', config]);
    if (!countPlaywright(out) && !ok) results.failed++;
  }
}

console.log('');
if (failedTests.length) console.log(`Failed tests:\n${failedTests.join('\n')}`);
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed || failedSteps.length ? 1 : 0);
