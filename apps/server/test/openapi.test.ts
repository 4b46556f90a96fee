// The OpenAPI document covers every API route the app serves (and nothing it
// does not), is valid OpenAPI 3.1, passes Redocly's recommended lint with no
// error. The pages at /docs: api-docs.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.cleanup();
});

async function document() {
  const response = await t.app.request('/v1/openapi.json');
  expect(response.status).toBe(200);
  return response.json();
}

describe('GET /v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(await document());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents exactly the API routes the app serves (pages and icons for people are not API)', async () => {
    const pages = /^(\/app|\/docs|\/demo|\/favicon\.(ico|svg))(\/|$)/;
    const served = new Set(
      t.app.routes
        .filter((route) => route.method !== 'ALL' && !pages.test(route.path))
        .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const doc = await document();
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
        ([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`),
      ),
    );
    expect([...served].filter((route) => !documented.has(route))).toEqual([]);
    expect([...documented].filter((route) => !served.has(route))).toEqual([]);
  });

  it('names, tags, summarises, describes and secures every operation', async () => {
    const doc = await document();
    const operations = Object.values(
      doc.paths as Record<string, Record<string, Record<string, unknown>>>,
    ).flatMap((methods) => Object.values(methods));
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const op of operations) {
      expect(op, String(op.operationId)).toMatchObject({
        operationId: expect.any(String),
        summary: expect.any(String),
        description: expect.any(String),
        tags: [expect.any(String)],
        security: expect.any(Array),
      });
    }
  });

  it('passes Redocly lint (recommended rules) with no error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koe-lint-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(await document()));
      const lint = spawnSync(
        process.execPath,
        [
          createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js'),
          'lint',
          file,
          '--extends',
          'recommended',
          '--format',
          'json',
        ],
        {
          encoding: 'utf8',
          // No telemetry or update check: tests talk to nothing but this machine.
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      );
      const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
      const errors = report.problems.filter((p: { severity: string }) => p.severity === 'error');
      expect(errors).toEqual([]);
      expect(lint.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('describes bodies and queries from the validating schemas', async () => {
    const doc = await document();
    expect(doc.components.schemas.ResponseInput.required).toEqual(
      expect.arrayContaining(['id', 'siteKey', 'surveyId', 'score']),
    );
    const metrics = doc.paths['/v1/surveys/{id}/metrics'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(metrics).toEqual([
      'attr',
      'id',
      'from',
      'to',
      'interval',
      'tz',
      'groupBy',
      'compare',
      'touchpoint',
      'device',
      'country',
      'locale',
      'channel',
      'page',
      'bucket',
      'reason',
      'q',
      'koe-site',
    ]);
  });
});
