#!/usr/bin/env node
/**
 * A longer mutation run: `npm run fuzz -- [--count N] [--seed S]`
 * (defaults: 2000 mutants, a seed from the clock, printed so a failure can be
 * run again). Runs `test/robustness/mutation.test.ts` with `FUZZ_COUNT` and
 * `FUZZ_SEED`; a failing mutant is saved to the temporary directory.
 *
 * `npm run fuzz -- --long-cells` instead reads a 96 KB cell of every token of
 * the cell grammar in every table form (`test/robustness/long-cells.test.ts`
 * with `LONG_CELLS_KB=96`, a few minutes).
 */

import {spawnSync} from 'node:child_process'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    count: {type: 'string', default: '2000'},
    seed: {type: 'string', default: String(Date.now() % 2_147_483_647)},
    'long-cells': {type: 'boolean', default: false}
  }
})

if (values['long-cells']) {
  console.log('fuzz: long cells, 96 KB of every token in every table form')
  const result = spawnSync(
    'npx',
    ['vitest', 'run', 'test/robustness/long-cells.test.ts'],
    {
      stdio: 'inherit',
      env: {...process.env, LONG_CELLS_KB: '96'}
    }
  )
  process.exit(result.status ?? 1)
}

for (const name of ['count', 'seed']) {
  const value = values[name]
  if (!/^\d+$/.test(value)) {
    console.error(
      'fuzz: `--' + name + '` must be a whole number, got `' + value + '`'
    )
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
