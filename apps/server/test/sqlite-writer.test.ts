import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite/store';
import type { ResponseWrite } from '../src/store/types';
import { responseWrite } from './response-writes';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'koe-writer-'));
  db = join(dir, 'koe.db');
  const setup = new SqliteStore({ path: db });
  await setup.migrate();
  await setup.createSite({
    id: 'site_a',
    name: 'A',
    origins: ['*'],
    publishableKey: 'pk_aaaaaaaaaa',
    createdAt: 0,
  });
  const definition = { type: 'nps', status: 'active', question: { en: 'Q' } } as never;
  await setup.createSurvey({
    id: 'srv_a',
    siteId: 'site_a',
    type: 'nps',
    definition,
    createdAt: 0,
    updatedAt: 0,
  });
  await setup.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (change: Partial<ResponseWrite> = {}): ResponseWrite =>
  responseWrite({ siteId: 'site_a', surveyId: 'srv_a', bucket: 'promoter', ...change });

describe('SqliteStore with a writer thread', () => {
  it('commits batches in the thread with the same outcomes as inline', async () => {
    const store = new SqliteStore({ path: db, responseWriter: 'thread' });
    const first = write({ finished: false, score: 3, bucket: 'detractor' });
    const outcomes = await store.writeResponses(
      [
        first,
        write(),
        { ...first, finished: true, comment: 'late' },
        { ...first, score: 10, bucket: 'promoter' },
      ],
      1000,
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['created', 'created', 'updated', 'conflict']);
    // Read back through the main-thread connection: committed means visible.
    expect(await store.getResponse('site_a', first.id)).toMatchObject({
      finished: true,
      comment: 'late',
      score: 3,
    });
    expect(await store.countResponses('srv_a')).toBe(2);
    await store.close();
  });

  it('many concurrent batches keep order and lose nothing', async () => {
    const store = new SqliteStore({ path: db, responseWriter: 'thread' });
    const batches = Array.from({ length: 40 }, () => Array.from({ length: 25 }, () => write()));
    const results = await Promise.all(batches.map((batch, i) => store.writeResponses(batch, i)));
    expect(results.flat().every((o) => o.kind === 'created')).toBe(true);
    await store.close();
    const reopened = new SqliteStore({ path: db });
    expect(await reopened.countResponses('srv_a')).toBe(1000);
    await reopened.close();
  });

  it('a row whose survey is gone fails alone; the rest of the batch commits', async () => {
    const store = new SqliteStore({ path: db, responseWriter: 'thread' });
    // As if the survey had been deleted after the request was validated.
    const good = write();
    const outcomes = await store.writeResponses(
      [good, write({ surveyId: 'srv_missing' }), write()],
      1,
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['created', 'survey-gone', 'created']);
    expect(await store.getResponse('site_a', good.id)).toBeDefined();
    expect(await store.countResponses('srv_a')).toBe(2);
    await store.close();
  });
});
