// createKoe, for bundlers (the ESM build, the dashboard's preview, the tests):
// the loader with the UI bundled in, so a survey shows the moment it is
// asked for. The script tag gets the UI as a second file instead (script-tag.ts).
import { type Command, createLoader, type Koe, type KoeOptions } from './loader';
import { explainWith } from './notes';
import { createUi } from './present';

export type { Command, Koe, KoeOptions };

export function createKoe({ explain, ...options }: KoeOptions): Koe {
  const host = options.host.replace(/\/$/, '');
  if (explain) explainWith((notes) => explain(notes, host));
  return createLoader({ ...options, host, ui: (done) => done(createUi) });
}
