// The script-tag entry (dist/koe.js, the loader). The page's two-line stub
// has queued calls in koe.q; this replaces the stub with the real function
// and replays them in order. The site key comes from data-site, the server
// from data-host or else the script's own URL (data-host lets koe.js be
// served from a CDN); data-debug turns debug mode on. The UI, koe-ui.js, is
// fetched from beside koe.js — the same deployment, so the two always match —
// with the page's nonce. Nothing here may throw into the page.
import { addScript, type Command, createLoader } from './loader';

type Stub = ((...args: unknown[]) => void) & { q?: unknown[][] };

try {
  const script = (document.currentScript ??
    document.querySelector('script[data-site][src*="koe"]')) as HTMLScriptElement | null;
  const siteKey = script?.dataset.site;
  if (script && siteKey) {
    const stub = (window as unknown as { koe?: Stub }).koe;
    const nonce = script.nonce || script.dataset.nonce;
    const koe = createLoader({
      siteKey,
      host: new URL(script.dataset.host || script.src, location.href).origin,
      nonce,
      debug: 'debug' in script.dataset,
      ui: (done) => addScript(new URL('koe-ui.js', script.src).href, nonce, done),
    });
    for (const command of stub?.q ?? []) koe(...(command as Command));
    (window as unknown as { koe: typeof koe }).koe = koe;
  }
} catch {
  // A broken widget must never break the page.
}
