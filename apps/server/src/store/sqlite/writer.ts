// Main-thread side of the writer thread (writer.worker.ts). Batches
// are sent in order and answered after their COMMIT returned in the worker.
// If the worker dies, every batch in flight is rejected (not acknowledged)
// and the next batch starts a new worker.
import { Worker } from 'node:worker_threads';
import type { ResponseWrite, WriteOutcome } from '../types';
import type { Synchronous } from './connection';

type Reply = { seq: number; outcomes: WriteOutcome[] } | { seq: number; error: string };

interface Waiting {
  resolve: (outcomes: WriteOutcome[]) => void;
  reject: (error: Error) => void;
}

/**
 * Starts the worker. Built, it is dist/sqlite-writer.worker.js next to cli.js.
 * Running from sources (tests, tsx) it is a .ts file, which a worker can load
 * only after registering tsx's loader in that worker, so a two-line bootstrap
 * does that first.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./sqlite-writer.worker.js', import.meta.url), { workerData });
  }
  const entry = new URL('./writer.worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

export class SqliteWriterThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private seq = 0;

  constructor(
    private readonly path: string,
    private readonly synchronous: Synchronous,
  ) {}

  write(writes: readonly ResponseWrite[], now: number): Promise<WriteOutcome[]> {
    const worker = this.ensureWorker();
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      worker.postMessage({ seq, writes, now });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Hold the process open until the worker has closed its connection.
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker({ path: this.path, synchronous: this.synchronous });
    worker.on('message', (reply: Reply) => {
      const waiting = this.waiting.get(reply.seq);
      if (!waiting) return;
      this.waiting.delete(reply.seq);
      if ('error' in reply) waiting.reject(new Error(`write failed: ${reply.error}`));
      else waiting.resolve(reply.outcomes);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`the writer thread exited with code ${code}`));
      else if (this.worker === worker) this.worker = undefined;
    });
    // An idle writer must not keep the process alive on its own (close() refs it again).
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
