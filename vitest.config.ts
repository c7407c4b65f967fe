import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test starts real listeners on loopback; give slow CI room.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
