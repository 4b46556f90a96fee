// `koe serve`: the server on a real socket, with the demo site and its
// banner when started by `npm start` (--demo). A person reads that banner, so
// it is the only thing printed then (the JSON "listening" line goes to the
// debug level), and a port already in use is one line saying what to do,
// not a stack trace.

import { openSetup } from '../accounts/setup';
import { systemClock } from '../clock';
import { DEMO_SITE_ID, ensureDemoOwner, seedDemo } from '../demo-seed';
import type { Env } from '../env';
import { createLogger } from '../log';
import { openStore } from '../open-store';
import { isPortTaken, startServer, stopOnSignals } from '../server';

function snippet(baseUrl: string, siteKey: string): string {
  return [
    `<script>window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}</script>`,
    `<script async src="${baseUrl}/koe.js" data-site="${siteKey}"></script>`,
  ].join('\n');
}

/** The same page under the name people type: loopback and "every interface" read as localhost. */
function displayHost(host: string): string {
  return ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(host) ? 'localhost' : host;
}

/** What to type to start on the next port, the way this start was asked for. */
function otherPort(env: Env, portFlag: boolean): string {
  const next = env.KOE_PORT >= 65535 || env.KOE_PORT === 0 ? 8788 : env.KOE_PORT + 1;
  if (portFlag) return `--port ${next}`;
  return env.KOE_DEMO ? `KOE_PORT=${next} npm start` : `KOE_PORT=${next}`;
}

/** Serves until a signal stops it (-1), or answers 1 when the port is taken. */
export async function serveCommand(env: Env, { portFlag = false } = {}): Promise<number> {
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
      sessions: {
        idleMs: env.KOE_SESSION_IDLE_HOURS * 3_600_000,
        absoluteMs: env.KOE_SESSION_MAX_DAYS * 86_400_000,
      },
      auditRetentionDays: env.KOE_AUDIT_RETENTION_DAYS,
      smtpUrl: env.KOE_SMTP_URL,
      mailFrom: env.KOE_MAIL_FROM,
    },
  }).catch(async (error: unknown) => {
    await store.close();
    if (!isPortTaken(error)) throw error;
    console.error(
      `koe: port ${env.KOE_PORT} is already in use — stop the other program or start on another port: ${otherPort(env, portFlag)}`,
    );
    return undefined;
  });
  if (!running) return 1;
  stopOnSignals(running);
  const publicUrl = env.KOE_PUBLIC_URL?.replace(/\/$/, '');
  // The log names the address listened on; the banner, the name people type (as the README does).
  const host = ['0.0.0.0', '::'].includes(env.KOE_HOST)
    ? 'localhost'
    : env.KOE_HOST.includes(':')
      ? `[${env.KOE_HOST}]`
      : env.KOE_HOST;
  const baseUrl = publicUrl ?? `http://${displayHost(env.KOE_HOST)}:${running.port}`;
  // In demo mode a person reads the banner below: the JSON line would only interrupt it.
  log[env.KOE_DEMO ? 'debug' : 'info'](
    { url: publicUrl ?? `http://${host}:${running.port}`, storage: store.dialect },
    'koe is listening',
  );
  if (env.KOE_DEMO) {
    const origins = [
      new URL(baseUrl).origin,
      `http://localhost:${running.port}`,
      `http://127.0.0.1:${running.port}`,
    ];
    const { site, secretKey, answers } = await seedDemo(store, systemClock, [...new Set(origins)], {
      answers: env.KOE_DEMO_DATA,
    });
    console.log(`\nkoe is running at ${baseUrl}\n`);
    console.log(`Demo site:        ${site.id}`);
    console.log(`Publishable key:  ${site.publishableKey}`);
    console.log(
      secretKey
        ? `Secret key:       ${secretKey}   (shown once; keep it)`
        : `Secret key:       shown at first start; make another with\n                  npm run koe -- keys create --site ${DEMO_SITE_ID} --scope write`,
    );
    if (answers)
      console.log(
        `Demo answers:     ${answers} over the last 90 days (attribute demo: true; erase with\n                  npm run koe -- demo-data remove)`,
      );
    console.log(`\nPaste into your page:\n${snippet(baseUrl, site.publishableKey)}`);
    console.log(
      `and allow its origin first, e.g.: npm run koe -- sites update --site ${site.id} --add-origin http://localhost:3000\n`,
    );
    const owner = await ensureDemoOwner(store, systemClock);
    console.log(`Dashboard:        ${baseUrl}/app`);
    console.log(
      owner.password
        ? `                  sign in as ${owner.email} with password ${owner.password}   (shown once)\n`
        : `                  sign in as ${owner.email} (password shown at first start; a new one:\n                  npm run koe -- users reset-password --email ${owner.email})\n`,
    );
  } else {
    const token = await openSetup(store, systemClock);
    if (token)
      console.log(
        `\nkoe has no accounts yet. Create the owner within 24 hours with this one-time link:\n\n  ${baseUrl}/app/setup?token=${token}\n\n(a new link is printed at every start until then; or: koe users create --email … --org … --role owner)\n`,
      );
  }
  return -1;
}
