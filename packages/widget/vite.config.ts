// Three builds of the widget: dist/koe.js, one IIFE for the script tag (preact
// included, minified, no other global than `koe`); dist/koe-explain.js, the
// console's words, which koe.js loads only when something needs explaining
// (src/notes.ts); and an ESM entry for bundlers (dist/koe.mjs).
// KOE_WIDGET_FORMAT picks one; `npm run build` makes all three.
// By path: vite hands a config's package imports to plain node, which cannot load TypeScript.
import { defineConfig } from 'vite';
import { precompress } from '../precompress/src/vite-plugin.ts';

const format = process.env.KOE_WIDGET_FORMAT;
const esm = format === 'esm';
const script = format === 'explain' ? 'explain-script' : 'script-tag';

export default defineConfig({
  // koe.js.br and koe.js.gz beside the bundle: /koe.js is sent as they are (8.9 KB brotli).
  plugins: [precompress()],
  // Classic h() calls (the TSX files say so in a pragma): the automatic
  // runtime's jsx() wrapper costs bytes the 10 KB budget does not have.
  oxc: { jsx: { runtime: 'classic', pragma: 'h' } },
  build: {
    // ES2022: native class fields (every browser since 2021) instead of defineProperty helpers.
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: !format,
    minify: true,
    lib: esm
      ? { entry: 'src/esm.ts', formats: ['es'], fileName: () => 'koe.mjs' }
      : {
          entry: `src/${script}.ts`,
          formats: ['iife'],
          name: 'koeWidget',
          fileName: () => (format ? 'koe-explain.js' : 'koe.js'),
        },
    rollupOptions: esm ? { external: ['preact', 'preact/hooks', 'preact/jsx-runtime'] } : {},
  },
});
