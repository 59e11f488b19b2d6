import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one, on the
    // 2-core CI machine, where most test files wait on child processes,
    // git and the browser as much as on a core.
    maxWorkers: availableParallelism()
  }
})
