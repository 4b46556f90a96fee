// The analyst dashboard at /app: the built apps/dashboard/dist. index.html
// answers /app and every /app/* route (the dashboard routes in the URL
// fragment, but a deep link must still load it) and is revalidated each
// time; the hashed files under /app/assets never change, so they are cached
// for a year. Every page gets a strict CSP: scripts and styles only from
// this origin, no inline code, no eval, and it talks to this server only.
// Every file goes out as the build compressed it (static-file.ts).
import { extname, join } from 'node:path';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import { serverPackageDir } from '../package-dir';
import { StaticFiles, serveStaticFile } from '../static-file';

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
  'cache-control': 'no-cache',
};

/** Built file names are [name]-[hash].ext: nothing else (no "..", no slashes) is served. */
const ASSET_NAME = /^[\w-]+(?:\.[\w-]+)*\.[a-z0-9]+$/;

export function dashboardAssetRoutes(dir = dashboardPath()) {
  const app = new Hono<AppEnv>();
  // Pages are checked on each request (after a rebuild they name new assets);
  // hashed assets never change under their name.
  const files = new StaticFiles();

  async function page(c: Context<AppEnv>, name: 'index.html' | 'preview.html') {
    const file = await files.get(join(dir, name), CONTENT_TYPES['.html'] as string);
    if (!file) throw new ApiError('not-found', 'the dashboard is not built: run npm run build');
    return serveStaticFile(c, file, PAGE_HEADERS);
  }

  app.get('/app/assets/:name', async function getDashboardAsset(c) {
    const name = c.req.param('name');
    // Only built kinds of file: never a .br/.gz sibling as if it were the file.
    const type = CONTENT_TYPES[extname(name)];
    const file =
      ASSET_NAME.test(name) && type ? await files.get(join(dir, 'assets', name), type) : undefined;
    if (!file) throw new ApiError('not-found', `no dashboard asset ${name}`);
    return serveStaticFile(c, file, {
      'cache-control': 'public, max-age=31536000, immutable',
      // The preview frame is sandboxed (an opaque origin), and module scripts are
      // fetched with CORS: without this it could not load its own script.
      'access-control-allow-origin': '*',
    });
  });

  app.get('/app/preview.html', function getPreviewPage(c) {
    return page(c, 'preview.html');
  });
  app.get('/app', function getDashboard(c) {
    return page(c, 'index.html');
  });
  app.get('/app/*', function getDashboardRoute(c) {
    return page(c, 'index.html');
  });

  return app;
}
