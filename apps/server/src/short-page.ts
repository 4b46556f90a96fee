// A short page of koe's own, with a heading and a little body (a link that
// cannot be used, an unsubscribe button): self-contained, not indexed.
import { escapeHtml } from './escape-html';

/** `bodyHtml` is inserted as it is: escape what people typed before passing it. */
export function shortPage(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#111827">
<h1 style="font-size:1.4rem">${escapeHtml(title)}</h1>${bodyHtml}</body></html>`;
}
