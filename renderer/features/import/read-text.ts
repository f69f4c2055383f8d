/**
 * Turns an opened file's bytes into text for the bundle/backup parsers: strict UTF-8 (a file that is not UTF-8 is
 * refused with a located problem instead of being read as garbage), with a leading byte-order mark removed.
 */
import type { ImportError } from '../../../shared/bundle/types';

export type TextResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly errors: readonly ImportError[] };

export function readUtf8(bytes: Uint8Array): TextResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, errors: [{ path: '', message: 'The file is not UTF-8 text (is it a JSON file exported by Airlock?).' }] };
  }
}
