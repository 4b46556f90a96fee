// Horizontal scale: two real koe processes on one PostgreSQL database. They
// migrate at the same time (one waits for the other), answers stream through
// both, the same submission ids go to both at once, partial answers are
// finished through the other process; then the rows are exactly the distinct
// ids and every metric equals a recomputation from the raw rows. Site
// administration holds across them: a key revoked through one is refused by
// the other on the next request, an origin added through one reaches the
// other within the catalog's TTL, and install counts from both add up.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_TTL_MS } from '../src/catalog';
import { type FreshDatabase, freshDatabase, postgresForTests } from './pg-database';
import {
  createSiteWithCli,
  type ServerProcess,
  startServerProcess,
  waitForExit,
} from './server-process';

const available = await postgresForTests('the two-process PostgreSQL test');
const DISTINCT = 600;
const TWICE = 200;

describe.skipIf(!available)('two koe processes on one PostgreSQL', () => {
  let database: FreshDatabase;
  let servers: ServerProcess[] = [];
  let url: string[];
  beforeAll(async () => {
    database = await freshDatabase();
    url = ['--database-url', database.url];
    const env = { KOE_RATE_LIMIT_CLIENT: '0', KOE_RATE_LIMIT_SITE: '0' };
    servers = await Promise.all([startServerProcess(url, env), startServerProcess(url, env)]);
  });
  afterAll(async () => {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
    await database?.drop();
  });

  it('store each submission once and keep rollups equal to raw rows', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const site = createSiteWithCli('Scale', 'http://localhost', [...url]);
    const created = await fetch(`${a.baseUrl}/v1/surveys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${site.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Scale',
        type: 'nps',
        status: 'active',
        question: { en: 'Q?' },
      }),
    });
    const surveyId = (await created.json()).id as string;

    const post = async (server: ServerProcess, body: object) => {
      const response = await fetch(`${server.baseUrl}/v1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ siteKey: site.siteKey, surveyId, ...body }),
      });
      await response.arrayBuffer();
      return response.status;
    };
    const answers = Array.from({ length: DISTINCT }, (_, i) => ({
      id: randomUUID(),
      score: i % 11,
      touchpoint: ['checkout', 'support', 'sign-up'][i % 3],
    }));
    const statuses: number[] = [];
    // 16 clients at a time; each answer to a random process, the first TWICE
    // to both at once, every third first as a partial through the other one.
    let next = 0;
    const client = async () => {
      for (let i = next++; i < DISTINCT; i = next++) {
        const answer = answers[i] as (typeof answers)[number];
        const [one, other] = Math.random() < 0.5 ? [a, b] : [b, a];
        if (i < TWICE)
          statuses.push(...(await Promise.all([post(one, answer), post(other, answer)])));
        else if (i % 3 === 0) {
          statuses.push(await post(one, { ...answer, score: 10 - answer.score, finished: false }));
          statuses.push(await post(other, answer));
        } else statuses.push(await post(one, answer));
      }
    };
    await Promise.all(Array.from({ length: 16 }, client));
    expect(statuses.filter((s) => s !== 202 && s !== 200)).toEqual([]);

    const direct = new pg.Client({ connectionString: database.url });
    await direct.connect();
    try {
      const count = await direct.query('SELECT count(*)::int AS n FROM responses');
      expect(count.rows[0].n).toBe(DISTINCT);
      const raw = await direct.query<{ score: number; n: number }>(
        'SELECT score, count(*)::int AS n FROM responses GROUP BY score',
      );
      const expected = new Array(11).fill(0);
      for (const { score, n } of raw.rows) expected[score] = n;
      // Every stored score is the final one, through whichever process finished it.
      const finalScores = new Array(11).fill(0);
      for (const { score } of answers) finalScores[score]++;
      expect(expected).toEqual(finalScores);

      for (const server of [a, b]) {
        const metrics = await fetch(
          `${server.baseUrl}/v1/surveys/${surveyId}/metrics?groupBy=touchpoint`,
          {
            headers: { authorization: `Bearer ${site.secretKey}` },
          },
        ).then((r) => r.json());
        expect(metrics.n).toBe(DISTINCT);
        expect(metrics.distribution).toEqual(expected);
        for (const group of metrics.groups) {
          const byTouchpoint = answers.filter((x) => x.touchpoint === group.key);
          expect(group.n).toBe(byTouchpoint.length);
        }
      }
      const rollups = await direct.query(
        `SELECT ${Array.from({ length: 11 }, (_, s) => `sum(s${s})::int AS s${s}`).join(', ')} FROM response_rollups WHERE grain = 0`,
      );
      expect(Object.values(rollups.rows[0])).toEqual(expected);
    } finally {
      await direct.end();
    }
  });

  it('revoke at once in both, see origin changes within the TTL, and add up install counts', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const site = createSiteWithCli('Admin', 'https://shop.example', url);
    const call = async (
      server: ServerProcess,
      method: string,
      path: string,
      key: string,
      body?: unknown,
    ) => {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return {
        status: response.status,
        body: response.status === 204 ? undefined : await response.json(),
      };
    };
    const made = await call(a, 'POST', '/v1/keys', site.secretKey, { name: 'temp', scope: 'read' });
    expect(made.status).toBe(201);
    // Used through b first: a cache of valid keys there would now hold it.
    expect((await call(b, 'GET', '/v1/site', made.body.secret)).status).toBe(200);
    expect((await call(a, 'DELETE', `/v1/keys/${made.body.id}`, site.secretKey)).status).toBe(204);
    expect((await call(b, 'GET', '/v1/site', made.body.secret)).status).toBe(401);

    const page = 'http://127.0.0.1:8790';
    const widget = (server: ServerProcess, origin: string) =>
      fetch(`${server.baseUrl}/v1/sites/${site.siteKey}/surveys`, { headers: { origin } }).then(
        async (r) => {
          await r.arrayBuffer();
          return r.status;
        },
      );
    expect(await widget(b, page)).toBe(403); // b's catalog now holds the old origins
    const patched = await call(a, 'PATCH', '/v1/site', site.secretKey, {
      origins: ['https://shop.example', page],
    });
    expect(patched.status).toBe(200);
    expect(await widget(a, page)).toBe(200);
    const changed = Date.now();
    await expect.poll(() => widget(b, page), { timeout: 10_000, interval: 250 }).toBe(200);
    expect(Date.now() - changed).toBeLessThan(CATALOG_TTL_MS + 1_000);

    for (let i = 0; i < 5; i++) await widget(a, 'https://shop.example');
    for (let i = 0; i < 7; i++) await widget(b, 'https://shop.example');
    await widget(b, 'https://elsewhere.example');
    // Each process writes its counts when it stops (SIGTERM), if not before.
    for (const server of servers) {
      server.child.kill('SIGTERM');
      expect(await waitForExit(server.child)).toBe(0);
    }
    const direct = new pg.Client({ connectionString: database.url });
    await direct.connect();
    try {
      const { rows } = await direct.query(
        `SELECT origin, allowed, count::int AS count FROM site_installs
         WHERE site_id = $1 ORDER BY origin, allowed`,
        [site.siteId],
      );
      // The page was refused (by b, until its catalog saw the change) and then allowed, by both.
      const count = (origin: string, allowed: boolean) =>
        rows.find((r) => r.origin === origin && r.allowed === allowed)?.count;
      expect(rows).toHaveLength(4);
      expect(count(page, false)).toBeGreaterThanOrEqual(1);
      expect(count(page, true)).toBeGreaterThanOrEqual(2);
      expect(count('https://elsewhere.example', false)).toBe(1);
      expect(count('https://shop.example', true)).toBe(12);
    } finally {
      await direct.end();
    }
  });
});
