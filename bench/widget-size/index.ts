// bench/widget-size: bytes of the script-tag files (raw, gzip -9, brotli
// max) — the loader every page loads (koe.js), and with the UI (koe-ui.js)
// what a page that shows a survey loads — beside Preact + hooks alone,
// bundled and minified the same way (the smallest common framework: the
// widget itself uses none), and beside the survey bundles other
// widgets publish on npm (fetched from the registry now, see competitors.ts).
// Builds the widget first.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildWorkspace } from '../build';
import { ratio, writeResults } from '../results';
import { type ByteSizes, byteSizes, sizeCells, totalSizes } from '../sizes';
import { printTable } from '../table';
import { fetchCompetitorBundles } from './competitors';

const widgetDir = fileURLToPath(new URL('../../packages/widget', import.meta.url));
buildWorkspace(widgetDir);

/** Preact and its hooks, minified into one IIFE like the widget (entry written next to the widget's sources). */
async function preactAlone(): Promise<Buffer> {
  const entry = join(widgetDir, '.preact-alone.ts');
  writeFileSync(
    entry,
    "import { h, render, Component } from 'preact'; import { useState, useEffect, useRef } from 'preact/hooks';\n" +
      '(globalThis as Record<string, unknown>).p = [h, render, Component, useState, useEffect, useRef];\n',
  );
  try {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: widgetDir,
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry, formats: ['iife'], name: 'p', fileName: () => 'p.js' },
      },
    });
    const output = (Array.isArray(result) ? result[0] : result) as {
      output: Array<{ code?: string }>;
    };
    return Buffer.from(output.output[0]?.code ?? '');
  } finally {
    rmSync(entry, { force: true });
  }
}

const loader = byteSizes(readFileSync(`${widgetDir}/dist/koe.js`));
const ui = byteSizes(readFileSync(`${widgetDir}/dist/koe-ui.js`));
/** What a page showing a survey loads: the two files, each compressed on its own. */
const widget = totalSizes([
  readFileSync(`${widgetDir}/dist/koe.js`),
  readFileSync(`${widgetDir}/dist/koe-ui.js`),
]);
// What GET /koe.js sends to a browser (Accept-Encoding: br, gzip): the build's
// brotli 11 sibling, byte for byte (apps/server/test/static-files.test.ts).
const onTheWire = readFileSync(`${widgetDir}/dist/koe.js.br`).length;
const WIRE_BUDGET = 2_048;
const preact = byteSizes(await preactAlone());
const competitors = await fetchCompetitorBundles();
const measured = competitors.flatMap((c) =>
  'files' in c ? [{ ...c, sizes: totalSizes(c.files) }] : [],
);

const gzipVsKoe = (sizes: ByteSizes) => ratio(sizes.gzip, widget.gzip);
printTable(
  ['bundle', 'version', 'raw bytes', 'gzip -9', 'brotli 11', 'gzip vs koe'],
  [
    ['koe.js (the loader, every page)', '', ...sizeCells(loader), gzipVsKoe(loader)],
    ['koe-ui.js (views, styles, sender)', '', ...sizeCells(ui), gzipVsKoe(ui)],
    ['koe.js + koe-ui.js (a page showing a survey)', '', ...sizeCells(widget), '1.0×'],
    ['preact + preact/hooks alone', '', ...sizeCells(preact), gzipVsKoe(preact)],
    ...measured.map((c) => [
      `${c.name}: ${c.what}`,
      c.version,
      ...sizeCells(c.sizes),
      gzipVsKoe(c.sizes),
    ]),
  ],
);
for (const c of competitors)
  if ('error' in c) console.log(`\nskipped ${c.name}: npm registry not reachable (${c.error})`);
console.log(
  `\nkoe.js on the wire (GET /koe.js, Accept-Encoding: br, gzip): ${onTheWire.toLocaleString('en')} bytes of ${WIRE_BUDGET.toLocaleString('en')}.`,
);
console.log(
  'budgets (checked by npm test): koe.js 2,048 bytes gzip; koe.js + koe-ui.js 7,424.' +
    ' Files a page loads separately are compressed separately and added up.',
);

const cell = (sizes: ByteSizes) => sizeCells(sizes).join(' / ');
const baselines = [
  { label: 'preact + hooks alone', sizes: preact },
  ...measured.map((c) => ({ label: `${c.name} ${c.version} (${c.what})`, sizes: c.sizes })),
];
writeResults({
  name: 'widget-size',
  rows: [
    {
      section: 'widget bytes on the wire',
      what: 'GET /koe.js, the loader (Accept-Encoding: br, gzip) vs 2,048 bytes',
      koe: onTheWire.toLocaleString('en'),
      baseline: WIRE_BUDGET.toLocaleString('en'),
      ratio: ratio(onTheWire, WIRE_BUDGET),
    },
    ...baselines.map(({ label, sizes }) => ({
      section: 'widget bytes: raw / gzip -9 / brotli 11',
      what: `koe.js + koe-ui.js vs ${label}`,
      koe: cell(widget),
      baseline: cell(sizes),
      ratio: `${ratio(widget.gzip, sizes.gzip)} gzip`,
    })),
  ],
  notes: [
    'Widget bytes: competitors are the latest versions on the npm registry at bench time, counting the files a page loads to show a survey; files loaded separately are compressed separately and added.',
  ],
});
