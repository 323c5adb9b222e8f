import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000, // wide: a test is a check of behaviour, never of speed, and CI shares 2 busy cores
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
