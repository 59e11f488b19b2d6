/**
 * Randomized mutation of the seeds and corpus with a fixed seed and a
 * bounded count: every mutant is read without throwing, into a model whose
 * positions are in the file and whose diagnostics have known rules, the same
 * through the block cache as read whole.
 *
 * `npm run fuzz -- --count 5000 --seed 7` runs the same test longer (through
 * `FUZZ_COUNT` and `FUZZ_SEED`).
 */

import {writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse, type LocationsDocument} from '../../src/index.js'
import {rules} from '../../src/rules.js'
import {allDocuments, fixture} from '../helpers.js'
import {createRandom, mutate} from './mutate.js'

const count = Number(process.env['FUZZ_COUNT'] ?? 40)
const seed = Number(process.env['FUZZ_SEED'] ?? 20_261_122)

/** Every `{line, column}` of a model (records and diagnostics). */
function positions(
  model: LocationsDocument
): Array<{line: number; column: number}> {
  const found: Array<{line: number; column: number}> = [...model.diagnostics]
  JSON.stringify(model, (key, value: unknown) => {
    if (
      key === 'source' &&
      value &&
      typeof value === 'object' &&
      'line' in value
    ) {
      found.push(value as {line: number; column: number})
    }

    return value
  })
  return found
}

/** Problems of a model read from `text`, as messages (none when all is well). */
function problems(text: string, model: LocationsDocument): string[] {
  const result: string[] = []
  const lines = text.split(/\r\n|\r|\n/)

  for (const {line, column} of positions(model)) {
    const length = (lines[line - 1] ?? '').length
    // A position may be the end of a line (one past its last character).
    if (!(
      Number.isInteger(line) &&
      line >= 1 &&
      line <= lines.length &&
      column >= 1 &&
      column <= length + 2
    )) {
      result.push('position ' + line + ':' + column + ' is outside the file')
    }
  }

  for (const diagnostic of model.diagnostics) {
    if (!(diagnostic.ruleId in rules))
      result.push('unknown rule `' + diagnostic.ruleId + '`')
  }

  return result
}

describe('mutations of the seeds and corpus', () => {
  const documents = allDocuments()
  const sources = documents.map((name) => fixture(name))

  it(
    'should read ' +
      count +
      ' mutants (seed ' +
      seed +
      ') without throwing, positions in the file',
    {timeout: Math.max(30_000, count * 1000)},
    () => {
      const random = createRandom(seed)

      for (let index = 0; index < count; index++) {
        const which = random(documents.length)
        let text = sources[which] as string
        const applied: string[] = []
        const times = 1 + random(8)

        for (let step = 0; step < times; step++) {
          const mutant = mutate(text, random)
          text = mutant.text
          applied.push(mutant.name)
        }

        const view = random(2) === 0 ? 'published' : 'upstream'
        const where =
          'mutant ' +
          index +
          ' of ' +
          documents[which] +
          ' (' +
          applied.join(', ') +
          ', ' +
          view +
          ')'
        let found: string[]

        try {
          // Through the block cache that every mutant so far has filled,
          // and whole: the cache must not change the model.
          const model = parse(text, {view})
          found = problems(text, model)
          if (
            JSON.stringify(parse(text, {view, cache: false})) !==
            JSON.stringify(model)
          ) {
            found.push(
              'the model read through the block cache differs from the one read whole'
            )
          }
        } catch (error) {
          found = [
            'threw: ' + String(error instanceof Error ? error.stack : error)
          ]
        }

        if (found.length > 0) {
          const file = path.join(
            tmpdir(),
            'er-locations-mutant-' + seed + '-' + index + '.md'
          )
          writeFileSync(file, text)
          expect.fail(
            where + ', saved to ' + file + ':\n' + found.slice(0, 5).join('\n')
          )
        }
      }
    }
  )
})
