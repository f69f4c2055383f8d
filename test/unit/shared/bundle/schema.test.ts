// The published JSON Schemas (docs/schema/) and the generated font table equal what the generator writes today.
// When this fails, run `npx tsx cli/report-assets.ts --write` and commit the result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontSubsetsModule, REPO_ROOT, schemaFiles } from '../../../../cli/report-assets';
import { toBundleJson } from '../../../../shared/report/json';
import { validBundle } from './fixture';

describe('generated files are up to date', () => {
  it('docs/schema/*.v1.schema.json equal z.toJSONSchema of the zod schemas', () => {
    const files = schemaFiles();
    expect(Object.keys(files).sort()).toEqual([join('docs', 'schema', 'backup.v1.schema.json'), join('docs', 'schema', 'review-bundle.v1.schema.json')]);
    for (const [file, text] of Object.entries(files)) expect(readFileSync(join(REPO_ROOT, file), 'utf8')).toBe(text);
  });

  it('shared/report/font-subsets.ts matches the installed @fontsource CSS', () => {
    expect(readFileSync(join(REPO_ROOT, 'shared', 'report', 'font-subsets.ts'), 'utf8')).toBe(fontSubsetsModule());
  });

  it('the published bundle schema is strict and describes an exported bundle', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'schema', 'review-bundle.v1.schema.json'), 'utf8')) as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    const exported = JSON.parse(toBundleJson(validBundle())) as Record<string, unknown>;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(exported).sort());
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'review', 'assessment', 'audit']));
  });
});
