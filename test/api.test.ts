import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as api from '../src/index.js'
import type {Change, ChangeKind, Changelog} from '../src/index.js'
import {rules} from '../src/rules.js'
import {root} from './helpers.js'

describe('public API', () => {
  it('should export exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(['createBlockCache', 'diff', 'parse', 'renderChangelog', 'renderDiff', 'views'])
  })

  it('should export the change and changelog types', () => {
    expectTypeOf(api.diff).returns.toEqualTypeOf<Change[]>()
    expectTypeOf<'location.renamed'>().toMatchTypeOf<ChangeKind>()
    expectTypeOf<Changelog['versions'][number]['changes']>().toEqualTypeOf<Change[]>()
  })
})

describe('rules', () => {
  it('should be documented in README, one row a rule, with its severity', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const documented = new Map(
      [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((match) => [
        match[1],
        match[2]
      ])
    )
    const defined = new Map(
      Object.entries(rules).map(([ruleId, rule]) => [ruleId, rule.severity])
    )
    expect(documented).toEqual(defined)
  })
})
