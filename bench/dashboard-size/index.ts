// bench/dashboard-size: bytes of the built dashboard (raw, gzip -9, brotli
// max), each file compressed on its own as a server would send it. Split by
// when the browser loads it: the first page (what index.html names: entry,
// preloaded chunks, stylesheet), the editor chunk (loaded on first edit), the
// preview frame, and everything. Builds the dashboard first.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { printTable } from '../table';

const dashboardDir = fileURLToPath(new URL('../../apps/dashboard/', import.meta.url));
const built = spawnSync('npm', ['run', 'build', '--silent'], {
  cwd: dashboardDir,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(1);
const dist = `${dashboardDir}dist/`;

/** The /app/assets/… files a page names in its <script>, <link rel=modulepreload|stylesheet>. */
function assetsOf(page: string): string[] {
  const html = readFileSync(`${dist}${page}`, 'utf8');
  return [...html.matchAll(/(?:src|href)="\/app\/assets\/([^"]+)"/g)].map((m) => m[1] as string);
}

function sizes(files: string[]): string[] {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const code = readFileSync(`${dist}assets/${file}`);
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
    brotli += brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return [raw, gzip, brotli].map((n) => n.toLocaleString('en'));
}

const all = readdirSync(`${dist}assets`).filter((file) => /\.(js|css)$/.test(file));
const firstPage = assetsOf('index.html');
const preview = assetsOf('preview.html');
const editor = all.filter((file) => file.startsWith('survey-editor-'));

printTable(
  ['what loads', 'files', 'raw bytes', 'gzip -9', 'brotli 11'],
  [
    [
      'first page: sign-in, list, overview (JS + CSS)',
      String(firstPage.length),
      ...sizes(firstPage),
    ],
    ['survey editor chunk (on first edit)', String(editor.length), ...sizes(editor)],
    ['preview frame (widget, in the editor)', String(preview.length), ...sizes(preview)],
    ['everything (all JS + CSS)', String(all.length), ...sizes(all)],
  ],
);
