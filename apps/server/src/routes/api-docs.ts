// GET /v1/openapi.json, the reference page at /docs and an interactive one
// at /docs/interactive.
//
// /docs is rendered on this server from the OpenAPI document, once, on its
// first request (api-reference/): plain HTML and one inline stylesheet, no
// script, no font, nothing from another host, under a CSP that allows
// exactly that stylesheet. Lighthouse (mobile, simulated slow 4G and 4× CPU
// slowdown) on a shared 2-core machine scores it 91 to 100 for performance
// (less while other suites run beside it: load only adds main-thread time)
// and 100 for accessibility, in about 8 KB. Scalar's page scored 25 and 85:
// 3.6 MB of script and a first paint after 19.6 s. Scalar without its fonts,
// compressed and under a CSP still scored 28 (6.3 s, 0.8 MB), hence a page
// of our own.
//
// Scalar stays for trying requests from the browser, at /docs/interactive
// only, served from here (dist/docs/scalar.js, precompressed at build) with
// its default fonts, AI agent and developer toolbar off: each would talk to
// Scalar's servers, and its CSP lets the page talk to this server only.
// Scalar probes once for eval (new Function('')); the CSP refuses it, the
// browser logs that, and Scalar carries on without.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { PUBLIC, routeAdder } from '../api/route';
import { renderReference } from '../api-reference/render-page';
import { REFERENCE_CSS } from '../api-reference/styles';
import type { AppEnv, Services } from '../context';
import { ApiError, PROBLEMS } from '../errors';
import { serverPackageDir } from '../package-dir';
import { StaticFiles, serveStaticFile, staticFile } from '../static-file';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const HTML = 'text/html; charset=utf-8';

/** Scalar's bundle as the build copied and compressed it, or straight from node_modules. */
function scalarPath(): string {
  const built = join(serverPackageDir(), 'dist', 'docs', 'scalar.js');
  if (existsSync(built)) return built;
  return createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js');
}

/** docs/statistics.md of the repository this server runs from. */
function statisticsPath(): string {
  return join(serverPackageDir(), '..', '..', 'docs', 'statistics.md');
}

const SCALAR_CONFIGURATION = {
  url: '/v1/openapi.json',
  withDefaultFonts: false,
  agent: { disabled: true },
  showDeveloperTools: 'never',
  hideClientButton: true,
};

/** Starts Scalar on the page; allowed by its hash in the page's CSP. */
const SCALAR_START = `Scalar.createApiReference('#app', ${JSON.stringify(SCALAR_CONFIGURATION)});`;

const INTERACTIVE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>koe API reference (interactive)</title>
</head>
<body>
<main id="app"></main>
<script src="/docs/scalar.js"></script>
<script>${SCALAR_START}</script>
</body>
</html>`;

const policy = (...directives: string[]) =>
  [
    "default-src 'none'",
    ...directives,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

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

/** `buildDocument` makes the OpenAPI document; it is called once, on first use. */
export function apiDocsRoutes(services: Services, buildDocument: () => object) {
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);
  let built: Record<string, unknown> | undefined;
  const document = () => {
    built ??= buildDocument() as Record<string, unknown>;
    return built;
  };
  const files = new StaticFiles();
  const scalar = scalarPath();

  // Rendered (about 30 ms) and compressed at quality 11 when first asked for, then kept:
  // the document does not change while the server runs, and startup stays fast.
  const reference = () =>
    renderReference(document(), {
      css: REFERENCE_CSS,
      links: [
        { href: '/v1/openapi.json', text: 'OpenAPI document (JSON)' },
        { href: '/docs/interactive', text: 'Try requests (interactive, loads 0.8 MB)' },
        { href: '/docs/statistics.md', text: 'Statistics: how every number is computed' },
      ],
      problemTypes: Object.entries(PROBLEMS).map(([code, { status, title }]) => ({
        type: `urn:koe:problem:${code}`,
        status,
        title,
      })),
    });
  let referenceFile: ReturnType<typeof staticFile> | undefined;
  let interactiveFile: ReturnType<typeof staticFile> | undefined;

  add(getOpenApi, function getOpenApi(c) {
    return c.json(document(), 200, { 'access-control-allow-origin': '*' });
  });

  app.get('/docs', async function getDocs(c) {
    referenceFile ??= staticFile(Buffer.from(reference()), HTML);
    return serveStaticFile(c, await referenceFile, {
      'content-security-policy': policy(`style-src ${sha256(REFERENCE_CSS)}`),
      'cache-control': 'no-cache',
    });
  });

  app.get('/docs/interactive', async function getInteractiveDocs(c) {
    interactiveFile ??= staticFile(Buffer.from(INTERACTIVE_PAGE), HTML);
    return serveStaticFile(c, await interactiveFile, {
      'content-security-policy': policy(
        `script-src 'self' ${sha256(SCALAR_START)}`,
        // Scalar sets styles from script (its theme, Vue's style bindings).
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
      ),
      'cache-control': 'no-cache',
    });
  });

  // docs/statistics.md as written (Markdown is plain text to read): every number the
  // API gives, its formula, references and the coverage study behind its interval.
  app.get('/docs/statistics.md', async function getStatistics(c) {
    const file = await files.get(statisticsPath(), 'text/markdown; charset=utf-8');
    if (!file) throw new ApiError('not-found', 'docs/statistics.md is not part of this install');
    return serveStaticFile(c, file, { 'cache-control': 'no-cache' });
  });

  app.get('/docs/scalar.js', async function getScalar(c) {
    const file = await files.get(scalar, 'text/javascript; charset=utf-8');
    if (!file) throw new Error(`Scalar's bundle is missing at ${scalar}`);
    return serveStaticFile(c, file, { 'cache-control': 'public, max-age=86400' });
  });

  return app;
}
