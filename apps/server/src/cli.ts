// The koe command line: `npm run koe -- <command>`.
//   serve [--port N] [--host H] [--db PATH | --database-url URL] [--demo]
//   migrate [--db PATH | --database-url URL]
//   sites create --name NAME --origin URL [--origin URL …] [--json]
//   keys create --site ID --scope read|write [--json]
//   openapi   (prints the OpenAPI document)
import { parseArgs } from 'node:util';
import { createSecretKey, createSite } from './admin';
import { standaloneOpenApiDocument } from './api/standalone-document';
import { systemClock } from './clock';
import { DEMO_SITE_ID, seedDemo } from './demo-seed';
import { type Env, parseEnv } from './env';
import { createLogger } from './log';
import { openStore } from './open-store';
import { startServer, stopOnSignals } from './server';

const USAGE = `usage: koe <command> [options]

commands:
  serve [--port N] [--host H] [--db PATH | --database-url URL] [--demo]
  migrate [--db PATH | --database-url URL]
  sites create --name NAME --origin URL [--origin URL …] [--json]
  keys create --site ID --scope read|write [--json]
  openapi                    print the OpenAPI 3.1 document (JSON)

environment: KOE_PORT, KOE_HOST, KOE_DB, KOE_DATABASE_URL, KOE_LOG_LEVEL,
  KOE_PUBLIC_URL, KOE_CLIENT_IP_HEADER, KOE_COUNTRY_HEADER,
  KOE_RATE_LIMIT_CLIENT, KOE_RATE_LIMIT_SITE, KOE_RATE_LIMIT_FAILED_KEY,
  KOE_WEBHOOK_ALLOW_PRIVATE, KOE_WEBHOOK_TIMEOUT_MS, KOE_WEBHOOK_RETRY_DELAYS_MS`;

class UsageError extends Error {}

function options(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'database-url': { type: 'string' },
      demo: { type: 'boolean' },
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      site: { type: 'string' },
      scope: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function envWithFlags(values: ReturnType<typeof options>['values']): Env {
  return parseEnv({
    ...process.env,
    ...(values.port !== undefined && { KOE_PORT: values.port }),
    ...(values.host !== undefined && { KOE_HOST: values.host }),
    ...(values.db !== undefined && { KOE_DB: values.db }),
    ...(values['database-url'] !== undefined && { KOE_DATABASE_URL: values['database-url'] }),
    ...(values.demo && { KOE_DEMO: 'true' }),
  });
}

function snippet(baseUrl: string, siteKey: string): string {
  return [
    `<script>window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}</script>`,
    `<script async src="${baseUrl}/koe.js" data-site="${siteKey}"></script>`,
  ].join('\n');
}

async function serveCommand(env: Env): Promise<void> {
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

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = options(argv);
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const env = envWithFlags(values);
  switch (`${command}${sub ? ` ${sub}` : ''}`) {
    case 'serve':
      await serveCommand(env);
      return -1; // keep running
    case 'migrate': {
      const store = await openStore({ db: env.KOE_DB, databaseUrl: env.KOE_DATABASE_URL });
      await store.close();
      console.log(`migrated ${store.dialect} database`);
      return 0;
    }
    case 'sites create': {
      if (!values.name || !values.origin?.length)
        throw new UsageError('sites create needs --name and --origin');
      const store = await openStore({ db: env.KOE_DB, databaseUrl: env.KOE_DATABASE_URL });
      try {
        const { site, secretKey } = await createSite(store, systemClock, {
          name: values.name,
          origins: values.origin,
        });
        const out = {
          siteId: site.id,
          siteKey: site.publishableKey,
          secretKey,
          origins: site.origins,
        };
        if (values.json) console.log(JSON.stringify(out));
        else {
          console.log(`site:             ${out.siteId}`);
          console.log(`publishable key:  ${out.siteKey}`);
          console.log(`secret key:       ${out.secretKey}   (write scope; shown once)`);
        }
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'keys create': {
      const scope = values.scope;
      if (!values.site || (scope !== 'read' && scope !== 'write')) {
        throw new UsageError('keys create needs --site ID and --scope read|write');
      }
      const store = await openStore({ db: env.KOE_DB, databaseUrl: env.KOE_DATABASE_URL });
      try {
        const key = await createSecretKey(store, systemClock, { siteId: values.site, scope });
        const out = { keyId: key.id, siteId: values.site, scope, secretKey: key.secretKey };
        if (values.json) console.log(JSON.stringify(out));
        else console.log(`secret key (${scope}, shown once): ${key.secretKey}`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'openapi':
      console.log(JSON.stringify(await standaloneOpenApiDocument(), null, 2));
      return 0;
    default:
      throw new UsageError(`unknown command "${positionals.join(' ')}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError;
    console.error(`koe: ${error instanceof Error ? error.message : String(error)}`);
    if (usage) console.error(`\n${USAGE}`);
    process.exitCode = 2;
  },
);
