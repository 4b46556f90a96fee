// What changed between the saved survey and the draft: whether anything did
// (the save bar's "Unsaved changes") and whether the value at an issue's
// path did (an issue shows once its field was touched).
import type { Draft } from './draft';

function at(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Drafts are plain JSON data, so equal serialisations are equal drafts. */
export function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the value at `field` (a dotted issue path) differs between the two. */
export function changedAt(saved: Draft, draft: Draft, field: string): boolean {
  const path = field === '(body)' ? [] : field.split('.');
  return JSON.stringify(at(saved, path)) !== JSON.stringify(at(draft, path));
}
