// dist/koe-explain.js: koe.js adds this script only when a note needs
// explaining (notes.ts) and hands it the notes on the script element itself,
// so neither file adds a global. It comes from the koe server, whose origin
// is where answers are posted.
import { explainNotes } from './explain';
import type { Note } from './notes';

try {
  const script = document.currentScript as (HTMLScriptElement & { notes?: Note[] }) | null;
  if (script?.notes) explainNotes(script.notes, new URL(script.src).origin);
} catch {
  // never break the page
}
