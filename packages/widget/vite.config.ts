// Four builds of the widget, each minified: dist/koe.js, the loader for the
// script tag (one IIFE, no views, no other global than `koe`); dist/koe-ui.js,
// the UI (the views, the styles, the sender), which koe.js adds when a survey is
// about to show; dist/koe-explain.js, the console's words, which koe.js loads
// only when something needs explaining (src/notes.ts); and an ESM entry for
// bundlers (dist/koe.mjs, the UI bundled in). No runtime dependency:
// the views build their elements themselves (src/ui/dom.ts).
// KOE_WIDGET_FORMAT picks one; `npm run build` makes all four.
// By path: vite hands a config's package imports to plain node, which cannot load TypeScript.
import { defineConfig } from 'vite';
import { precompress } from '../precompress/src/vite-plugin.ts';

const format = process.env.KOE_WIDGET_FORMAT;
const esm = format === 'esm';
const scripts: Record<string, [entry: string, file: string]> = {
  explain: ['explain-script', 'koe-explain.js'],
  ui: ['ui-script', 'koe-ui.js'],
};
const [script, file] = scripts[format ?? ''] ?? ['script-tag', 'koe.js'];

export default defineConfig({
  // koe.js.br and koe.js.gz beside each bundle: the server sends them as they are.
  plugins: [precompress()],
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
          fileName: () => file,
        },
  },
});
