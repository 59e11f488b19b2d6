import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {fixture, root, seed000, seed001, seed002} from '../helpers.js'

/**
 * Golden models, written by `er-locations parse <seed> --view <view>` and
 * checked by hand against the raw seed (regenerate with that command, then
 * check the diff the same way):
 *
 * - `002.published.json`: every record; raw lines 1-16 (metadata) and 25-32
 *   (the six region rows, their Azure regions and locations).
 * - `000.published.json` and `000.upstream.json`: every region, offering,
 *   provider, exchange and integrator, against the published and upstream
 *   views of raw lines 27-57 (region maps), 64-127 (providers, including
 *   the inline markers of the Aryaka, AT&T, British Telecom, Orange,
 *   Telstra and Verizon rows), 131-161 (US Government and the deleted China
 *   cloud section), 180-189 (exchange and integrators); the diagnostics at
 *   raw 52 (delimiter row of 4 cells), 54/58 (4th cells), 108 (nesting),
 *   160 (`To learn more` line in the upstream China table) and 189 (`US||`).
 * - `001.published.json`: region maps raw 37-59; locations raw 74-81,
 *   124-136 and every national row raw 142-168 (address, zone, local
 *   regions, ER Direct, providers, `Megaport+`); exchanges raw 197-221;
 *   satellite operators raw 191-193; integrators raw 228-233.
 *
 * Known and left to normalization (not yet repaired in these goldens):
 * `All US Regions - East US` as one Azure region, `Munich` twice and
 * `China East, China North, China North, China East` deduplicated silently,
 * `Sao Paula`, and the names split at a comma (`BroadBand Tower, Inc.`).
 */
const goldens = [
  {name: seed002, view: 'published', golden: '002.published.json'},
  {name: seed000, view: 'published', golden: '000.published.json'},
  {name: seed000, view: 'upstream', golden: '000.upstream.json'},
  {name: seed001, view: 'published', golden: '001.published.json'}
] as const

describe('golden models of the seeds', () => {
  for (const {name, view, golden} of goldens) {
    it('should equal the checked golden ' + golden, () => {
      const model = parse(fixture(name), {view, path: 'fixtures/' + name})
      const expected = readFileSync(path.join(root, 'test/golden', golden), 'utf8')
      expect(JSON.stringify(model, null, 2) + '\n').toBe(expected)
    })
  }
})
