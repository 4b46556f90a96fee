// `koe serve`: the server on a real socket, with the demo site and its
// banner when started by `npm start` (--demo).

import { systemClock } from '../clock';
import { DEMO_SITE_ID, seedDemo } from '../demo-seed';
import type { Env } from '../env';
import { createLogger } from '../log';
import { openStore } from '../open-store';
import { startServer, stopOnSignals } from '../server';

function snippet(baseUrl: string, siteKey: string): string {
  return [
    `<script>window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}</script>`,
    `<script async src="${baseUrl}/koe.js" data-site="${siteKey}"></script>`,
  ].join('\n');
}

export async function serveCommand(env: Env): Promise<void> {
  const log = createLogger(env.KOE_LOG_LEVEL);
  const store = await openStore({ db: env.KOE_DB, databaseUrl: env.KOE_DATABASE_URL });
  const running = await startServer({
    store,
    clock: systemClock,
    log,
    port: env.KOE_PORT,
    host: env.KOE_HOST,
    config: {
      clientRateLimit: env.KOE_RATE_LIMIT_CLIENT,
      siteRateLimit: env.KOE_RATE_LIMIT_SITE,
      failedKeyRateLimit: env.KOE_RATE_LIMIT_FAILED_KEY,
      clientIpHeader: env.KOE_CLIENT_IP_HEADER,
      countryHeader: env.KOE_COUNTRY_HEADER,
      publicUrl: env.KOE_PUBLIC_URL,
      webhookAllowPrivate: env.KOE_WEBHOOK_ALLOW_PRIVATE,
      webhookTimeoutMs: env.KOE_WEBHOOK_TIMEOUT_MS,
      webhookRetryDelaysMs: env.KOE_WEBHOOK_RETRY_DELAYS_MS,
    },
  });
  stopOnSignals(running);
  const displayHost =
    env.KOE_HOST === '0.0.0.0' || env.KOE_HOST === '::' ? 'localhost' : env.KOE_HOST;
  const baseUrl = env.KOE_PUBLIC_URL?.replace(/\/$/, '') ?? `http://${displayHost}:${running.port}`;
  log.info({ url: baseUrl, storage: store.dialect }, 'koe is listening');
  if (env.KOE_DEMO) {
    const origins = [
      baseUrl,
      `http://localhost:${running.port}`,
      `http://127.0.0.1:${running.port}`,
    ];
    const { site, secretKey } = await seedDemo(store, systemClock, [...new Set(origins)]);
    console.log(`\nkoe is running at ${baseUrl}\n`);
    console.log(`Demo site:        ${site.id}`);
    console.log(`Publishable key:  ${site.publishableKey}`);
    console.log(
      secretKey
        ? `Secret key:       ${secretKey}   (shown once; keep it)`
        : `Secret key:       shown at first start; make another with\n                  npm run koe -- keys create --site ${DEMO_SITE_ID} --scope write`,
    );
    console.log(`\nPaste into your page:\n${snippet(baseUrl, site.publishableKey)}\n`);
    console.log(`Dashboard:        ${baseUrl}/app (sign in with the secret key)\n`);
  }
}
