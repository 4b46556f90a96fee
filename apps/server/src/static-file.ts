// Built files (koe.js, the dashboard, the /docs assets) served as the build
// compressed them: the .br or .gz sibling the client accepts (RFC 9110
// §12.5.3), with Content-Encoding, Content-Length, Vary: Accept-Encoding and
// one strong ETag per encoding (the encodings are different bytes, RFC 9110
// §8.8.3), answered 304 when If-None-Match names it. A file whose siblings
// the build did not write (a dev build, a file put there by hand) is
// compressed once, in the thread pool, and kept in memory.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { encodeStatic, isCompressibleFile, SIBLING_SUFFIX } from '@koe/precompress';
import type { Context } from 'hono';
import { type ContentCoding, negotiateEncoding } from './middleware/compress/accept-encoding';
import { isCompressibleType } from './middleware/compress/content-types';

interface Variant {
  body: Uint8Array;
  etag: string;
}

export interface StaticFile {
  contentType: string;
  identity: Variant;
  br?: Variant;
  gzip?: Variant;
  /** The codings this file has, best first. */
  codings: ContentCoding[];
}

const ETAG_SUFFIX: Record<ContentCoding, string> = { identity: '', br: '-br', gzip: '-gz' };

/** A file's representations, each with its ETag (27 base64url characters of its SHA-256, then the coding). */
export async function staticFile(
  body: Uint8Array,
  contentType: string,
  siblings: { br?: Uint8Array; gzip?: Uint8Array } = {},
): Promise<StaticFile> {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const variant = (bytes: Uint8Array, coding: ContentCoding): Variant => ({
    body: bytes,
    etag: `"${hash}${ETAG_SUFFIX[coding]}"`,
  });
  const missing = !siblings.br || !siblings.gzip;
  const encoded = missing && isCompressibleType(contentType) ? await encodeStatic(body) : {};
  const br = siblings.br ?? encoded.br;
  const gzip = siblings.gzip ?? encoded.gzip;
  return {
    contentType,
    identity: variant(body, 'identity'),
    ...(br && { br: variant(br, 'br') }),
    ...(gzip && { gzip: variant(gzip, 'gzip') }),
    codings: [...(br ? ['br' as const] : []), ...(gzip ? ['gzip' as const] : []), 'identity'],
  };
}

const readOrUndefined = (path: string) => readFile(path).catch(() => undefined);

/**
 * Reads files with their siblings and keeps them; a file is read again when
 * its size or modification time changes (after `npm run build`), so a
 * request costs one stat.
 */
export class StaticFiles {
  readonly #cache = new Map<string, { key: string; file: Promise<StaticFile> }>();

  /** The file at `path`, or undefined when there is none. */
  async get(path: string, contentType: string): Promise<StaticFile | undefined> {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const key = `${info.size}:${info.mtimeMs}`;
    const cached = this.#cache.get(path);
    if (cached?.key === key) return cached.file;
    const file = this.#load(path, contentType);
    this.#cache.set(path, { key, file });
    file.catch(() => this.#cache.delete(path));
    return file;
  }

  async #load(path: string, contentType: string): Promise<StaticFile> {
    const siblings = isCompressibleFile(path)
      ? await Promise.all([
          readOrUndefined(`${path}${SIBLING_SUFFIX.br}`),
          readOrUndefined(`${path}${SIBLING_SUFFIX.gzip}`),
        ])
      : [];
    const [br, gzip] = siblings;
    return staticFile(await readFile(path), contentType, {
      ...(br && { br }),
      ...(gzip && { gzip }),
    });
  }
}

/** Whether If-None-Match names this ETag: weak comparison, a list, or "*" (RFC 9110 §13.1.2). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** The answer for `file`: the best encoding the client accepts, or 304. */
export function serveStaticFile(
  c: Context,
  file: StaticFile,
  headers: Record<string, string> = {},
): Response {
  const coding = negotiateEncoding(c.req.header('accept-encoding'), file.codings);
  const variant = file[coding] ?? file.identity;
  const common: Record<string, string> = {
    ...headers,
    etag: variant.etag,
    ...(file.codings.length > 1 && { vary: 'Accept-Encoding' }),
  };
  if (etagMatches(c.req.header('if-none-match'), variant.etag))
    return new Response(null, { status: 304, headers: common });
  return new Response(variant.body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      ...common,
      'content-type': file.contentType,
      'content-length': String(variant.body.byteLength),
      ...(coding !== 'identity' && { 'content-encoding': coding }),
    },
  });
}
