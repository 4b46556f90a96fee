// Builds the server and CLI into one ESM file for plain `node` (dist/cli.js):
// no TypeScript loader at run time, which measured ~60 MB less RSS and a
// faster start than running the sources through tsx. npm packages stay
// external; the workspace packages @koe/core and @koe/precompress are bundled in.
// The files /docs serves as they are (Scalar's bundle for /docs/interactive)
// are copied to dist/docs/ and precompressed there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
// By path: vite hands a config's package imports to plain node, which cannot load TypeScript.
import { precompress } from '../../packages/precompress/src/vite-plugin.ts';

/** Scalar's standalone bundle as dist/docs/scalar.js (see src/routes/api-docs.ts). */
function docsAssets(): Plugin {
  return {
    name: 'koe:docs-assets',
    generateBundle() {
      const scalar = createRequire(import.meta.url).resolve(
        '@scalar/api-reference/browser/standalone.js',
      );
      this.emitFile({ type: 'asset', fileName: 'docs/scalar.js', source: readFileSync(scalar) });
    },
  };
}

export default defineConfig({
  plugins: [docsAssets(), precompress({ include: (name) => name.startsWith('docs/') })],
  build: {
    ssr: true,
    rollupOptions: {
      // The writer thread is its own entry: it is started by file URL, next to cli.js.
      input: { cli: 'src/cli.ts', 'sqlite-writer.worker': 'src/store/sqlite/writer.worker.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
    outDir: 'dist',
    target: 'node20',
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
  },
  ssr: { noExternal: ['@koe/core', '@koe/precompress'] },
});
