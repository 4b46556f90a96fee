// The writer thread: owns the connection that commits responses, so the
// fsync of each commit happens here while the main thread keeps reading and
// validating requests. That is what lets batches grow under load.
import { parentPort, workerData } from 'node:worker_threads';
import type { ResponseWrite } from '../types';
import { openSqlite, type Synchronous } from './connection';
import { batchWriter } from './response-statements';

export interface WriterRequest {
  seq: number;
  writes: ResponseWrite[];
  now: number;
}

const { path, synchronous } = workerData as { path: string; synchronous: Synchronous };
const db = openSqlite(path, synchronous);
const write = batchWriter(db);
const port = parentPort;
if (!port) throw new Error('sqlite-writer.worker must run as a worker thread');

port.on('message', (message: WriterRequest | 'close') => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  try {
    port.postMessage({ seq: message.seq, outcomes: write(message.writes, message.now) });
  } catch (error) {
    port.postMessage({
      seq: message.seq,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
