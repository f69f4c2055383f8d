/**
 * Applies the theme to <html data-theme>: the Settings choice, or the OS preference (prefers-color-scheme) when the
 * choice is "system", following OS changes live.
 */
import { useEffect, useState } from 'react';
import type { ThemePreference } from '../db/settings-repo';

export function useDocumentTheme(win: Window, preference: ThemePreference): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => prefersDark(win));

  useEffect(() => {
    const mq = win.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const onChange = () => setSystemDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [win]);

  const resolved = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  useEffect(() => {
    win.document.documentElement.dataset.theme = resolved;
  }, [win, resolved]);
  return resolved;
}

function prefersDark(win: Window): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia('(prefers-color-scheme: dark)').matches;
}
