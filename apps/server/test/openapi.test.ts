// The OpenAPI document covers every route the app serves (and nothing it
// does not) and is valid OpenAPI 3.1. The pages at /docs: api-docs.test.ts.
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

  it('documents exactly the routes the app serves', async () => {
    const served = new Set(
      t.app.routes
        .filter((route) => route.method !== 'ALL')
        // A page, not API: added while the document is being moved to the route declarations.
        .filter((route) => route.path !== '/docs/interactive')
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

  it('describes bodies and queries from the validating schemas', async () => {
    const doc = await document();
    expect(doc.components.schemas.ResponseInput.required).toEqual(
      expect.arrayContaining(['id', 'siteKey', 'surveyId', 'score']),
    );
    const metrics = doc.paths['/v1/surveys/{id}/metrics'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(metrics).toEqual(['id', 'from', 'to', 'interval', 'tz', 'groupBy', 'compare']);
  });
});
