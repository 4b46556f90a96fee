import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'precompress', include: ['test/**/*.test.ts'] },
});
