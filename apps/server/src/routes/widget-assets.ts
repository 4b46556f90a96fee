// GET /koe.js — the widget's loader for the script tag —, GET /koe-ui.js —
// the UI, which koe.js adds when a survey is about to show —, GET
// /koe-explain.js — the console's words, which koe.js loads only when
// something needs explaining — and GET /demo, a page that embeds koe.js with
// the real snippet for the demo site (npm start). The scripts are sent as the
// build compressed them (see static-file.ts) with an ETag per encoding; they
// are public (CORS *) and cached for a day, revalidated in the background for
// a week.
import { dirname, join } from 'node:path';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { problems } from '../api/problems';
import { PUBLIC, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { DEMO_SITE_ID } from '../demo-seed';
import { ApiError } from '../errors';
import { escapeHtml } from '../escape-html';
import { serverPackageDir } from '../package-dir';
import { StaticFiles, serveStaticFile } from '../static-file';

export function widgetPath(): string {
  return join(serverPackageDir(), '..', '..', 'packages', 'widget', 'dist', 'koe.js');
}

/** Answers GET for one built script, as the build compressed it; read again after a rebuild. */
function scriptFile(files: StaticFiles, path: string) {
  return async function serveScript(c: Context<AppEnv>) {
    const script = await files.get(path, 'text/javascript; charset=utf-8');
    if (!script) throw new ApiError('not-found', 'the widget is not built: run npm run build');
    return serveStaticFile(c, script, {
      'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
      'access-control-allow-origin': '*',
    });
  };
}

/** The demo shop page for a site's publishable key (exported for the layout test). */
export function demoPage(siteKey: string): string {
  const key = escapeHtml(siteKey);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>koe demo shop</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem;margin:.25rem}pre{white-space:pre-wrap;overflow-wrap:anywhere}</style>
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

const getWidgetUi = createRoute({
  method: 'get',
  path: '/koe-ui.js',
  operationId: 'getWidgetUi',
  tags: ['ingestion'],
  summary: "The widget's UI, loaded when a survey is about to show",
  description:
    "koe.js adds this script, from beside itself and with the page's CSP nonce, when a survey is about to show, or when the page is idle and an armed trigger could show one; pages where no survey can show never load it. A CDN serving koe.js serves this file beside it. Cached and revalidated like koe.js.",
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
    'The loader a site pastes into its pages with the publishable key in data-site (see the snippet in the README), at most 2 KB gzip, brotli- or gzip-compressed per Accept-Encoding. It adds koe-ui.js from beside itself only when a survey may show. Cached for a day and revalidated by ETag (one per encoding); CORS * so it can be served from a CDN.',
  ...PUBLIC,
  responses: scriptAnswers,
});

export function widgetAssetRoutes(services: Services, path = widgetPath()) {
  const { store } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);
  const files = new StaticFiles();
  const widget = scriptFile(files, path);
  const explainer = scriptFile(files, join(dirname(path), 'koe-explain.js'));
  const ui = scriptFile(files, join(dirname(path), 'koe-ui.js'));
  add(getWidget, function getWidget(c) {
    return widget(c);
  });
  add(getWidgetUi, function getWidgetUi(c) {
    return ui(c);
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
