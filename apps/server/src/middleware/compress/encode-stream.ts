// A body compressed as it is read, one source chunk at a time, each chunk
// flushed through the compressor so the client can decode it at once: a long
// export arrives progressively and only the chunk in hand is in memory. The
// next chunk is pulled only when the client has taken the last one
// (backpressure), and a client that goes away cancels the source.
import {
  type BrotliCompress,
  constants,
  createBrotliCompress,
  createGzip,
  type Gzip,
} from 'node:zlib';

export interface StreamEncoding {
  coding: 'br' | 'gzip';
  /** Brotli quality (0–11) or gzip level (1–9). */
  level: number;
}

function compressor({ coding, level }: StreamEncoding): BrotliCompress | Gzip {
  return coding === 'br'
    ? createBrotliCompress({
        params: {
          [constants.BROTLI_PARAM_QUALITY]: level,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      })
    : createGzip({ level });
}

/** Sync flush for gzip: a full flush would also reset the dictionary and cost ratio. */
const flushKind = (coding: StreamEncoding['coding']) =>
  coding === 'br' ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH;

/**
 * `chunks` (already read from the source, in order) then the rest of
 * `source`, compressed. The source reader is released to this stream.
 */
export function encodeStream(
  chunks: Uint8Array[],
  source: ReadableStreamDefaultReader<Uint8Array>,
  encoding: StreamEncoding,
): ReadableStream<Uint8Array> {
  const zlib = compressor(encoding);
  const kind = flushKind(encoding.coding);
  const pending = [...chunks];
  let ended = false;

  /** Writes one chunk and waits until its compressed bytes have come out. */
  const writeFlushed = (chunk: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      zlib.write(chunk, (error) => {
        if (error) reject(error);
      });
      zlib.flush(kind, () => resolve());
    });

  return new ReadableStream<Uint8Array>({
    start(controller) {
      zlib.on('data', (data: Buffer) =>
        controller.enqueue(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
      );
      zlib.once('end', () => controller.close());
      zlib.once('error', (error) => controller.error(error));
    },
    async pull() {
      if (ended) return;
      const next = pending.shift() ?? (await source.read()).value;
      if (next === undefined) {
        ended = true;
        // 'end' closes the stream once the last bytes are out.
        await new Promise<void>((resolve) => zlib.end(resolve));
        return;
      }
      if (next.byteLength > 0) await writeFlushed(next);
    },
    async cancel(reason) {
      zlib.destroy();
      await source.cancel(reason);
    },
  });
}
