// The committed openapi.json and src/schema.d.ts are what the server's route
// declarations produce now; when a route changes, this fails until
// `npm run generate -w @koe/client` is run and the result committed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaTypes, serverDocument } from '../scripts/schema-types';

const committed = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const STALE = 'stale: run `npm run generate -w @koe/client` and commit the result';

describe('@koe/client generated files', () => {
  const document = serverDocument();

  it('openapi.json is the document the server serves', () => {
    expect(JSON.parse(committed('../openapi.json')), STALE).toEqual(document);
  });

  it('src/schema.d.ts is generated from that document', async () => {
    expect(committed('../src/schema.d.ts') === (await schemaTypes(document)), STALE).toBe(true);
  });
});
