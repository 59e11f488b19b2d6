#!/usr/bin/env node
/**
 * A longer mutation run: `npm run fuzz -- [--count N] [--seed S]`
 * (defaults: 2000 mutants, a seed from the clock, printed so a failure can be
 * run again). Runs `test/robustness/mutation.test.ts` with `FUZZ_COUNT` and
 * `FUZZ_SEED`; a failing mutant is saved to the temporary directory.
 */

import {spawnSync} from 'node:child_process'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    count: {type: 'string', default: '2000'},
    seed: {type: 'string', default: String(Date.now() % 2_147_483_647)}
  }
})

for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value)) {
    console.error('fuzz: `--' + name + '` must be a whole number, got `' + value + '`')
    process.exit(2)
  }
}

console.log('fuzz: ' + values.count + ' mutants, seed ' + values.seed)
const result = spawnSync(
  'npx',
  ['vitest', 'run', 'test/robustness/mutation.test.ts'],
  {
    stdio: 'inherit',
    env: {...process.env, FUZZ_COUNT: values.count, FUZZ_SEED: values.seed}
  }
)
process.exit(result.status ?? 1)
