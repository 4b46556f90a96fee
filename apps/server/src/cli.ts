// The koe command line: `npm run koe -- <command>`. Parses the arguments
// and the environment (env.ts), opens the store and hands over to one of
// commands/. A refusal (an ApiError, as the API would answer it) or a usage
// mistake prints one line and exits 2.
import { parseArgs } from 'node:util';
import { standaloneOpenApiDocument } from './api/standalone-document';
import { systemClock } from './clock';
import {
  createUserCommand,
  listOrganizations,
  parseRole,
  resetPasswordCommand,
} from './commands/accounts';
import { createKey, listKeys, revokeKey } from './commands/keys';
import { printJson } from './commands/output';
import { serveCommand } from './commands/serve';
import { createSiteCommand, listSites, updateSiteCommand } from './commands/sites';
import { removeDemoAnswers } from './demo-seed';
import { type Env, parseEnv } from './env';
import { openStore } from './open-store';
import type { Store } from './store/types';

const USAGE = `usage: koe <command> [options]

commands:
  serve [--port N] [--host H] [--db PATH | --database-url URL] [--demo [--no-demo-data]]
  migrate [--db PATH | --database-url URL]
  sites list [--json]
  sites create --name NAME --origin URL [--origin URL …] [--org ID] [--json]
  sites update --site ID [--name NAME] [--add-origin URL …] [--remove-origin URL …] [--json]
  keys list --site ID [--json]
  keys create --site ID --scope read|write [--name NAME] [--json]
  keys revoke --key ID [--json]
  users create --email EMAIL --org ID|NAME --role owner|admin|editor|viewer [--name NAME] [--json]
                             a new account gets a random password, printed once
  users reset-password --email EMAIL [--json]   a new random password; every session ends
  orgs list [--json]
  demo-data remove [--json]  erase the demo site's made-up answers (marked demo: true)
  openapi                    print the OpenAPI 3.1 document (JSON)

Every command takes --db PATH or --database-url URL (default: KOE_DB, ./data/koe.db).

environment: KOE_PORT, KOE_HOST, KOE_DB, KOE_DATABASE_URL, KOE_LOG_LEVEL, KOE_DEMO_DATA,
  KOE_PUBLIC_URL, KOE_CLIENT_IP_HEADER, KOE_COUNTRY_HEADER,
  KOE_RATE_LIMIT_CLIENT, KOE_RATE_LIMIT_SITE, KOE_RATE_LIMIT_FAILED_KEY,
  KOE_WEBHOOK_ALLOW_PRIVATE, KOE_WEBHOOK_TIMEOUT_MS, KOE_WEBHOOK_RETRY_DELAYS_MS,
  KOE_SESSION_IDLE_HOURS, KOE_SESSION_MAX_DAYS, KOE_AUDIT_RETENTION_DAYS, KOE_SMTP_URL,
  KOE_MAIL_FROM`;

class UsageError extends Error {}

function options(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true, // --no-demo-data
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'database-url': { type: 'string' },
      demo: { type: 'boolean' },
      'demo-data': { type: 'boolean' },
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'add-origin': { type: 'string', multiple: true },
      'remove-origin': { type: 'string', multiple: true },
      site: { type: 'string' },
      key: { type: 'string' },
      scope: { type: 'string' },
      email: { type: 'string' },
      org: { type: 'string' },
      role: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

type Values = ReturnType<typeof options>['values'];

function envWithFlags(values: Values): Env {
  return parseEnv({
    ...process.env,
    ...(values.port !== undefined && { KOE_PORT: values.port }),
    ...(values.host !== undefined && { KOE_HOST: values.host }),
    ...(values.db !== undefined && { KOE_DB: values.db }),
    ...(values['database-url'] !== undefined && { KOE_DATABASE_URL: values['database-url'] }),
    ...(values.demo && { KOE_DEMO: 'true' }),
    ...(values['demo-data'] !== undefined && { KOE_DEMO_DATA: String(values['demo-data']) }),
  });
}

async function withStore(env: Env, run: (store: Store) => Promise<void>): Promise<number> {
  const store = await openStore({ db: env.KOE_DB, databaseUrl: env.KOE_DATABASE_URL });
  try {
    await run(store);
  } finally {
    await store.close();
  }
  return 0;
}

function required(value: string | undefined, message: string): string {
  if (!value) throw new UsageError(message);
  return value;
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = options(argv);
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const env = envWithFlags(values);
  const json = values.json ?? false;
  switch (`${command}${sub ? ` ${sub}` : ''}`) {
    case 'serve':
      return serveCommand(env, { portFlag: values.port !== undefined }); // -1: keeps running
    case 'migrate':
      return withStore(env, async (store) => {
        console.log(`migrated ${store.dialect} database`);
      });
    case 'sites list':
      return withStore(env, (store) => listSites(store, { json }));
    case 'sites create': {
      if (!values.name || !values.origin?.length)
        throw new UsageError('sites create needs --name and --origin');
      const { name, origin: origins } = values;
      return withStore(env, (store) =>
        createSiteCommand(store, systemClock, { name, origins, org: values.org, json }),
      );
    }
    case 'sites update': {
      const siteId = required(values.site, 'sites update needs --site ID');
      const add = values['add-origin'] ?? [];
      const remove = values['remove-origin'] ?? [];
      if (values.name === undefined && !add.length && !remove.length)
        throw new UsageError('sites update needs --name, --add-origin or --remove-origin');
      return withStore(env, (store) =>
        updateSiteCommand(store, { siteId, name: values.name, add, remove, json }),
      );
    }
    case 'keys list': {
      const siteId = required(values.site, 'keys list needs --site ID');
      return withStore(env, (store) => listKeys(store, { siteId, json }));
    }
    case 'keys create': {
      const scope = values.scope;
      if (!values.site || (scope !== 'read' && scope !== 'write'))
        throw new UsageError('keys create needs --site ID and --scope read|write');
      const siteId = values.site;
      return withStore(env, (store) =>
        createKey(store, systemClock, { siteId, scope, name: values.name, json }),
      );
    }
    case 'keys revoke': {
      const keyId = required(values.key, 'keys revoke needs --key ID (koe keys list shows them)');
      return withStore(env, (store) => revokeKey(store, systemClock, { keyId, json }));
    }
    case 'users create': {
      const email = required(values.email, 'users create needs --email EMAIL');
      const org = required(values.org, 'users create needs --org ID|NAME');
      const role = parseRole(required(values.role, 'users create needs --role ROLE'));
      return withStore(env, (store) =>
        createUserCommand(store, systemClock, { email, org, role, name: values.name, json }),
      );
    }
    case 'users reset-password': {
      const email = required(values.email, 'users reset-password needs --email EMAIL');
      return withStore(env, (store) => resetPasswordCommand(store, systemClock, { email, json }));
    }
    case 'orgs list':
      return withStore(env, (store) => listOrganizations(store, { json }));
    case 'demo-data remove':
      return withStore(env, async (store) => {
        const erased = await removeDemoAnswers(store);
        if (json) printJson({ erased });
        else console.log(`erased ${erased} demo answers`);
      });
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
