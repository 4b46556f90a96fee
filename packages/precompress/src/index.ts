// @koe/precompress: the .br/.gz siblings of built static files. Builds use
// the vite plugin; the server uses the same encodings for a file whose
// sibling a build did not write (a dev build, a file added by hand).
export { encodeStatic, isCompressibleFile, SIBLING_SUFFIX, type StaticEncoding } from './encode.ts';
export { type PrecompressOptions, precompress } from './vite-plugin.ts';
