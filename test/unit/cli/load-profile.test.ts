/**
 * Reading profile files: JSON and YAML syntax errors name file, line and column; YAML is read as 1.2 so quoted
 * and unquoted "yes"/"no" are strings, while a boolean given for a yes/no answer is refused with the quoting hint;
 * an invalid profile lists every bad field with its allowed values.
 */
import { describe, expect, it } from 'vitest';
import { checkProfile, formatProblem, parseProfileText, profileStem } from '../../../cli/load-profile';
import type { Problem } from '../../../cli/load-profile';

function problemsOf(text: string, file: string): readonly Problem[] {
  const parsed = parseProfileText(text, file);
  if (!parsed.ok) return parsed.problems;
  const checked = checkProfile(parsed.raw, file);
  return checked.ok ? [] : checked.problems;
}

const VENDOR_YAML = (restriction: string): string => `vendor:\n  hq_jurisdiction: US\n  named_in_reported_restriction: ${restriction}\n`;

describe('syntax errors', () => {
  it('name the JSON file, line and column', () => {
    const problems = problemsOf('{\n  "vendor": {\n    "hq_jurisdiction": US\n  }\n}\n', 'acme.json');
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0] as Problem)).toBe('acme.json:3:24: JSON syntax error: unexpected "U"');
  });

  it('name the YAML file, line and column', () => {
    const problems = problemsOf('vendor:\n  hq_jurisdiction: [US\nproduct:\n  category: waf\n', 'acme.yaml');
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0] as Problem)).toMatch(/^acme\.yaml:3:1: YAML syntax error: Flow sequence .*must be sufficiently indented and end with a \]$/);
  });

  it('refuse duplicate YAML keys', () => {
    expect(problemsOf('vendor:\n  hq_jurisdiction: US\n  hq_jurisdiction: EU\n', 'dup.yml')[0]?.message).toMatch(/unique/i);
  });

  it('read a file with a byte-order mark', () => {
    expect(problemsOf('\uFEFF{"vendor": {"hq_jurisdiction": "US"}}', 'bom.json')).toEqual([]);
  });
});

describe('YAML "yes" and "no"', () => {
  it.each(['"no"', "'yes'", 'no', 'yes', 'unknown'])('accepts %s for a yes/no answer (YAML 1.2 keeps it a string)', (value) => {
    const parsed = parseProfileText(VENDOR_YAML(value), 'p.yaml');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkProfile(parsed.raw, 'p.yaml').ok).toBe(true);
  });

  it.each(['true', 'false'])('refuses the boolean %s with the hint to quote "yes"/"no"', (value) => {
    const problems = problemsOf(VENDOR_YAML(value), 'p.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('vendor.named_in_reported_restriction');
    expect(problems[0]?.message).toMatch(/quote/i);
    expect(problems[0]?.allowed).toEqual(expect.arrayContaining(['yes', 'no']));
  });
});

describe('invalid answers', () => {
  it('are all listed with their paths and allowed values', () => {
    const text = JSON.stringify({
      vendor: { hq_jurisdiction: 'Mars' },
      product: { category: 'toaster', crypto_functions: ['tls', 'rot13'] },
      system: { declared_mlps: 7 },
    });
    const problems = problemsOf(text, 'bad.json');
    expect(problems.map((p) => p.path).sort()).toEqual(['product.category', 'product.crypto_functions', 'system.declared_mlps', 'vendor.hq_jurisdiction']);
    const hq = problems.find((p) => p.path === 'vendor.hq_jurisdiction') as Problem;
    expect(hq.allowed).toEqual(expect.arrayContaining(['CN', 'US', 'EU', 'unknown']));
    expect(formatProblem(hq)).toMatch(/^bad\.json: vendor\.hq_jurisdiction: .*Mars.*\(allowed: CN, .*US.*\)$/);
  });

  it('refuse a profile that is not an object of sections', () => {
    expect(problemsOf('- vendor\n- product\n', 'list.yaml').length).toBeGreaterThan(0);
    expect(problemsOf('', 'empty.yaml').length).toBeGreaterThan(0);
  });
});

describe('profileStem', () => {
  it('drops the profile extension only', () => {
    expect(profileStem('dir/acme.v2.yaml')).toBe('acme.v2');
    expect(profileStem('acme.JSON')).toBe('acme');
  });
});
