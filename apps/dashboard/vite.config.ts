// Builds the dashboard into dist/, served by the server at /app (see
// apps/server/src/routes/dashboard-assets.ts). Two pages: the app itself and
// the editor's preview frame, which runs the real widget in a sandbox.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
// By path: vite hands a config's package imports to plain node, which cannot load TypeScript.
import { precompress } from '../../packages/precompress/src/vite-plugin.ts';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: '/app/',
  // .br and .gz beside every page and asset: the server sends them as they are.
  plugins: [precompress()],
  // Preact's automatic JSX runtime. The widget's files keep their own classic
  // pragma (/** @jsx h */), which the transform honours per file.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // A strict CSP (no inline code) is served with the page: nothing may be inlined.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: { input: { index: page('index.html'), preview: page('preview.html') } },
  },
});
