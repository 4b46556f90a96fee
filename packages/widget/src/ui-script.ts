// dist/koe-ui.js: the UI (the views, the styles, the sender). koe.js adds this
// script only when a survey is about to show, or when the page is idle and a
// survey could show soon, and waits for it on the script element itself
// (`k`), so neither file adds a global.
import { createUi } from './present';
import type { UiFactory } from './types';

try {
  (document.currentScript as HTMLScriptElement & { k?: (ui: UiFactory) => void }).k?.(createUi);
} catch {
  // never break the page
}
