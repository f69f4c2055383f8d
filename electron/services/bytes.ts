/**
 * Bytes safe to send over IPC. Structured clone copies a typed array's whole backing ArrayBuffer, so a view into a
 * shared (pooled) buffer would send unrelated memory to the renderer; this returns a view that owns exactly its bytes.
 */
export function exactBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return new Uint8Array(bytes.buffer);
  }
  return new Uint8Array(bytes); // copies
}
