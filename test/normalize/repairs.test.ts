import {describe, expect, it} from 'vitest'
import {parse, type LocationsDocument} from '../../src/index.js'
import {allDocuments, fixture} from '../helpers.js'
import {resolveName} from '../../src/normalize/index.js'

/** A by-location page with one table. */
function page(rows: string[], regionRows: string[] = []): string {
  return [
    '# Locations',
    '',
    ...(regionRows.length > 0
      ? [
          '## Azure regions to ExpressRoute locations within a geopolitical region',
          '',
          '| Geopolitical region | Azure regions | ExpressRoute locations |',
          '| --- | --- | --- |',
          ...regionRows,
          ''
        ]
      : []),
    '## Global commercial Azure',
    '',
    '| Location | Service providers |',
    '| --- | --- |',
    ...rows,
    ''
  ].join('\n')
}

/** Diagnostics of a snippet: it has no prose, so which document it is cannot be told (tested in `document-identity.test.ts`). */
function rules(model: LocationsDocument) {
  return model.diagnostics
    .filter((diagnostic) => diagnostic.ruleId !== 'document-unknown')
    .map((diagnostic) => [
      diagnostic.ruleId,
      diagnostic.line,
      diagnostic.column
    ])
}

function providersAt(model: LocationsDocument, location: string) {
  return model.offerings
    .filter((offering) => offering.location === location)
    .map((offering) => offering.provider)
}

describe('list repairs', () => {
  it('should split two known names run together, with a diagnostic', () => {
    const model = parse(
      page([
        '| **Amsterdam** | IX Reach Megaport |',
        '| **London** | IX Reach, Megaport |'
      ])
    )
    expect(providersAt(model, 'amsterdam')).toEqual(['ix-reach', 'megaport'])
    expect(rules(model)).toContainEqual(['list-missing-comma', 7, 19])
  })

  it('should not split a name whose halves are not both stated alone', () => {
    const model = parse(
      page([
        '| **Amsterdam** | China Telecom Global |',
        '| **London** | China Telecom |'
      ])
    )
    expect(providersAt(model, 'amsterdam')).toEqual(['china-telecom-global'])
    expect(rules(model)).toEqual([])
  })

  it('should rejoin a company name split at its legal form, and split what ran on', () => {
    const model = parse(
      page([
        '| **Montreal** | Airgate Technologies, Inc. Aptum Technologies, Rogers |',
        '| **Toronto** | Aptum Technologies |'
      ])
    )
    expect(model.providers.map((provider) => provider.name)).toEqual([
      'Airgate Technologies, Inc.',
      'Aptum Technologies',
      'Rogers'
    ])
    expect(rules(model)).toEqual([
      ['list-comma-in-name', 7, 18],
      ['list-missing-comma', 7, 45]
    ])
  })

  it('should keep one of a name listed twice, with a diagnostic', () => {
    const model = parse(
      page(
        ['| **Munich** | Megaport |'],
        ['| **Europe** | West Europe | Munich, Zurich, Munich |']
      )
    )
    expect(model.regions[0]?.locations.map((entry) => entry.location)).toEqual([
      'munich',
      'zurich'
    ])
    expect(rules(model)).toContainEqual(['duplicate-entry', 7, 46])
  })

  it('should leave out a label before the first Azure region', () => {
    const model = parse(
      page([], ['| **US** | All US Regions - East US, West US | Atlanta |'])
    )
    expect(model.regions[0]?.azureRegions).toEqual(['East US', 'West US'])
    expect(rules(model)[0]?.[0]).toBe('list-label')
  })
})

describe('names of every fixture', () => {
  for (const name of allDocuments().filter(
    (name) => !name.includes('other-china')
  )) {
    it('should have clean canonical names: ' + name, () => {
      const model = parse(fixture(name))
      const names = [
        ...model.providers.map((provider) => provider.name),
        ...model.locations.map((location) => location.name)
      ]
      const providerIds = new Set(
        model.providers.map((provider) => provider.id)
      )
      const bad = names.filter(
        (value) =>
          /[+*<>[\]`|]/.test(value) ||
          /^\s|\s$/.test(value) ||
          // A comma only before a legal form (`Airgate Technologies, Inc.`),
          // or in a name the alias table knows with it (`Washington, D.C.`).
          (/,(?!\s*(Inc\.?|Ltd\.?|LLC|GmbH)$)/i.test(value) &&
            resolveName('locations', value).canonical === value &&
            resolveName('providers', value).canonical === value)
      )
      expect(bad).toEqual([])

      // Facilities: no markup left, parentheses balanced (`Taastrup](…))`).
      const facilities = model.locations.flatMap((location) =>
        (location.facilities ?? []).map((facility) => facility.name)
      )
      expect(
        facilities.filter(
          (value) =>
            /[*<>[\]`|]/.test(value) ||
            value.split('(').length !== value.split(')').length
        )
      ).toEqual([])

      // No provider is two providers of the same page run together.
      const runTogether = model.providers.filter((provider) => {
        const words = provider.name.split(' ')
        return words.some((_, at) => {
          if (at === 0) return false
          const head = model.providers.find(
            (other) => other.name === words.slice(0, at).join(' ')
          )
          const tail = model.providers.find(
            (other) => other.name === words.slice(at).join(' ')
          )
          return (
            head !== undefined && tail !== undefined && providerIds.has(head.id)
          )
        })
      })
      expect(runTogether.map((provider) => provider.name)).toEqual([])
    })
  }
})

describe('renames', () => {
  it('should give Hong Kong (2016) and Hong Kong SAR (seed 001, 2020) one id', () => {
    const older = parse(
      fixture('corpus/2016-10-21_locations-providers_en_02a1877f.md')
    )
    const newer = parse(fixture('seeds/001_cfa4b7430e42c113.txt'))
    const find = (model: LocationsDocument) =>
      model.locations.find(
        (location) =>
          location.cloud === 'commercial' && location.id === 'hong-kong-sar'
      )
    expect(find(older)?.name).toBe('Hong Kong')
    expect(find(newer)?.name).toBe('Hong Kong SAR')
  })
})
