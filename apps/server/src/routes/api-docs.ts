// GET /v1/openapi.json and the reference page at /docs, rendered by Scalar
// from its standalone bundle served here (no CDN: the page works offline and
// tells no third party who reads the docs). Scalar's AI agent and developer
// toolbar are turned off: they would talk to Scalar's servers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { PUBLIC, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>koe API reference</title></head>
<body>
<script id="api-reference" data-url="/v1/openapi.json" data-configuration='{"agent":{"disabled":true},"showDeveloperTools":"never","hideClientButton":true}'></script>
<script src="/docs/scalar.js"></script>
</body>
</html>`;

const getOpenApi = createRoute({
  method: 'get',
  path: '/v1/openapi.json',
  operationId: 'getOpenApiDocument',
  tags: ['meta'],
  summary: 'This document',
  description:
    'The OpenAPI 3.1 description of every operation, generated from the route declarations.',
  ...PUBLIC,
  responses: {
    200: {
      description: 'OpenAPI 3.1 (CORS *)',
      content: {
        'application/json': { schema: z.record(z.string(), z.unknown()).describe('OpenAPI 3.1') },
      },
    },
  },
});

/** `document` builds the OpenAPI document; it is called once, on first use. */
export function apiDocsRoutes(services: Services, document: () => object) {
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services.secretKey);
  let built: Record<string, unknown> | undefined;
  let scalar: string | undefined;

  add(getOpenApi, function getOpenApi(c) {
    built ??= document() as Record<string, unknown>;
    return c.json(built, 200, { 'access-control-allow-origin': '*' });
  });

  app.get('/docs', function getDocs(c) {
    return c.html(DOCS_PAGE);
  });

  app.get('/docs/scalar.js', function getScalar(c) {
    scalar ??= readFileSync(
      createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js'),
      'utf8',
    );
    return c.body(scalar, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=86400',
    });
  });

  return app;
}
