// npm run generate -w @koe/client: writes openapi.json (the contract, for
// review and for other generators) and src/schema.d.ts from the server's
// route declarations.
import { writeFileSync } from 'node:fs';
import { schemaTypes, serverDocument } from './schema-types';

const document = serverDocument();
writeFileSync(
  new URL('../openapi.json', import.meta.url),
  `${JSON.stringify(document, null, 2)}\n`,
);
writeFileSync(new URL('../src/schema.d.ts', import.meta.url), await schemaTypes(document));
console.log('wrote packages/client/openapi.json and packages/client/src/schema.d.ts');
