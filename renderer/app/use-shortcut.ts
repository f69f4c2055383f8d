/**
 * Registers a window-level keyboard shortcut while mounted. `mod` means Ctrl on Windows/Linux and Cmd on macOS.
 * `useShortcut({ key: 'n', mod: true }, () => …)`. The handler's default action is prevented.
 */
import { useEffect, useRef } from 'react';

export interface ShortcutSpec {
  readonly key: string;
  readonly mod?: boolean;
  /** Also fire while focus is in a text field (default true for mod shortcuts, false otherwise). */
  readonly inFields?: boolean;
}

export function useShortcut(spec: ShortcutSpec, handler: () => void, enabled = true): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  const { key, mod = false, inFields = mod } = spec;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== key.toLowerCase() || e.altKey || e.shiftKey) return;
      if ((e.ctrlKey || e.metaKey) !== mod) return;
      if (!inFields && isTextField(e.target)) return;
      if (e.defaultPrevented) return;
      e.preventDefault();
      ref.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, mod, inFields, enabled]);
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
