/** Argument parsing of `npm run assess`: what runs, what is a usage error. */
import { describe, expect, it } from 'vitest';
import { parseCliArgs, usageText } from '../../../cli/args';

const FORMATS = ['json', 'md'];

describe('parseCliArgs', () => {
  it('takes one input with json as the default format', () => {
    expect(parseCliArgs(['p.yaml'], FORMATS)).toEqual({ kind: 'run', options: { input: 'p.yaml', format: 'json' } });
  });

  it('reads --format and --out, long and short', () => {
    expect(parseCliArgs(['dir', '--format', 'md', '--out', 'res'], FORMATS)).toEqual({ kind: 'run', options: { input: 'dir', format: 'md', out: 'res' } });
    expect(parseCliArgs(['-f', 'md', '-o', 'r.md', 'p.json'], FORMATS)).toEqual({ kind: 'run', options: { input: 'p.json', format: 'md', out: 'r.md' } });
  });

  it('reads --marking for report formats, trimmed', () => {
    expect(parseCliArgs(['p.yaml', '-f', 'md', '--marking', '  Privileged & Confidential '], FORMATS)).toEqual({
      kind: 'run',
      options: { input: 'p.yaml', format: 'md', marking: 'Privileged & Confidential' },
    });
  });

  it.each([
    [['a.json', '-f', 'md', '--marking', '  '], /--marking needs a text/],
    [['a.json', '-f', 'md', '--marking', 'x'.repeat(201)], /limited to 200/],
    [['a.json', '--marking', 'Confidential'], /not json/],
    [[], /one profile/],
    [['a.json', 'b.json'], /not 2/],
    [['a.json', '--format', 'pdfx'], /Unknown format "pdfx"; allowed: json, md/],
    [['a.json', '--colour'], /colour/],
    [['a.json', '--out'], /out/],
  ])('refuses %j as a usage error', (argv, message) => {
    const parsed = parseCliArgs(argv, FORMATS);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') expect(parsed.message).toMatch(message);
  });

  it('recognises --help and lists the formats in the usage text', () => {
    expect(parseCliArgs(['--help'], FORMATS)).toEqual({ kind: 'help' });
    expect(usageText(FORMATS)).toContain('json | md');
  });
});
