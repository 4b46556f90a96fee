// The analyst dashboard at /app: the built apps/dashboard/dist. index.html
// answers /app and every /app/* route (the dashboard routes in the URL
// fragment, but a deep link must still load it) and is revalidated each
// time; the hashed files under /app/assets never change, so they are cached
// for a year. Every page gets a strict CSP: scripts and styles only from
// this origin, no inline code, no eval, and it talks to this server only.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import { serverPackageDir } from '../package-dir';

export function dashboardPath(): string {
  return join(serverPackageDir(), '..', 'dashboard', 'dist');
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The policy for every dashboard page. The editor's preview frame is an /app page too. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const PAGE_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/** Built file names are [name]-[hash].ext: nothing else (no "..", no slashes) is served. */
const ASSET_NAME = /^[\w-]+(?:\.[\w-]+)*\.[a-z0-9]+$/;

function readOrNothing(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

export function dashboardAssetRoutes(dir = dashboardPath()) {
  const app = new Hono<AppEnv>();
  const files = new Map<string, Buffer>();

  /** Hashed assets never change under their name, so each is read once. */
  function readAsset(name: string): Buffer | undefined {
    const cached = files.get(name);
    if (cached) return cached;
    const body = readOrNothing(join(dir, 'assets', name));
    if (body) files.set(name, body);
    return body;
  }

  // Pages are read on each request (they are tiny): after a rebuild they name new assets.
  function page(name: 'index.html' | 'preview.html') {
    const body = readOrNothing(join(dir, name));
    if (!body) throw new ApiError('not-found', 'the dashboard is not built: run npm run build');
    return new Response(new Uint8Array(body), {
      headers: { ...PAGE_HEADERS, 'content-type': CONTENT_TYPES['.html'] as string },
    });
  }

  app.get('/app/assets/:name', function getDashboardAsset(c) {
    const name = c.req.param('name');
    const body = ASSET_NAME.test(name) ? readAsset(name) : undefined;
    if (!body) throw new ApiError('not-found', `no dashboard asset ${name}`);
    return c.body(new Uint8Array(body), 200, {
      'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      // The preview frame is sandboxed (an opaque origin), and module scripts are
      // fetched with CORS: without this it could not load its own script.
      'access-control-allow-origin': '*',
    });
  });

  app.get('/app/preview.html', function getPreviewPage() {
    return page('preview.html');
  });
  app.get('/app', function getDashboard() {
    return page('index.html');
  });
  app.get('/app/*', function getDashboardRoute() {
    return page('index.html');
  });

  return app;
}
