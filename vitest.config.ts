import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/loopback-only.ts'],
    testTimeout: 20_000,
    // Tests use fixed dates and time zones; the host's zone must not leak in.
    env: { TZ: 'UTC' },
  },
});
