// Durability under SIGKILL: a real server process is killed while a client
// streams responses at it. After each restart every id that got a 2xx is
// stored exactly once, the database passes PRAGMA integrity_check and the
// rollups still equal the raw rows (they commit in the same transaction).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite/store';
import { createSiteWithCli, startServerProcess, waitForExit } from './server-process';

const ROUNDS = 20;
const CONCURRENCY = 16;

const dir = mkdtempSync(join(tmpdir(), 'koe-crash-'));
const db = join(dir, 'koe.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function createSurvey(baseUrl: string, secretKey: string): Promise<string> {
  const created = await fetch(`${baseUrl}/v1/surveys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Crash',
      type: 'nps',
      status: 'active',
      question: { en: 'Recommend?' },
    }),
  });
  return (await created.json()).id;
}

describe('crash safety', () => {
  it(`keeps every acknowledged response through ${ROUNDS} SIGKILLs`, async () => {
    const site = createSiteWithCli('Crash', 'http://localhost', ['--db', db]);
    const env = { KOE_RATE_LIMIT_CLIENT: '0', KOE_RATE_LIMIT_SITE: '0' };
    const acknowledged = new Set<string>();
    let surveyId: string | undefined;

    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServerProcess(['--db', db], env);
      surveyId ??= await createSurvey(server.baseUrl, site.secretKey);

      let stop = false;
      const worker = async () => {
        while (!stop) {
          const id = randomUUID();
          try {
            const response = await fetch(`${server.baseUrl}/v1/responses`, {
              method: 'POST',
              headers: { 'content-type': 'text/plain' },
              body: JSON.stringify({
                id,
                siteKey: site.siteKey,
                surveyId,
                score: Math.floor(Math.random() * 11),
              }),
            });
            if (response.status === 202 || response.status === 200) acknowledged.add(id);
            await response.arrayBuffer();
          } catch {
            // Connection cut by the kill: not acknowledged, may or may not be stored.
          }
        }
      };
      const workers = Array.from({ length: CONCURRENCY }, worker);
      // Kill mid-stream after a random number of acknowledgements, not a random
      // time: on a loaded machine a fixed time may pass before the first answer.
      const target = acknowledged.size + 30 + Math.floor(Math.random() * 60);
      const deadline = Date.now() + 15_000;
      while (acknowledged.size < target && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      server.child.kill('SIGKILL');
      await waitForExit(server.child);
      stop = true;
      await Promise.all(workers);

      const store = new SqliteStore({ path: db });
      try {
        expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const ids = new Set(
          (store.sqlite.prepare('SELECT id FROM responses').all() as { id: string }[]).map(
            (row) => row.id,
          ),
        );
        const missing = [...acknowledged].filter((id) => !ids.has(id));
        expect(missing).toEqual([]);
        const duplicates = store.sqlite
          .prepare(
            'SELECT count(*) AS n FROM (SELECT id FROM responses GROUP BY id HAVING count(*) > 1)',
          )
          .get() as { n: number };
        expect(duplicates.n).toBe(0);
        const byScore = (rows: Array<{ score: number; n: number }>) =>
          rows.map(({ score, n }) => `${score}:${n}`).sort();
        expect(byScore(await store.scoreCounts(surveyId as string, {}))).toEqual(
          byScore(store.analytics.rawScoreCounts(surveyId as string, {})),
        );
      } finally {
        await store.close();
      }
    }
    expect(acknowledged.size).toBeGreaterThan(ROUNDS * 30);
  }, 240_000); // about 1.5 s a round on a quiet machine: a process start, streaming, the checks

  it('drains on SIGTERM: every accepted response is stored and the process exits 0', async () => {
    const termDb = join(dir, 'term.db');
    const site = createSiteWithCli('Term', 'http://localhost', ['--db', termDb]);
    const server = await startServerProcess(['--db', termDb], { KOE_RATE_LIMIT_CLIENT: '0' });
    const surveyId = await createSurvey(server.baseUrl, site.secretKey);
    const acknowledged: string[] = [];
    const send = async () => {
      const id = randomUUID();
      const response = await fetch(`${server.baseUrl}/v1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ id, siteKey: site.siteKey, surveyId, score: 7 }),
      }).catch(() => undefined);
      if (response?.status === 202) acknowledged.push(id);
    };
    const inFlight = Array.from({ length: 100 }, send);
    await new Promise((resolve) => setTimeout(resolve, 30));
    server.child.kill('SIGTERM');
    expect(await waitForExit(server.child)).toBe(0);
    await Promise.all(inFlight);
    expect(server.output()).toContain('shutting down');

    const store = new SqliteStore({ path: termDb });
    try {
      const stored = store.sqlite.prepare('SELECT count(*) AS n FROM responses').get() as {
        n: number;
      };
      expect(stored.n).toBeGreaterThanOrEqual(acknowledged.length);
      for (const id of acknowledged) expect(await store.getResponse(site.siteId, id)).toBeDefined();
    } finally {
      await store.close();
    }
  });
});
