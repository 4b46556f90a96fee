// One vitest project per package and app. Vitest 4 no longer picks this file
// up by name, so every script runs `vitest run --config vitest.workspace.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'e2e'],
  },
});
