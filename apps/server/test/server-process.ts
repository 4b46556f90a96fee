// Runs the real `koe` CLI as a child process, for tests that need a real
// socket, signals or a crash.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const BUILT_CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** What dist/cli.js is built from (vite bundles the workspace packages in). */
const SOURCES = [
  '../src',
  '../drizzle',
  '../../../packages/core/src',
  '../../../packages/precompress/src',
].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let command: string[] | undefined;
/**
 * How to run the CLI: the built one when it is newer than every source it is built from (what
 * ships, and it starts in half the time: `npm test` builds first), else the sources through tsx.
 */
function cli(): string[] {
  if (!command) {
    let built = 0;
    try {
      built = statSync(BUILT_CLI).mtimeMs;
    } catch {}
    const fresh = built > 0 && SOURCES.every((dir) => newestChange(dir) < built);
    command = fresh ? [BUILT_CLI] : ['--import', 'tsx', SOURCE_CLI];
  }
  return command;
}

export function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [...cli(), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface CreatedSite {
  siteId: string;
  siteKey: string;
  secretKey: string;
}

/** `koe sites create … --json` on a database: ['--db', path] or ['--database-url', url]. */
export function createSiteWithCli(name: string, origin: string, database: string[]): CreatedSite {
  const result = runCli([
    'sites',
    'create',
    '--name',
    name,
    '--origin',
    origin,
    '--json',
    ...database,
  ]);
  if (result.status !== 0) throw new Error(`sites create failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
}

/** Starts `koe serve` on a free port and resolves once it listens. */
export function startServerProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...cli(), 'serve', '--port', '0', ...args], {
    // The listening line is logged at info (without --demo).
    env: { ...process.env, ...env, KOE_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The JSON line says where it listens; with --demo, the banner does instead.
      const match =
        output.match(/"url":"(http:\/\/[^"]+)","storage"/) ??
        output.match(/koe is running at (http:\/\/\S+)\n[\s\S]*Dashboard: /);
      if (match) {
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1] as string, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
