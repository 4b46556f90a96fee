// bench/widget-size: bytes of the script-tag bundle (raw, gzip -9, brotli
// max) beside Preact + hooks alone, bundled and minified the same way, so
// the widget's own share is visible. Builds the widget first.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { printTable } from '../table';

const widgetDir = fileURLToPath(new URL('../../packages/widget/', import.meta.url));
spawnSync('npm', ['run', 'build', '--silent'], { cwd: widgetDir, stdio: 'inherit' });

function sizes(code: Buffer) {
  return [
    code.length,
    gzipSync(code, { level: 9 }).length,
    brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ].map((n) => n.toLocaleString('en'));
}

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

const widget = readFileSync(`${widgetDir}dist/koe.js`);
printTable(
  ['bundle', 'raw bytes', 'gzip -9', 'brotli 11'],
  [
    ['koe.js (everything: preact, UI, styles, texts)', ...sizes(widget)],
    ['preact + preact/hooks alone', ...sizes(await preactAlone())],
  ],
);
console.log('\nbudget: 10,240 bytes gzip for koe.js (checked by npm test)');
