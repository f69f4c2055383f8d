/** Locating JSON syntax errors (line and column) where JSON.parse gives no position. */
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, positionAt } from '../../../cli/json-position';

function where(text: string): { line: number; column: number } | null {
  const offset = jsonErrorOffset(text);
  return offset === null ? null : positionAt(text, offset);
}

describe('jsonErrorOffset', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "x\\u00e9\\n"]} ', '"s"', '0']) {
      expect(jsonErrorOffset(text), text).toBeNull();
      expect(() => {
        JSON.parse(text);
      }).not.toThrow();
    }
  });

  it.each([
    ['{"a": 1,\n "b": }', { line: 2, column: 7 }],
    ['{\n  "vendor": {\n    "hq": US\n  }\n}', { line: 3, column: 11 }],
    ['{"a": 1,}', { line: 1, column: 9 }],
    ['{"a": 1', { line: 1, column: 8 }],
    ['{"a": 1}}', { line: 1, column: 9 }],
    ['', { line: 1, column: 1 }],
    ['{"a": "tab\there"}', { line: 1, column: 11 }],
    ['{"a": 01}', { line: 1, column: 8 }],
    ['\r\n{"a" 1}', { line: 2, column: 6 }],
  ])('places the error in %j at %j', (text, expected) => {
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(where(text)).toEqual(expected);
  });
});
