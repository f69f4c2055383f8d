/**
 * Evidence file bytes: SHA-256 through WebCrypto (`crypto.subtle.digest`, available in the renderer, jsdom and Node)
 * and base64 for bundles and backups. Base64 works in chunks and gives the event loop a turn every few megabytes, so
 * encoding or decoding a large file does not freeze the window. None of these may run inside a Dexie transaction (a
 * non-IndexedDB await would commit it): repositories call them before or after their transactions.
 */

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** The bytes over a plain ArrayBuffer, as WebCrypto takes them (copied only when they are not). */
function plain(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** Lower-case hex SHA-256 of the bytes (64 characters). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', plain(bytes))));
}

/** Bytes per btoa call: a multiple of 3, so the encoded pieces join into one valid base64 text. */
const ENCODE_CHUNK = 3 * 64 * 1024;
/** Characters per atob call: a multiple of 4, so every piece but the last is whole base64 quanta. */
const DECODE_CHUNK = 4 * 64 * 1024;
/** Chunks between two turns of the event loop (about 3 MB of bytes). */
const CHUNKS_PER_TURN = 16;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/** Standard base64 (with padding) of the bytes. */
export async function toBase64(bytes: Uint8Array): Promise<string> {
  const parts: string[] = [];
  for (let i = 0, n = 1; i < bytes.length; i += ENCODE_CHUNK, n++) {
    parts.push(btoa(binaryString(bytes.subarray(i, i + ENCODE_CHUNK))));
    if (n % CHUNKS_PER_TURN === 0) await nextTurn();
  }
  return parts.join('');
}

/** The bytes of a base64 text. Throws when it is not valid base64. */
export async function fromBase64(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const pieces: Uint8Array[] = [];
  let length = 0;
  for (let i = 0, n = 1; i < text.length; i += DECODE_CHUNK, n++) {
    const binary = atob(text.slice(i, i + DECODE_CHUNK));
    const piece = new Uint8Array(binary.length);
    for (let j = 0; j < binary.length; j++) piece[j] = binary.charCodeAt(j);
    pieces.push(piece);
    length += piece.length;
    if (n % CHUNKS_PER_TURN === 0) await nextTurn();
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
