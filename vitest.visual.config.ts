import { defineConfig } from 'vitest/config';

// npm run test:visual — needs LibreOffice and poppler-utils; not part of npm test.
export default defineConfig({
  test: {
    include: ['tests-visual/**/*.visual.ts'],
    testTimeout: 120_000,
  },
});
