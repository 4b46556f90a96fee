// dist/koe-explain.js: koe.js adds this script only when a note needs
// explaining (notes.ts) and hands it the notes on the script element itself (k),
// so neither file adds a global. It comes from the koe server, whose origin
// is where answers are posted.
import { explainNotes } from './explain';
import type { Note } from './notes';

try {
  // `notes`: where a koe.js older than this file (cached by a CDN) puts them.
  const script = document.currentScript as
    | (HTMLScriptElement & { k?: Note[]; notes?: Note[] })
    | null;
  const notes = script?.k ?? script?.notes;
  if (script && notes) explainNotes(notes, new URL(script.src).origin);
} catch {
  // never break the page
}
