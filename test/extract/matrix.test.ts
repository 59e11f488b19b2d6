/**
 * The first page form (2015): offerings as a provider × location matrix.
 * `fixtures/forms/2015-02-matrix.md` is written after the form the issue
 * describes (the corpus holds no instance); its translated twin writes
 * `Disponible` for `Available` and pads the empty first header cell
 * (`|   |`).
 */

import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {fixture} from '../helpers.js'

describe('provider × location matrix', () => {
  for (const name of [
    'forms/2015-02-matrix.md',
    'forms/2015-02-matrix-translated.md'
  ]) {
    it('should read each marked cell as an offering: ' + name, () => {
      const model = parse(fixture(name), {path: name})
      expect(model.source.page).toBe('by-provider')
      expect(model.facets).toEqual(['locations', 'offerings', 'providers'])
      // Checked by hand against `2015-02-matrix.md`, column by column:
      // the exchange providers table (rows on lines 26–28) and the network
      // service providers table (lines 34–35); a position is the marked
      // cell's. The translated twin states the same pairs (its longer
      // `Disponible` moves the columns, not the pairs).
      const pairs = model.offerings.map(
        (offering) =>
          offering.provider +
          ' @ ' +
          offering.location +
          ' ' +
          offering.source.line +
          ':' +
          offering.source.column
      )
      const expected = [
        'aryaka-networks @ dublin 26:41',
        'aryaka-networks @ london 26:51',
        'at-t @ silicon-valley 34:34',
        'at-t @ washington-dc 34:44',
        'british-telecom @ london 35:34',
        'british-telecom @ washington-dc 35:24',
        'equinix @ amsterdam 28:41',
        'equinix @ dublin 28:51',
        'equinix @ london 28:61',
        'equinix @ singapore 28:71',
        'level-3-communications @ amsterdam 27:14',
        'level-3-communications @ singapore 27:28'
      ]
      const withoutColumns = (list: string[]) =>
        list.map((entry) => entry.replace(/:\d+$/, ''))
      if (name.includes('translated')) {
        expect(withoutColumns(pairs)).toEqual(withoutColumns(expected))
      } else {
        expect(pairs).toEqual(expected)
      }

      for (const offering of model.offerings) {
        expect(offering.cloud).toBe('commercial')
        expect(offering.azure).toBe(null)
        expect(offering.office365).toBe(null)
      }

      expect(
        model.providers.find((provider) => provider.id === 'aryaka-networks')
          ?.url
      ).toBe('http://www.aryaka.com/')
      const recognized = model.diagnostics.filter(
        (diagnostic) => diagnostic.ruleId === 'table-recognized-by-content'
      )
      expect(recognized.map((diagnostic) => diagnostic.line)).toEqual([24, 32])
      expect(recognized[0]?.message).toContain('`provider-location-matrix`')
    })
  }

  it('should not take a table with an empty first header cell and long cells for a matrix', () => {
    const model = parse(
      [
        '| | **Notes** |',
        '|---|---|',
        '| **Aryaka** | Reaches every region through its own backbone network |',
        ''
      ].join('\n')
    )
    expect(model.offerings).toEqual([])
    expect(model.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain(
      'unrecognized-table'
    )
  })
})
