// The body of a streamed export. Text arrives from an async iterator in
// chunks of about 64 KB, so memory stays flat however many rows there are.
//
// A failure after the first byte cannot become an error status any more
// (the 200 is on the wire), and a normally ended body would read as a
// complete, merely shorter file. So the connection is cut instead: with
// chunked transfer coding a client then sees a missing last chunk and reports
// the download as failed (RFC 9112 §7.1). The failure is logged once,
// through the app's logger.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log';

/** What @hono/node-server puts in c.env: the node request and response. */
export interface NodeBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

const CHUNK_CHARS = 64_000;

/** Groups small strings (one per row) into ~64 KB chunks. */
async function* chunked(parts: AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = '';
  for await (const part of parts) {
    chunk += part;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export function exportStream(
  parts: AsyncIterable<string>,
  { log, requestId, node }: { log: Logger; requestId: string; node?: NodeBindings },
): ReadableStream<Uint8Array> {
  const chunks = chunked(parts);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        log.error({ err: error, requestId }, 'export failed after it started: connection cut');
        if (node?.outgoing) {
          // Destroying the socket's response ends the transfer without its last
          // chunk; the server then cancels this stream (no second report).
          node.outgoing.destroy();
        } else {
          controller.error(error);
        }
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
