/**
 * Properties of `history` over random sequences of small models (fast-check):
 * the intervals of a fact are ordered and never overlap, only the last is
 * open, each starts and ends at a version that states its kind; a version
 * that does not state a kind changes none of its intervals (removing it
 * leaves them as they were, indexes aside); a fact every stating version
 * states alike has one interval, from the first to `null`; and each change
 * the changelog reports added (removed) starts (ends) an interval at the
 * pair's newer (older) version.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diff} from '../../src/diff/index.js'
import type {
  Facet,
  Location,
  LocationsDocument,
  Offering,
  Status
} from '../../src/model.js'
import {factReaders} from '../../src/render/history-facts.js'
import type {
  FactInterval,
  FactKind,
  History,
  HistoryFact
} from '../../src/render/history-types.js'
import {history} from '../../src/render/history.js'
import {
  documentOf,
  location,
  offering,
  provider,
  region
} from '../diff/builders.js'

const locationIds = ['amsterdam', 'london', 'sydney'] as const
const providerIds = ['megaport', 'cologix'] as const
const statuses: Array<Status | null> = [null, 'supported', 'coming-soon']

/** What one version states, before it is a model. */
interface VersionSpec {
  regions: boolean
  offerings: boolean
  locations: Array<{id: string; comingSoon: boolean; renamed: boolean}>
  offers: Array<{
    provider: string
    location: string
    comingSoon: boolean
    azure: Status | null
  }>
}

const versionSpec: fc.Arbitrary<VersionSpec> = fc.record({
  regions: fc.boolean(),
  offerings: fc.boolean(),
  locations: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...locationIds),
      comingSoon: fc.boolean(),
      renamed: fc.boolean()
    }),
    {selector: (entry) => entry.id, maxLength: 3}
  ),
  offers: fc.uniqueArray(
    fc.record({
      provider: fc.constantFrom(...providerIds),
      location: fc.constantFrom(...locationIds),
      comingSoon: fc.boolean(),
      azure: fc.constantFrom(...statuses)
    }),
    {
      selector: (entry) => entry.provider + '/' + entry.location,
      maxLength: 4
    }
  )
})

/**
 * The model of a version: records only of the facets it states; `fixed` (a
 * location) and `always` (a provider, at `fixed`) in every version that
 * states their kind, in one state.
 */
function model(spec: VersionSpec, index: number): LocationsDocument {
  const facets: Facet[] = [
    ...(spec.regions ? (['regions'] as const) : []),
    ...(spec.offerings ? (['offerings', 'offeringStatus'] as const) : [])
  ]
  const statesLocations = spec.regions || spec.offerings
  const locations: Location[] = statesLocations
    ? [
        location('fixed'),
        ...spec.locations.map((entry) =>
          location(entry.id, {
            comingSoon: entry.comingSoon,
            name: entry.renamed ? entry.id.toUpperCase() : entry.id
          })
        )
      ]
    : []
  const offerings: Offering[] = spec.offerings
    ? [
        offering('always', 'fixed', {azure: 'supported'}),
        ...spec.offers.map((entry) =>
          offering(entry.provider, entry.location, {
            comingSoon: entry.comingSoon,
            azure: entry.azure
          })
        )
      ]
    : []
  const day = String(index + 1).padStart(2, '0')
  return documentOf({
    date: '2020-01-' + day,
    path: 'v' + day + '.md',
    facets,
    locations,
    regions: spec.regions
      ? [
          region('europe', {
            locations: locations.map((record) => ({
              location: record.id,
              comingSoon: record.comingSoon
            }))
          })
        ]
      : [],
    providers: spec.offerings
      ? [
          provider('always'),
          ...[...new Set(spec.offers.map((entry) => entry.provider))].map(
            (id) => provider(id)
          )
        ]
      : [],
    offerings
  })
}

const versions = fc
  .array(versionSpec, {minLength: 1, maxLength: 7})
  .map((specs) => specs.map((spec, index) => model(spec, index)))

/** Whether a version states a kind of fact. */
function states(document: LocationsDocument, kind: FactKind): boolean {
  return factReaders[kind].facets.some((facet) =>
    document.facets.includes(facet)
  )
}

describe('history properties', () => {
  it('should order intervals, never overlapping, only the last open, each from and to a version stating its kind', () => {
    fc.assert(
      fc.property(versions, (documents) => {
        const result = history(documents)
        for (const fact of result.facts) {
          expect(fact.intervals.length).toBeGreaterThan(0)
          for (const [index, interval] of fact.intervals.entries()) {
            const last = index === fact.intervals.length - 1
            if (!last) expect(interval.to).not.toBeNull()
            const to = interval.to ?? documents.length - 1
            expect(interval.from).toBeGreaterThanOrEqual(0)
            expect(interval.from).toBeLessThanOrEqual(to)
            expect(to).toBeLessThan(documents.length)
            expect(
              states(documents[interval.from] as LocationsDocument, fact.kind)
            ).toBe(true)
            if (interval.to !== null)
              expect(
                states(documents[interval.to] as LocationsDocument, fact.kind)
              ).toBe(true)
            const next = fact.intervals[index + 1]
            if (next) expect(next.from).toBeGreaterThan(to)
            expect(interval.names.length).toBeGreaterThan(0)
          }
        }
      }),
      {numRuns: 300}
    )
  })

  it('should leave the intervals of a kind as they were when versions that do not state it are removed', () => {
    fc.assert(
      fc.property(
        versions,
        fc.array(fc.boolean(), {minLength: 7, maxLength: 7}),
        (documents, drop) => {
          const all = history(documents)
          for (const kind of kindsOf(all)) {
            const kept = documents
              .map((document, index) => ({document, index}))
              .filter(
                ({document, index}) => states(document, kind) || !drop[index]
              )
            if (kept.length === 0) continue
            const newIndex = new Map(
              kept.map(({index}, position) => [index, position])
            )
            const remap = (interval: FactInterval): FactInterval => ({
              ...interval,
              from: newIndex.get(interval.from) as number,
              to:
                interval.to === null
                  ? null
                  : (newIndex.get(interval.to) as number)
            })
            const fewer = history(kept.map(({document}) => document))
            expect(factsOf(fewer, kind)).toEqual(
              factsOf(all, kind).map((fact) => ({
                ...fact,
                intervals: fact.intervals.map((interval) => remap(interval))
              }))
            )
          }
        }
      ),
      {numRuns: 300}
    )
  })

  it('should give a fact stated alike by every stating version one interval, from the first to null', () => {
    fc.assert(
      fc.property(versions, (documents) => {
        const result = history(documents)
        const expectOne = (kind: FactKind, key: string) => {
          const first = documents.findIndex((document) =>
            states(document, kind)
          )
          const fact = result.facts.find(
            (candidate) => candidate.kind === kind && candidate.key === key
          )
          if (first === -1) {
            expect(fact).toBeUndefined()
            return
          }

          expect(fact?.intervals).toEqual([
            expect.objectContaining({from: first, to: null})
          ])
        }

        expectOne('location', 'commercial/fixed')
        expectOne('provider', 'always')
        expectOne('offering', 'commercial/always/fixed')
      }),
      {numRuns: 300}
    )
  })

  it('should start an interval at the newer version of each change added, and end one at the older of each removed', () => {
    fc.assert(
      fc.property(versions, (documents) => {
        const result = history(documents)
        for (let index = 1; index < documents.length; index++) {
          const changes = diff(
            documents[index - 1] as LocationsDocument,
            documents[index] as LocationsDocument
          )
          for (const change of changes) {
            const [subject, action] = change.kind.split('.') as [
              FactKind,
              string
            ]
            const fact = result.facts.find(
              (candidate) =>
                candidate.kind === subject && candidate.key === change.key
            )
            if (action === 'added') {
              expect(
                fact?.intervals.some((interval) => interval.from === index),
                change.kind + ' ' + change.key
              ).toBe(true)
            }

            if (action === 'removed') {
              expect(
                fact?.intervals.some((interval) => interval.to === index - 1),
                change.kind + ' ' + change.key
              ).toBe(true)
            }
          }
        }
      }),
      {numRuns: 300}
    )
  })
})

function kindsOf(result: History): FactKind[] {
  return [...new Set(result.facts.map((fact) => fact.kind))]
}

function factsOf(result: History, kind: FactKind): HistoryFact[] {
  return result.facts.filter((fact) => fact.kind === kind)
}
