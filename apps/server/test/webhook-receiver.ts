// A real HTTP receiver on 127.0.0.1 for webhook tests: it records every
// request and answers with whatever the test scripts (status, a hang, a
// redirect), and it processes each webhook-id once, as receivers should.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

export type Reply = number | 'hang' | { redirect: string };

export interface Receiver {
  url: string;
  received: Received[];
  /** Ids taken into account once each; repeats are acknowledged and dropped. */
  processed: Map<string, Received>;
  /** The answers to the next requests, in order; then 200. */
  script(...replies: Reply[]): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const processed = new Map<string, Received>();
  let replies: Reply[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(entry);
      const reply = replies.shift() ?? 200;
      if (reply === 'hang') return; // never answers
      if (typeof reply === 'object') {
        res.writeHead(302, { location: reply.redirect }).end();
        return;
      }
      const id = String(req.headers['webhook-id']);
      if (reply < 300 && !processed.has(id)) processed.set(id, entry);
      res.writeHead(reply).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    processed,
    script: (...next) => {
      replies = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
