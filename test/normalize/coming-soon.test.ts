import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cloudFromName} from '../../src/extract/cloud-from-name.js'
import {parse, type LocationsDocument} from '../../src/index.js'
import {fixture} from '../helpers.js'

/** A page of any of the three tables, each given by its body rows (none: no table). */
function page(tables: {
  regions?: string[]
  zoned?: string[]
  byLocation?: string[]
  byProvider?: string[]
}): string {
  const lines = ['# ExpressRoute locations', '']
  if (tables.regions) {
    lines.push(
      '## Azure regions to ExpressRoute locations within a geopolitical region',
      '',
      '| Geopolitical region | Azure regions | ExpressRoute locations |',
      '| --- | --- | --- |',
      ...tables.regions,
      ''
    )
  }

  if (tables.zoned) {
    lines.push(
      '## Azure regions to ExpressRoute locations within a geopolitical region',
      '',
      '| Geopolitical region | Zone | Azure regions | ExpressRoute locations |',
      '| --- | --- | --- | --- |',
      ...tables.zoned,
      ''
    )
  }

  if (tables.byLocation) {
    lines.push(
      '## Locations',
      '',
      '### Global commercial Azure',
      '',
      '| Location | Service providers |',
      '| --- | --- |',
      ...tables.byLocation,
      ''
    )
  }

  if (tables.byProvider) {
    lines.push(
      '## Connectivity provider locations',
      '',
      '### Production Azure',
      '',
      '| Service provider | Microsoft Azure | Office 365 | Locations |',
      '| --- | --- | --- | --- |',
      ...tables.byProvider,
      ''
    )
  }

  return lines.join('\n')
}

/** `[line, column]` (1-based) of `name` in the first line of `text` that holds `row`. */
function where(text: string, row: string, name: string): [number, number] {
  const lines = text.split('\n')
  const index = lines.findIndex((line) => line.includes(row))
  return [
    index + 1,
    (lines[index] as string).indexOf(name, lines[index]!.indexOf(row)) + 1
  ]
}

/** `[line, column, message]` of every `coming-soon-mismatch`. */
function mismatches(model: LocationsDocument) {
  return model.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'coming-soon-mismatch')
    .map((diagnostic) => [
      diagnostic.line,
      diagnostic.column,
      diagnostic.message
    ])
}

function locationSoon(
  model: LocationsDocument,
  id: string,
  cloud = 'commercial'
) {
  return model.locations.find(
    (location) => location.id === id && location.cloud === cloud
  )?.comingSoon
}

/** Every region entry's `comingSoon` for `id` in the commercial maps. */
function entriesSoon(model: LocationsDocument, id: string) {
  return model.regions.flatMap((region) =>
    region.locations
      .filter((entry) => entry.location === id)
      .map((entry) => entry.comingSoon)
  )
}

/**
 * Pairs `[location's comingSoon, region entry's comingSoon]` that disagree:
 * a region entry is a location of the region's cloud (commercial), or of
 * the national cloud its name names.
 */
function disagreements(model: LocationsDocument) {
  const soon = new Map(
    model.locations.map((location) => [
      location.cloud + ':' + location.id,
      location.comingSoon
    ])
  )
  const found: string[] = []
  for (const region of model.regions) {
    const cloud =
      region.cloud === 'commercial' ? 'commercial' : cloudFromName(region.name)
    for (const entry of region.locations) {
      const key = cloud + ':' + entry.location
      if (soon.get(key) !== entry.comingSoon) found.push(region.id + ' ' + key)
    }
  }

  return found
}

describe('coming soon: one rule a location', () => {
  it('should take a region map’s `+` as the location’s, whatever its row’s offerings say', () => {
    // Issue 12: the map marks `Montreal+`, the row marks only the offering.
    const model = parse(
      page({
        regions: [
          '| **North America** | Canada Central | Montreal+, Toronto |'
        ],
        byLocation: ['| **Montreal** | Cologix+ |', '| **Toronto** | Cologix |']
      })
    )
    expect(locationSoon(model, 'montreal')).toBe(true)
    expect(entriesSoon(model, 'montreal')).toEqual([true])
    expect(locationSoon(model, 'toronto')).toBe(false)
    expect(
      model.offerings.map((offering) => [
        offering.location,
        offering.comingSoon
      ])
    ).toEqual([
      ['montreal', true],
      ['toronto', false]
    ])
    // The location rows never mark a key: a bare key is silence there.
    expect(mismatches(model)).toEqual([])
    expect(disagreements(model)).toEqual([])
  })

  it('should take a by-location key’s `+` as the location’s, and give it to the row’s offerings', () => {
    const text = page({
      byLocation: ['| **Newport(Wales)+** | Next Generation Data |']
    })
    const model = parse(text)
    expect(locationSoon(model, 'newport-wales')).toBe(true)
    expect(model.offerings[0]?.comingSoon).toBe(true)
    expect(mismatches(model)).toEqual([
      [
        ...where(text, '| **Newport(Wales)+**', 'Next Generation Data'),
        'Unexpected `Next Generation Data` without `+` at `Newport(Wales)`, expected `+`: the page marks the location coming soon'
      ]
    ])
  })

  it('should not take a by-provider list’s `+` as the location’s: it marks that provider there', () => {
    const model = parse(
      page({
        byProvider: [
          '| **China Telecom** | Supported | Not Supported | Beijing, Shanghai+ |',
          '| **Cologix** | Supported | Supported | Montreal+ |'
        ]
      })
    )
    expect(
      model.locations.map((location) => [location.id, location.comingSoon])
    ).toEqual([
      ['beijing', false],
      ['montreal', false],
      ['shanghai', false]
    ])
    expect(
      model.offerings.map((offering) => [
        offering.location,
        offering.comingSoon
      ])
    ).toEqual([
      ['beijing', false],
      ['shanghai', true],
      ['montreal', true]
    ])
    expect(mismatches(model)).toEqual([])
  })

  it('should report a bare key in location rows that mark keys, where the map marks the location', () => {
    // `2016-10-21_locations-providers_en_02a1877f.md`, reduced.
    const text = page({
      regions: [
        '| **North America** | Canada Central | Montreal+ |',
        '| **Europe** | UK West | Newport(Wales)+ |'
      ],
      byLocation: [
        '| **Montreal** | Cologix+ |',
        '| **Newport(Wales)+** | Next Generation Data+ |'
      ]
    })
    const model = parse(text)
    expect(mismatches(model)).toEqual([
      [
        ...where(text, '| **Montreal** | Cologix+ |', 'Montreal'),
        'Unexpected `Montreal` without `+` in a location row, expected `+`: the region map at line ' +
          where(text, '| **North America**', 'Montreal+')[0] +
          ' marks `Montreal` coming soon'
      ]
    ])
    expect(locationSoon(model, 'montreal')).toBe(true)
    expect(disagreements(model)).toEqual([])
  })

  it('should report a bare region-map entry in a map that marks entries, where a key marks the location', () => {
    const text = page({
      regions: [
        '| **North America** | Canada Central | Montreal, Quebec City+ |'
      ],
      byLocation: ['| **Montreal+** | Cologix+ |']
    })
    const model = parse(text)
    expect(mismatches(model)).toEqual([
      [
        ...where(text, '| **North America**', 'Montreal'),
        'Unexpected `Montreal` without `+` in a region map, expected `+`: the location row at line ' +
          where(text, '| **Montreal+**', 'Montreal')[0] +
          ' marks `Montreal` coming soon'
      ]
    ])
    expect(locationSoon(model, 'montreal')).toBe(true)
    expect(entriesSoon(model, 'montreal')).toEqual([true])
    expect(disagreements(model)).toEqual([])
  })

  it('should report a location twice in one map, once marked and once not', () => {
    const text = page({
      regions: [
        '| **Europe** | UK West | London+ |',
        '| **Asia** | East Asia | London |'
      ]
    })
    const model = parse(text)
    expect(mismatches(model).map(([line, column]) => [line, column])).toEqual([
      where(text, '| **Asia**', 'London')
    ])
    expect(entriesSoon(model, 'london')).toEqual([true, true])
    expect(disagreements(model)).toEqual([])
  })

  it('should report a provider listed bare at a location the map marks, in either table', () => {
    const text = page({
      regions: ['| **North America** | Canada Central | Montreal+ |'],
      byLocation: ['| **Montreal** | Cologix |'],
      byProvider: [
        '| **Cologix** | Supported | Supported | Montreal |',
        '| **Bell Canada+** | Supported | Supported | Montreal |'
      ]
    })
    const model = parse(text)
    // `Bell Canada+` marks every offering of its row: nothing bare there.
    expect(mismatches(model)).toEqual([
      [
        ...where(text, '| **Montreal** |', 'Cologix'),
        'Unexpected `Cologix` without `+` at `Montreal`, expected `+`: the page marks the location coming soon'
      ],
      [
        ...where(text, '| **Cologix** |', 'Montreal'),
        'Unexpected `Montreal` without `+` for `Cologix`, expected `+`: the page marks the location coming soon'
      ]
    ])
  })

  it('should read a zoned map’s entry as one mention, not also as a location row', () => {
    const model = parse(
      page({zoned: ['| **Europe** | 1 | UK West | London+, Paris |']})
    )
    expect(
      model.locations.map((location) => [
        location.id,
        location.comingSoon,
        location.zone
      ])
    ).toEqual([
      ['london', true, 1],
      ['paris', false, 1]
    ])
    expect(mismatches(model)).toEqual([])
  })

  it('should not read a zoned map’s repaired entry again as a location row', () => {
    // The missing-comma repair replaces the map's references; the zone's
    // location records keep the joined one, at the same raw offset.
    const model = parse(
      page({
        zoned: ['| **Europe** | 1 | UK West | London Paris+ |'],
        byLocation: ['| **London** | Equinix+ |', '| **Paris** | Equinix+ |']
      })
    )
    expect(model.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain(
      'list-missing-comma'
    )
    expect(mismatches(model)).toEqual([])
  })

  it('should agree with itself on every generated page (property)', () => {
    const names = ['Amsterdam', 'Dublin', 'London', 'Montreal', 'Toronto']
    const providers = ['Cologix', 'Equinix', 'Megaport']
    const marked = (name: string) =>
      fc
        .tuple(fc.constant(name), fc.boolean())
        .map(([value, soon]) => value + (soon ? '+' : ''))
    const list = (values: string[]) =>
      fc
        .subarray(values, {minLength: 1})
        .chain((subset) => fc.tuple(...subset.map(marked)))
        .map((items) => items.join(', '))
    const regions = fc
      .array(list(names), {minLength: 0, maxLength: 3})
      .map((cells) =>
        cells.map(
          (cell, index) =>
            '| **Region ' + index + '** | West Europe | ' + cell + ' |'
        )
      )
    const byLocation = fc
      .subarray(names)
      .chain((subset) =>
        fc.tuple(
          ...subset.map((name) => fc.tuple(marked(name), list(providers)))
        )
      )
      .map((rows) =>
        rows.map(([key, cell]) => '| **' + key + '** | ' + cell + ' |')
      )
    const byProvider = fc
      .subarray(providers)
      .chain((subset) =>
        fc.tuple(...subset.map((name) => fc.tuple(marked(name), list(names))))
      )
      .map((rows) =>
        rows.map(
          ([key, cell]) =>
            '| **' + key + '** | Supported | Supported | ' + cell + ' |'
        )
      )
    const optional = <T>(arbitrary: fc.Arbitrary<T>) =>
      fc.option(arbitrary, {nil: undefined})

    fc.assert(
      fc.property(
        optional(regions),
        optional(byLocation),
        optional(byProvider),
        fc.boolean(),
        (regionRows, locationRows, providerRows, zoned) => {
          const model = parse(
            page({
              [zoned ? 'zoned' : 'regions']: regionRows?.map((row) =>
                row.replace(
                  '| West Europe |',
                  zoned ? '| 1 | West Europe |' : '| West Europe |'
                )
              ),
              byLocation: locationRows,
              byProvider: providerRows
            }),
            {cache: false}
          )
          expect(disagreements(model)).toEqual([])
        }
      ),
      {numRuns: 150}
    )
  })
})

describe('coming soon: corpus pages', () => {
  const cases: Array<{
    file: string
    soon: string[]
    mismatches: Array<[number, number]>
  }> = [
    {
      // The map marks `Montreal+` and the rows mark `Newport(Wales)+`, but
      // write `Montreal` bare.
      file: 'corpus/2016-10-21_locations-providers_en_02a1877f.md',
      soon: [
        'commercial:montreal',
        'commercial:newport-wales',
        'commercial:quebec-city'
      ],
      mismatches: [[76, 5]]
    },
    {
      // The map marks `Montreal+`; its row lists `Cologix` bare. The rows
      // never mark a key, so `Silicon Valley` bare in the government rows is
      // silence, and the map's `Silicon Valley+` is the location's.
      file: 'corpus/2017-02-13_locations-providers_en_0b059d0c.md',
      soon: [
        'commercial:montreal',
        'commercial:quebec-city',
        'us-government:silicon-valley'
      ],
      mismatches: [[80, 17]]
    },
    {
      // German: `Montreal+` and `Berlin+` in the maps, rows that never mark a key.
      file: 'corpus/2016-09-20_locations-providers_de_484ba299.md',
      soon: [
        'commercial:montreal',
        'commercial:newport-wales',
        'commercial:quebec-city',
        'germany:berlin'
      ],
      mismatches: []
    }
  ]

  for (const {file, soon, mismatches: expected} of cases) {
    it(
      'should give one answer and report only real disagreements: ' + file,
      () => {
        for (const view of ['published', 'upstream'] as const) {
          const model = parse(fixture(file), {view, path: file})
          expect(disagreements(model)).toEqual([])
          expect(
            model.locations
              .filter((location) => location.comingSoon)
              .map((location) => location.cloud + ':' + location.id)
          ).toEqual(soon)
          expect(
            mismatches(model).map(([line, column]) => [line, column])
          ).toEqual(expected)
        }
      }
    )
  }
})
