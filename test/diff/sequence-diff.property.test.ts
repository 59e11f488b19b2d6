import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createSequenceDiff, diff} from '../../src/diff/index.js'
import {
  subjectCollections,
  subjectOrder,
  subjects
} from '../../src/diff/subjects.js'
import type {LocationsDocument} from '../../src/model.js'
import {documentArbitrary} from './arbitraries.js'

/** Expect every consecutive pair of a sequence diffed as `diff` diffs it. */
function expectPairsAsDiff(sequence: readonly LocationsDocument[]) {
  const diffPair = createSequenceDiff()
  for (let index = 1; index < sequence.length; index++) {
    const older = sequence[index - 1]!
    const newer = sequence[index]!
    expect(diffPair(older, newer)).toEqual(diff(older, newer))
  }
}

describe('createSequenceDiff', () => {
  it('should give every consecutive pair of a sequence the changes `diff` gives it', () => {
    // A pool of models walked in any order, a model repeated or coming
    // back later: the memo of each model's indexes must answer for it only.
    fc.assert(
      fc.property(
        fc.array(documentArbitrary, {minLength: 1, maxLength: 4}),
        fc.array(fc.nat(), {minLength: 2, maxLength: 8}),
        (pool, picks) => {
          const sequence = picks.map((pick) => pool[pick % pool.length]!)
          expectPairsAsDiff(sequence)
        }
      ),
      {numRuns: 300}
    )
  })
})

describe('createSequenceDiff on a history', () => {
  /** What happens to a record from one version to the next. */
  const fate = fc.constantFrom(
    'kept',
    'kept',
    'kept',
    'moved',
    'changed',
    'removed'
  )

  /**
   * The next version of a model: each record kept (the same object, as the
   * command line's models share them), moved (a new `source`), changed (a
   * fact of it) or removed, and the records of `extra` put in at places:
   * some under keys the model has, some twice.
   */
  function edited(
    model: LocationsDocument,
    extra: LocationsDocument,
    fates: string[],
    places: number[]
  ): LocationsDocument {
    let turn = 0
    const next = {...model}
    for (const subject of subjectOrder) {
      const name = subjectCollections[subject]
      const records = (
        model[name] as unknown as Array<Record<string, unknown>>
      ).flatMap((record) => {
        const what = fates[turn++ % fates.length]
        if (what === 'removed') return []
        if (what === 'moved')
          return [{...record, source: {line: 1000 + turn, column: 1}}]
        if (what === 'changed') {
          const field = subjects[subject].fields[0] as string
          return [
            {
              ...record,
              [field]:
                field === 'comingSoon' ? !record[field] : 'changed ' + turn
            }
          ]
        }
        return [record]
      })
      const added = extra[name] as unknown as Array<Record<string, unknown>>
      // With three places or more, the first one is put in twice.
      const twice = places.length >= 3 && added[0] ? [added[0]] : []
      for (const [index, record] of [...added, ...twice].entries())
        records.splice(
          (places[index % places.length] ?? 0) % (records.length + 1),
          0,
          record
        )
      ;(next as Record<string, unknown>)[name] = records
    }

    return next
  }

  it('should give every pair of versions edited a record at a time the changes `diff` gives it', () => {
    fc.assert(
      fc.property(
        documentArbitrary,
        fc.array(
          fc.tuple(
            fc.option(documentArbitrary, {freq: 2}),
            fc.array(fate, {minLength: 1, maxLength: 12}),
            fc.array(fc.nat(20), {minLength: 1, maxLength: 4})
          ),
          {minLength: 1, maxLength: 6}
        ),
        (first, steps) => {
          const sequence = [first]
          for (const [extra, fates, places] of steps) {
            const none = {...first}
            for (const subject of subjectOrder)
              (none as Record<string, unknown>)[subjectCollections[subject]] =
                []
            sequence.push(
              edited(sequence.at(-1)!, extra ?? none, fates, places)
            )
          }

          expectPairsAsDiff(sequence)
        }
      ),
      {numRuns: 500}
    )
  })
})

describe('createSequenceDiff, one array as two collections', () => {
  it('should not take what one collection showed of its keys for another', () => {
    // One array as a model's providers and its system integrators: each key
    // once by integrator (id and continent), not by provider (id).
    const integrator = (continent: string, line: number) => ({
      id: 'avanade',
      name: 'Avanade',
      url: null,
      continent,
      source: {line, column: 1}
    })
    const model = (providers: unknown[], systemIntegrators: unknown[]) =>
      ({
        schemaVersion: 1,
        source: {path: null},
        meta: {date: null},
        facets: ['providers', 'systemIntegrators'],
        locations: [],
        providers,
        offerings: [],
        regions: [],
        exchanges: [],
        systemIntegrators,
        satelliteOperators: [],
        datacenterProviders: [],
        researchNetworks: []
      }) as unknown as LocationsDocument
    const shared = [integrator('Europe', 1), integrator('Asia', 2)]
    const sequence = [
      model([integrator('Europe', 1)], [integrator('Europe', 1)]),
      model(shared, shared),
      model(
        [integrator('Europe', 1)],
        [integrator('Europe', 1), integrator('Asia', 2)]
      )
    ]
    expectPairsAsDiff(sequence)
  })
})
