// The TypeScript text of src/schema.d.ts for an OpenAPI document, and how the
// document is obtained from the server: one pipeline for `npm run generate`
// and for the test that fails when the committed files are stale.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `// Generated from koe's OpenAPI document by \`npm run generate -w @koe/client\`.
// Do not edit: change the route declarations in apps/server and regenerate.
`;

/** The document as `koe openapi` prints it. */
export function serverDocument(): Record<string, unknown> {
  const cli = fileURLToPath(new URL('../../../apps/server/src/cli.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'openapi'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`koe openapi failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

export async function schemaTypes(document: Record<string, unknown>): Promise<string> {
  // A property with a default is optional in a request body; answers list every
  // property they always carry as required (outputOf in @koe/core).
  return HEADER + astToString(await openapiTS(document as never, { defaultNonNullable: false }));
}
