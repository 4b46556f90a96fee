// Runs the real `koe` CLI as a child process, for tests that need a real
// socket, signals or a crash.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

export function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
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
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', ...args], {
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
