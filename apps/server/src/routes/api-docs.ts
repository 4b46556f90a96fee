// GET /v1/openapi.json and the reference page at /docs, rendered by Scalar
// from its standalone bundle served here (no CDN: the page works offline and
// tells no third party who reads the docs). Scalar's AI agent and developer
// toolbar are turned off: they would talk to Scalar's servers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { AppEnv } from '../context';
import { openApiDocument } from '../openapi';

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>koe API reference</title></head>
<body>
<script id="api-reference" data-url="/v1/openapi.json" data-configuration='{"agent":{"disabled":true},"showDeveloperTools":"never","hideClientButton":true}'></script>
<script src="/docs/scalar.js"></script>
</body>
</html>`;

export function apiDocsRoutes() {
  const app = new Hono<AppEnv>();
  const document = JSON.stringify(openApiDocument());
  let scalar: string | undefined;

  app.get('/v1/openapi.json', function getOpenApi(c) {
    return c.body(document, 200, {
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
    });
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
