import { defineConfig } from 'vitest/config';

/** `npm run bench`: benchmarks only (the test projects' browser setup is not needed). */
export default defineConfig({
  test: { benchmark: { include: ['tests/unit/**/*.bench.ts'] } },
});
