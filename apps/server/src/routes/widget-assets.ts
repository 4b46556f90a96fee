// GET /koe.js — the widget bundle for the script tag —, GET /koe-explain.js —
// the console's words, which koe.js loads only when something needs
// explaining — and GET /demo, a page that embeds koe.js with the real snippet
// for the demo site (npm start). The scripts are read once and served from
// memory with an ETag; they are public (CORS *) and cached for a day,
// revalidated in the background for a week.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { problems } from '../api/problems';
import { PUBLIC, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { DEMO_SITE_ID } from '../demo-seed';
import { ApiError } from '../errors';
import { serverPackageDir } from '../package-dir';

export function widgetPath(): string {
  return join(serverPackageDir(), '..', '..', 'packages', 'widget', 'dist', 'koe.js');
}

function loadWidget(path: string): { body: string; etag: string } | undefined {
  try {
    const body = readFileSync(path, 'utf8');
    return {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    };
  } catch {
    return undefined;
  }
}

/** Answers GET for one built script: from memory, with its ETag. */
function scriptFile(path: string) {
  let script = loadWidget(path);
  return function serveScript(c: Context<AppEnv>) {
    // Built after the server started (npm run build): pick it up then.
    script ??= loadWidget(path);
    if (!script) throw new ApiError('not-found', 'the widget is not built: run npm run build');
    const headers = {
      etag: script.etag,
      'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
      'access-control-allow-origin': '*',
    };
    if (c.req.header('if-none-match') === script.etag) return c.body(null, 304, headers);
    return c.body(script.body, 200, {
      ...headers,
      'content-type': 'text/javascript; charset=utf-8',
    });
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function demoPage(siteKey: string): string {
  const key = escapeHtml(siteKey);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>koe demo shop</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem;margin:.25rem}</style>
<script>window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}</script>
<script async src="/koe.js" data-site="${key}"></script>
</head>
<body>
<h1>Demo Shop</h1>
<p>This page embeds koe with the snippet below. Each button asks one survey on the spot, as a site would right after an interaction.</p>
<pre><code>&lt;script&gt;window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}&lt;/script&gt;
&lt;script async src="/koe.js" data-site="${key}"&gt;&lt;/script&gt;</code></pre>
<button type="button" data-ask="srv_demo_nps" data-touchpoint="checkout">Finish checkout (NPS)</button>
<button type="button" data-ask="srv_demo_csat" data-touchpoint="support-chat">End support chat (CSAT)</button>
<button type="button" data-ask="srv_demo_ces" data-touchpoint="sign-up">Complete sign-up (CES)</button>
<script>
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-ask]');
  if (button) koe('ask', button.dataset.ask, { touchpoint: button.dataset.touchpoint });
});
</script>
</body>
</html>`;
}

const scriptAnswers = {
  200: {
    description: 'JavaScript',
    headers: {
      etag: { description: 'validator for If-None-Match', schema: { type: 'string' as const } },
    },
    content: { 'text/javascript': { schema: z.string() } },
  },
  304: { description: 'not modified (If-None-Match named the current ETag)' },
  ...problems(['not-found', 'the widget is not built (npm run build)']),
};

const getWidgetExplainer = createRoute({
  method: 'get',
  path: '/koe-explain.js',
  operationId: 'getWidgetExplainer',
  tags: ['ingestion'],
  summary: "The widget's console messages, loaded when needed",
  description:
    'koe.js adds this script from its host only when something needs explaining in the browser console: a setup problem (unknown key or survey, origin not allowed, answers failing) or debug mode. Cached and revalidated like koe.js.',
  ...PUBLIC,
  responses: scriptAnswers,
});

const getWidget = createRoute({
  method: 'get',
  path: '/koe.js',
  operationId: 'getWidgetScript',
  tags: ['ingestion'],
  summary: 'The widget script for the snippet',
  description:
    'The script a site pastes (`<script async src=".../koe.js" data-site="pk_…">`). Cached for a day and revalidated by ETag; CORS * so it can be served from a CDN.',
  ...PUBLIC,
  responses: scriptAnswers,
});

export function widgetAssetRoutes(services: Services, path = widgetPath()) {
  const { store } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services.secretKey);
  const widget = scriptFile(path);
  const explainer = scriptFile(join(dirname(path), 'koe-explain.js'));
  add(getWidget, function getWidget(c) {
    return widget(c);
  });
  add(getWidgetExplainer, function getWidgetExplainer(c) {
    return explainer(c);
  });

  app.get('/demo', async function getDemo(c) {
    const site = await store.getSite(DEMO_SITE_ID);
    if (!site)
      throw new ApiError('not-found', 'no demo site: start with npm start (koe serve --demo)');
    return c.html(demoPage(site.publishableKey));
  });

  return app;
}
