/** The real command in a child process (`tsx cli/assess.ts`): exit statuses 0, 2 (invalid / usage) and stdout. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT, tempDir } from './support';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

function assessCommand(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [tsxCli, 'cli/assess.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run assess (child process)', () => {
  it('exits 0 with the JSON assessment, 2 for an invalid profile, 2 for bad usage', () => {
    const ok = assessCommand(join(FIXTURES, 'ac-12.yaml'), '--format', 'json');
    expect(ok.status, ok.stderr).toBe(0);
    const parsed = JSON.parse(ok.stdout) as { findings: { ruleId: string }[]; mlps: { levelMin: number } };
    expect(parsed.mlps.levelMin).toBe(1);
    expect(parsed.findings.map((f) => f.ruleId).sort()).toEqual(['G-01', 'VU-01', 'VU-03']);

    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ vendor: { hq_jurisdiction: 'Atlantis' } }));
    const invalid = assessCommand(bad);
    expect(invalid.status).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('vendor.hq_jurisdiction');

    const usage = assessCommand();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Usage:/);
  }, 120_000);
});
