// Builds the dashboard into dist/, served by the server at /app (see
// apps/server/src/routes/dashboard-assets.ts). Two pages: the app itself and
// the editor's preview frame, which runs the real widget in a sandbox.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: '/app/',
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
