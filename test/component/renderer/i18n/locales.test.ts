// Every English string has a Chinese translation and vice versa (plural forms compared by their base key), and
// interpolation placeholders match, so no screen falls back to English or shows a raw key.
import { describe, expect, it } from 'vitest';
import { resources } from '../../../../renderer/i18n/resources';

type Tree = { readonly [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key.replace(/_(zero|one|two|few|many|other)$/, ''), v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

  it('have the same namespaces', () => {
    expect(Object.keys(resources['zh-CN']).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)('%s: zh-CN and en have the same keys and placeholders', (ns) => {
    const en = flatten(resources.en[ns]);
    const zh = flatten(resources['zh-CN'][ns]);
    expect([...zh.keys()].sort(), `keys of ${ns}`).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      expect(placeholders(zh.get(key) ?? ''), `placeholders of ${ns}:${key}`).toEqual(placeholders(text));
      expect(zh.get(key)?.trim(), `${ns}:${key} is empty in zh-CN`).toBeTruthy();
    }
  });
});
