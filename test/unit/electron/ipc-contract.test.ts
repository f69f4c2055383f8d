// The open dialog's filters in the IPC contract: plain extensions as before, plus "All files" spelled as the single
// extension "*". A wildcard anywhere else, a dot, a folder or anything odd is refused before the main process runs a
// handler; save dialogs keep the plain-extension rule.
import { describe, expect, it } from 'vitest';
import { ALL_FILES_EXTENSION, isAllFilesFilter, openFileRequest, REQUEST_SCHEMAS, saveFileRequest } from '../../../shared/ipc/contract';
import { describeIssues } from '../../../electron/services/ipc-registry';

const open = (extensions: unknown, name: unknown = 'Files') => openFileRequest.safeParse({ filters: [{ name, extensions }] });

describe('openFile request filters', () => {
  it('accepts plain extensions, "*" alone as All files, and no filters at all', () => {
    expect(open(['json']).success).toBe(true);
    expect(open(['pdf', 'DOCX', 'mp4', 'tar']).success).toBe(true);
    expect(open([ALL_FILES_EXTENSION]).success).toBe(true);
    expect(openFileRequest.safeParse({ filters: [] }).success).toBe(true);
    expect(
      openFileRequest.safeParse({
        filters: [
          { name: 'Documents', extensions: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'txt', 'md', 'ppt', 'pptx', 'odt', 'ods'] },
          { name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] },
          { name: 'All files', extensions: ['*'] },
        ],
        maxBytes: 50 * 1024 * 1024,
      }).success,
    ).toBe(true);
    expect(REQUEST_SCHEMAS['file:open']).toBe(openFileRequest);
  });

  it.each([
    ['a wildcard pattern', ['*.exe']],
    ['a partial wildcard', ['p*']],
    ['two wildcards', ['**']],
    ['"*" beside other extensions', ['pdf', '*']],
    ['"*" twice', ['*', '*']],
    ['a dotted extension', ['.pdf']],
    ['a compound extension', ['tar.gz']],
    ['a path', ['../etc']],
    ['a parent folder', ['..']],
    ['a slash', ['a/b']],
    ['a space', ['pd f']],
    ['an empty extension', ['']],
    ['a too-long extension', ['abcdefghijk']],
    ['a control character', ['pdf\n']],
    ['no extensions', []],
    ['a number', [7]],
    ['more than 30 extensions', Array.from({ length: 31 }, (_, i) => `e${i}`)],
  ])('refuses %s', (_name, extensions) => {
    const result = open(extensions);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error?.issues ?? [])).toMatch(/^filters\.0\.extensions/);
  });

  it('keeps the other rules: a filter needs a name, no unknown keys, at most 10 filters, a sane size limit', () => {
    expect(open(['*'], '').success).toBe(false);
    expect(open(['*'], 'x'.repeat(101)).success).toBe(false);
    expect(openFileRequest.safeParse({ filters: [{ name: 'All', extensions: ['*'], path: '/etc' }] }).success).toBe(false);
    expect(openFileRequest.safeParse({ filters: [], defaultPath: '/etc/passwd' }).success).toBe(false);
    expect(openFileRequest.safeParse({ filters: Array.from({ length: 11 }, () => ({ name: 'All', extensions: ['*'] })) }).success).toBe(false);
    expect(openFileRequest.safeParse({ filters: [], maxBytes: 0 }).success).toBe(false);
    expect(openFileRequest.safeParse({ filters: [], maxBytes: 201 * 1024 * 1024 }).success).toBe(false);
  });

  it('leaves save filters to plain extensions', () => {
    const save = (extensions: string[]) => saveFileRequest.safeParse({ suggestedName: 'r.json', filters: [{ name: 'JSON', extensions }], data: '{}' });
    expect(save(['json']).success).toBe(true);
    expect(save(['*']).success).toBe(false);
    expect(save(['*.json']).success).toBe(false);
  });

  it('isAllFilesFilter: exactly one extension, "*"', () => {
    expect(isAllFilesFilter({ extensions: ['*'] })).toBe(true);
    expect(isAllFilesFilter({ extensions: ['pdf'] })).toBe(false);
    expect(isAllFilesFilter({ extensions: ['pdf', '*'] })).toBe(false);
    expect(isAllFilesFilter({ extensions: [] })).toBe(false);
  });
});
