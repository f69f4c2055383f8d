/**
 * useStableItems(items): the presented findings with each item replaced by the previous render's item when its
 * content is unchanged (the engine builds new objects on every answer, most of them equal), so memoised finding
 * cards skip re-rendering. Returns the previous array itself when nothing changed.
 */
import { useRef } from 'react';
import type { PresentedFinding } from '../../../shared/engine/present';

/** Structural equality of plain data (objects, arrays, primitives), as the engine's findings are. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function useStableItems(items: readonly PresentedFinding[]): readonly PresentedFinding[] {
  const prev = useRef<readonly PresentedFinding[]>([]);
  const last = prev.current;
  if (items === last) return last;
  const byId = new Map(last.map((i) => [i.finding.ruleId, i]));
  const next = items.map((i) => {
    const old = byId.get(i.finding.ruleId);
    return old && sameData(old, i) ? old : i;
  });
  const stable = next.length === last.length && next.every((i, n) => i === last[n]) ? last : next;
  prev.current = stable;
  return stable;
}
