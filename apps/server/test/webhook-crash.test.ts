// Webhook delivery survives a crash: the event is in the outbox from the
// moment its answer is acknowledged. The server is SIGKILLed while the
// receiver holds the first delivery open; after a restart the delivery's lease
// runs out and it is sent again with the same webhook-id, which the receiver
// processes once.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createSiteWithCli,
  type ServerProcess,
  startServerProcess,
  waitForExit,
} from './server-process';
import { startReceiver } from './webhook-receiver';

const dir = mkdtempSync(join(tmpdir(), 'koe-webhook-crash-'));
const db = join(dir, 'koe.db');
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) server.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function until(check: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('webhooks across a crash', () => {
  it('delivers after SIGKILL mid-delivery, same webhook-id, processed once', async () => {
    const receiver = await startReceiver();
    const env = {
      KOE_WEBHOOK_ALLOW_PRIVATE: 'true',
      KOE_WEBHOOK_TIMEOUT_MS: '1500',
      KOE_WEBHOOK_RETRY_DELAYS_MS: '200,200',
    };
    try {
      const site = createSiteWithCli('Hooks', 'http://localhost', ['--db', db]);
      const first = await startServerProcess(['--db', db], env);
      servers.push(first);
      const auth = {
        authorization: `Bearer ${site.secretKey}`,
        'content-type': 'application/json',
      };
      const survey = await (
        await fetch(`${first.baseUrl}/v1/surveys`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({
            name: 'Hooks',
            type: 'nps',
            status: 'active',
            question: { en: 'Q?' },
          }),
        })
      ).json();
      const hook = await fetch(`${first.baseUrl}/v1/webhooks`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ url: receiver.url, events: ['response.created'] }),
      });
      expect(hook.status).toBe(201);

      receiver.script('hang');
      const answer = await fetch(`${first.baseUrl}/v1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({
          id: randomUUID(),
          siteKey: site.siteKey,
          surveyId: survey.id,
          score: 1,
        }),
      });
      expect(answer.status).toBe(202);
      await until(() => receiver.received.length === 1, 5_000);
      first.child.kill('SIGKILL');
      await waitForExit(first.child);

      const second = await startServerProcess(['--db', db], env);
      servers.push(second);
      await until(() => receiver.processed.size === 1, 15_000);
      const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
      expect(ids.size).toBe(1);
      expect(receiver.received.length).toBeGreaterThanOrEqual(2);
      second.child.kill('SIGTERM');
      await waitForExit(second.child);
    } finally {
      await receiver.close();
    }
  }, 60_000);
});
