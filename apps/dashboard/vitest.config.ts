// Component tests in happy-dom (already the widget's test DOM). happy-dom
// does not load frames, so the editor's preview frame stays empty here and
// logs that it was not loaded; the preview is tested in Chromium (e2e/).
import { defineProject } from 'vitest/config';

export default defineProject({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    name: 'dashboard',
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
  },
});
