// The opaque cursor of response pages: the (receivedAt, id) of the last row
// of a page, as base64url JSON. Pure (no Buffer) so it reads the same in
// Node and in a browser.

export type ResponseCursor = [receivedAt: number, id: string];

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    );
  } catch {
    return undefined;
  }
}

export function encodeCursor([receivedAt, id]: ResponseCursor): string {
  return toBase64Url(JSON.stringify([receivedAt, id]));
}

/** The cursor's position, or undefined for text this API never gave out. */
export function decodeCursor(text: string): ResponseCursor | undefined {
  const json = fromBase64Url(text);
  if (json === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      Number.isSafeInteger(value[0]) &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // not JSON: not ours
  }
  return undefined;
}
