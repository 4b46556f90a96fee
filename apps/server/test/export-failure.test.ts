// An export that fails after its first byte is cut off, never ended as if it
// were complete, and the failure goes through the app's logger (not a stack
// trace on stderr). The fault is real: the responses table is dropped from
// another connection while the export streams.
import { Writable } from 'node:stream';
import { type ServerType, serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bearer, makeTestApp, type TestApp } from './fixtures';
import { responseWrite } from './response-writes';

const ROWS = 30_000;

let t: TestApp;
let http: ServerType;
let url: string;
let logLines: string[];

beforeEach(async () => {
  logLines = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  );
  t = await makeTestApp({}, { log });
  const writes = Array.from({ length: ROWS }, (_, i) =>
    responseWrite({
      siteId: t.a.site.id,
      surveyId: t.a.surveyId,
      score: i % 11,
      comment: `answer ${i} with some words so each line is a few hundred bytes long`,
    }),
  );
  for (let i = 0; i < ROWS; i += 1000) {
    await t.store.writeResponses(writes.slice(i, i + 1000), t.clock.now() + i);
  }
  url = await new Promise<string>((resolve) => {
    http = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
  });
});

afterEach(async () => {
  await new Promise<void>((done) => http.close(() => done()));
  await t.cleanup();
});

function dropResponsesTable() {
  const db = new Database(t.dbPath);
  db.exec('PRAGMA foreign_keys = OFF; DROP TABLE responses;');
  db.close();
}

describe('an export failing after it started', () => {
  it.each([
    'csv',
    'ndjson',
  ])('%s: the connection is cut and the logger says why', async (format) => {
    const stderr = vi.spyOn(console, 'error');
    const response = await fetch(`${url}/v1/surveys/srv_a/responses.${format}`, {
      headers: bearer(t.a.readKey),
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBeGreaterThan(0);
    // The server is still pages away from the end (the client has not read on).
    dropResponsesTable();
    const outcome = await (async () => {
      for (;;) if ((await reader.read()).done) return 'ended';
    })().catch((error: Error) => error);
    // Not 'ended': the client knows the file is incomplete.
    expect(outcome).toBeInstanceOf(Error);
    await expect.poll(() => logLines.join('')).toContain('export failed after it started');
    expect(stderr).not.toHaveBeenCalled();
    stderr.mockRestore();
  });

  it('without a socket (app.request), the body errors instead of ending', async () => {
    const response = await t.app.request('/v1/surveys/srv_a/responses.ndjson', {
      headers: bearer(t.a.readKey),
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    dropResponsesTable();
    const outcome = await (async () => {
      for (;;) if ((await reader.read()).done) return 'ended';
    })().catch((error: Error) => error);
    expect(outcome).toBeInstanceOf(Error);
  });
});
