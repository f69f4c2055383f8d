/**
 * Command-line switches a packaged build refuses to start with. No fuse turns off Chromium's remote debugging, and
 * it would hand the whole app (and its decrypted data) to whoever is on the other end of the port or pipe.
 */

export const FORBIDDEN_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk', 'inspect-port'] as const;

/** The forbidden switches present on this command line; always empty for unpackaged (development) runs. */
export function forbiddenSwitchesIn(hasSwitch: (name: string) => boolean, isPackaged: boolean): string[] {
  if (!isPackaged) return [];
  return FORBIDDEN_SWITCHES.filter((name) => hasSwitch(name));
}
