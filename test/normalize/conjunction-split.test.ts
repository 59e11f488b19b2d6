/**
 * Lists whose last two names a translation joined with its “and”
 * (`Bell Canada y Cologix`, `Colt + e cubierta`): read as two names when
 * both halves are names the page or the alias table knows.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {fixture} from '../helpers.js'

/** A by-location page: the first rows state each name alone. */
function page(rows: string[]): string {
  return [
    '| **Location** | **Service providers** |',
    '|---|---|',
    '| **Amsterdam** | Bell Canada, Cologix, Megaport |',
    ...rows,
    ''
  ].join('\n')
}

function providersAt(text: string, location: string): string[] {
  const model = parse(text)
  return model.offerings
    .filter((offering) => offering.location === location)
    .map((offering) => offering.provider)
    .sort()
}

describe('names joined by a short word', () => {
  it('should split `A y B` into two known names, and say so', () => {
    const text = page(['| **Montreal** | Megaport, Bell Canada y Cologix |'])
    expect(providersAt(text, 'montreal')).toEqual([
      'bell-canada',
      'cologix',
      'megaport'
    ])
    const messages = parse(text).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'list-missing-comma'
    )
    expect(
      messages.map(
        (message) => message.line + ':' + message.column + ' ' + message.message
      )
    ).toEqual([
      '4:28 Unexpected `Bell Canada y Cologix`, expected a comma between `Bell Canada` and `Cologix` (the list joins them with `y`); read two names'
    ])
  })

  it('should give a `+` before the word to the first name only', () => {
    const model = parse(
      page(['| **Montreal** | Bell Canada, Megaport+ e Cologix |'])
    )
    const offerings = model.offerings.filter(
      (offering) => offering.location === 'montreal'
    )
    expect(
      offerings.map((offering) => offering.provider + ' ' + offering.comingSoon)
    ).toEqual(['bell-canada false', 'cologix false', 'megaport true'])
  })

  it('should leave a name with a short word inside alone', () => {
    for (const name of [
      'Comunicaciones de Alaska',
      'Ciudad de Quebec',
      'Bell Canada y Nadie'
    ]) {
      const text = page(['| **Montreal** | ' + name + ' |'])
      expect(
        parse(text).diagnostics.map((diagnostic) => diagnostic.ruleId)
      ).not.toContain('list-missing-comma')
    }
  })

  it('should split only the last entry of a list', () => {
    // `Curitiba de Dallas, Montreal` (pt-br 2016-10-21): a first entry.
    for (const cell of ['Bell Canada y Cologix, Megaport']) {
      const text = page(['| **Montreal** | ' + cell + ' |'])
      expect(
        parse(text).diagnostics.map((diagnostic) => diagnostic.ruleId)
      ).not.toContain('list-missing-comma')
    }
  })

  it('should read the Spanish by-location page of 2017-08-17 so', () => {
    // Line 81: `| **Las Vegas** |Level 3 Communications+ y Megaport |`
    // (checked by hand against the raw file).
    const name = 'corpus/2017-08-17_locations-providers_es_06b33a80.md'
    const model = parse(fixture(name), {path: name})
    const lasVegas = model.offerings.filter(
      (offering) => offering.location === 'las-vegas'
    )
    expect(
      lasVegas.map(
        (offering) =>
          offering.provider +
          ' ' +
          offering.comingSoon +
          ' ' +
          offering.source.line
      )
    ).toEqual(['level-3-communications true 81', 'megaport false 81'])
  })

  it('should split any short lowercase word between two names the page states', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zà-öø-ÿ]{1,3}$/), (word) => {
        const text = page([
          '| **Montreal** | Megaport, Bell Canada ' + word + ' Cologix |'
        ])
        expect(providersAt(text, 'montreal')).toEqual([
          'bell-canada',
          'cologix',
          'megaport'
        ])
      }),
      {numRuns: 50}
    )
  })
})
