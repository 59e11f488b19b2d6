/**
 * The lint rules that hold the architecture (`eslint.config.js`) catch what
 * they claim: each probe is linted as if it were a file of `src/` and must
 * be refused, or allowed, by the rule named.
 */

import {ESLint} from 'eslint'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const eslint = new ESLint({cwd: root})

/** Rule ids eslint reports for `code` at `file`. */
async function ruleIdsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath: file})
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal')
}

const refused: Array<[file: string, code: string, rule: string]> = [
  // A later stage, even through its index.
  [
    'src/extract/probe.ts',
    "export {diff} from '../diff/index.js'\n",
    'no-restricted-imports'
  ],
  // An earlier stage past its index.
  [
    'src/normalize/probe.ts',
    "export {createPlacer} from '../source/place.js'\n",
    'no-restricted-imports'
  ],
  // An entry point, from a nested folder of a stage.
  [
    'src/blocks/nested/probe.ts',
    "export {documentFromText} from '../../document.js'\n",
    'no-restricted-imports'
  ],
  // A shared module that would let a stage reach a later one.
  [
    'src/probe.ts',
    "export {parse} from './parse.js'\n",
    'no-restricted-imports'
  ],
  [
    'src/util/probe.ts',
    "export {slug} from '../normalize/index.js'\n",
    'no-restricted-imports'
  ],
  // Node, off the command line.
  [
    'src/source/probe.ts',
    "export {readFileSync} from 'node:fs'\n",
    'no-restricted-imports'
  ],
  ['src/util/probe.ts', "export {join} from 'path'\n", 'no-restricted-imports'],
  [
    'src/render/probe.ts',
    'export const size = Buffer.byteLength("a")\n',
    'no-restricted-globals'
  ],
  [
    'src/diff/probe.ts',
    'export const env = globalThis.process\n',
    'no-restricted-syntax'
  ],
  [
    'src/extract/probe.ts',
    "export const fs = await import('node:fs')\n",
    'no-restricted-syntax'
  ]
]

const allowed: Array<[file: string, code: string]> = [
  ['src/normalize/probe.ts', "export {slug} from '../util/slug.js'\n"],
  ['src/render/probe.ts', "export {diff} from '../diff/index.js'\n"],
  ['src/cli/probe.ts', "export {readFileSync} from 'node:fs'\n"],
  ['src/cli/commands/probe.ts', "export {parse} from '../../parse.js'\n"]
]

describe('lint rules of the architecture', () => {
  for (const [file, code, rule] of refused) {
    it('should refuse in `' + file + '`: ' + code.trim(), async () => {
      expect(await ruleIdsOf(file, code)).toContain(rule)
    })
  }

  for (const [file, code] of allowed) {
    it('should allow in `' + file + '`: ' + code.trim(), async () => {
      expect(await ruleIdsOf(file, code)).toEqual([])
    })
  }
})
