// bench/dashboard-size: bytes of the built dashboard (raw, gzip -9, brotli
// max), each file compressed on its own as a server would send it. Split by
// when the browser loads it: the first page (what index.html names: entry,
// preloaded chunks, stylesheet), the editor chunk (loaded on first edit), the
// preview frame, and everything. Builds the dashboard first.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWorkspace } from '../build';
import { writeResults } from '../results';
import { sizeCells, totalSizes } from '../sizes';
import { printTable } from '../table';

const dashboardDir = fileURLToPath(new URL('../../apps/dashboard/', import.meta.url));
buildWorkspace(dashboardDir);
const dist = `${dashboardDir}dist/`;

/** The /app/assets/… files a page names in its <script>, <link rel=modulepreload|stylesheet>. */
function assetsOf(page: string): string[] {
  const html = readFileSync(`${dist}${page}`, 'utf8');
  return [...html.matchAll(/(?:src|href)="\/app\/assets\/([^"]+)"/g)].map((m) => m[1] as string);
}

function sizes(files: string[]): string[] {
  return sizeCells(totalSizes(files.map((file) => readFileSync(`${dist}assets/${file}`))));
}

const all = readdirSync(`${dist}assets`).filter((file) => /\.(js|css)$/.test(file));
const firstPage = assetsOf('index.html');
const preview = assetsOf('preview.html');
const editor = all.filter((file) => file.startsWith('survey-editor-'));
const firstPageSizes = sizes(firstPage);
const allSizes = sizes(all);

printTable(
  ['what loads', 'files', 'raw bytes', 'gzip -9', 'brotli 11'],
  [
    ['first page: sign-in, list, overview (JS + CSS)', String(firstPage.length), ...firstPageSizes],
    ['survey editor chunk (on first edit)', String(editor.length), ...sizes(editor)],
    ['preview frame (widget, in the editor)', String(preview.length), ...sizes(preview)],
    ['everything (all JS + CSS)', String(all.length), ...allSizes],
  ],
);

// No baseline to stand beside: the summary shows what an analyst's browser
// downloads before the first screen and in all.
const section = 'dashboard bytes: raw / gzip -9 / brotli 11';
writeResults({
  name: 'dashboard-size',
  rows: [
    {
      section,
      what: 'first page (JS + CSS)',
      koe: firstPageSizes.join(' / '),
      baseline: '',
      ratio: 'bytes',
    },
    {
      section,
      what: 'everything (JS + CSS)',
      koe: allSizes.join(' / '),
      baseline: '',
      ratio: 'bytes',
    },
  ],
  notes: [],
});
