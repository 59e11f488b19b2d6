import {describe, expect, it} from 'vitest'
import {blocksFromView} from '../../src/blocks/index.js'
import {extractFromBlocks, type Extraction} from '../../src/extract/index.js'
import {
  azureRegionAliases,
  foldName,
  locationAliases,
  providerAliases,
  resolveName,
  type Alias,
  type NameTable
} from '../../src/normalize/index.js'
import {repairLists} from '../../src/normalize/repair-lists.js'
import {
  metadataFromView,
  sourceFromText,
  viewOf
} from '../../src/source/index.js'
import {allDocuments, fixture} from '../helpers.js'

const tables: Array<[NameTable, Alias[]]> = [
  ['providers', providerAliases],
  ['locations', locationAliases],
  ['azureRegions', azureRegionAliases]
]

/** Where a spelling is written: dates of the pages, and docs locales of the corpus files. */
interface Seen {
  dates: Set<string>
  languages: Set<string>
}

/**
 * Folded names as the pages write them, by table: as extracted, and as the
 * list repairs leave them (the halves of `芝加哥市阿什本`, the whole of
 * `Washington, D.C.`).
 */
function writtenNames(): Record<NameTable, Map<string, Seen>> {
  const seen: Record<NameTable, Map<string, Seen>> = {
    providers: new Map(),
    locations: new Map(),
    azureRegions: new Map()
  }
  for (const name of allDocuments()) {
    const raw = fixture(name)
    const source = sourceFromText(raw)
    // Corpus files are named `date_page_language_hash.md`.
    const language = /^corpus\/[^_]+_[^_]+_([a-z-]+)_/.exec(name)?.[1]
    for (const viewName of ['published', 'upstream'] as const) {
      const view = viewOf(source, viewName)
      const date = metadataFromView(view, source.place).meta.date ?? 'undated'
      const blocks = blocksFromView(view, raw, {place: source.place})
      const add = (table: NameTable, written: string) => {
        const key = foldName(written)
        const entry = seen[table].get(key) ?? {
          dates: new Set(),
          languages: new Set()
        }
        entry.dates.add(date)
        if (language) entry.languages.add(language)
        seen[table].set(key, entry)
      }

      const read = extractFromBlocks(blocks)
      const repaired = repairLists(read).extraction
      for (const extraction of [read, repaired]) addNames(extraction, add)
    }
  }

  return seen
}

/** Call `add` with every name of an extraction and its table. */
function addNames(
  extraction: Extraction,
  add: (table: NameTable, written: string) => void
) {
  for (const record of extraction.providers) {
    add('providers', record.provider.name)
    for (const entry of record.locations ?? []) add('locations', entry.name)
  }

  for (const record of extraction.locations) {
    add('locations', record.location.name)
    for (const entry of record.providers ?? []) add('providers', entry.name)
    for (const entry of record.localAzureRegions ?? [])
      add('azureRegions', entry)
  }

  for (const record of extraction.regions) {
    for (const entry of record.locations) add('locations', entry.name)
    for (const entry of record.azureRegions) add('azureRegions', entry.name)
  }

  for (const record of extraction.exchanges) {
    add('locations', record.location.name)
    for (const entry of [...record.providers, ...record.exchanges])
      add('providers', entry.name)
  }

  for (const record of extraction.datacenterProviders) {
    add('providers', record.provider.name)
    for (const entry of record.exchanges) add('providers', entry.name)
  }

  for (const record of extraction.researchNetworks) {
    add('providers', record.network.name)
    if (record.via) add('providers', record.via.name)
  }

  for (const record of extraction.systemIntegrators)
    add('providers', record.integrator.name)
  for (const entry of extraction.satelliteOperators)
    add('providers', entry.name)
}

/** What is wrong with an entry, against where the fixtures write it. */
interface AliasProblem {
  written: string
  problem: 'dead' | 'languages'
  /** Where the fixtures write it: dates and, of a translation, locales. */
  seen: {dates: string[]; languages?: string[]}
  /** What the entry says of its languages. */
  languages?: string[]
}

/**
 * The entries of a table that no fixture writes (dead), and those whose
 * `languages` are not the locales of the fixtures that write them: of a
 * translation, exactly those; of any other kind, none.
 *
 * @param aliases
 *   One alias table.
 * @param seen
 *   Where each folded name is written (`writtenNames`).
 */
function aliasProblems(
  aliases: Alias[],
  seen: Map<string, Seen>
): AliasProblem[] {
  const problems: AliasProblem[] = []
  for (const alias of aliases) {
    const where = seen.get(foldName(alias.written))
    const dates = [...(where?.dates ?? [])].sort()
    // Only a translation says in which languages it is written.
    const languages =
      alias.kind === 'translation'
        ? [...(where?.languages ?? [])].sort()
        : undefined
    const problem =
      dates.length === 0
        ? 'dead'
        : String(languages) === String(alias.languages)
          ? undefined
          : 'languages'
    if (problem) {
      problems.push({
        written: alias.written,
        problem,
        seen: {dates, languages},
        languages: alias.languages
      })
    }
  }

  return problems
}

describe('aliasProblems', () => {
  const seen = new Map<string, Seen>([
    ['level3', {dates: new Set(['2017-06-16']), languages: new Set(['en'])}],
    ['londra', {dates: new Set(['2017-08-17']), languages: new Set(['it'])}]
  ])
  const entry = {canonical: 'X', reason: 'A reason of the test.'}

  it('should find nothing wrong with entries the fixtures write', () => {
    expect(
      aliasProblems(
        [
          {...entry, written: 'Level3', kind: 'spelling'},
          {...entry, written: 'Londra', kind: 'translation', languages: ['it']}
        ],
        seen
      )
    ).toEqual([])
  })

  it('should find an entry that no fixture writes', () => {
    expect(
      aliasProblems([{...entry, written: 'Nowhere', kind: 'spelling'}], seen)
    ).toEqual([
      {
        written: 'Nowhere',
        problem: 'dead',
        seen: {dates: []},
        languages: undefined
      }
    ])
  })

  it('should find a translation whose languages differ, or that has none', () => {
    expect(
      aliasProblems(
        [
          {...entry, written: 'Londra', kind: 'translation', languages: ['es']},
          {...entry, written: 'Londra', kind: 'translation'}
        ],
        seen
      ).map((problem) => [problem.problem, problem.languages])
    ).toEqual([
      ['languages', ['es']],
      ['languages', undefined]
    ])
  })

  it('should find languages on an entry that is no translation', () => {
    expect(
      aliasProblems(
        [{...entry, written: 'Level3', kind: 'spelling', languages: ['en']}],
        seen
      ).map((problem) => problem.problem)
    ).toEqual(['languages'])
  })
})

describe('the alias table', () => {
  const seen = writtenNames()

  for (const [table, aliases] of tables) {
    it(
      'should have no entry that no document uses, and give each translation the languages that use it: ' +
        table,
      () => {
        expect(aliasProblems(aliases, seen[table])).toEqual([])
      }
    )

    it(
      'should give every entry a reason and one entry a spelling: ' + table,
      () => {
        const keys = aliases.map((alias) => foldName(alias.written))
        expect(new Set(keys).size).toBe(keys.length)
        for (const alias of aliases) {
          expect(alias.reason.length).toBeGreaterThan(10)
          expect(alias.written).not.toBe(alias.canonical)
        }
      }
    )

    it(
      'should resolve every entry to a canonical name that resolves to itself: ' +
        table,
      () => {
        for (const alias of aliases) {
          const {canonical} = resolveName(table, alias.written)
          expect(resolveName(table, canonical).canonical).toBe(canonical)
        }
      }
    )
  }

  it('should fold case, diacritics and whitespace without entries', () => {
    expect(resolveName('providers', 'coresite ').name).toBe('CoreSite')
    expect(resolveName('providers', 'Thinktel').id).toBe(
      resolveName('providers', 'ThinkTel').id
    )
    expect(resolveName('locations', 'São  Paulo').id).toBe('sao-paulo')
    expect(resolveName('locations', 'Silicon Valley 2').id).toBe(
      resolveName('locations', 'Silicon Valley2').id
    )
  })

  it('should fix spellings in the name and keep renames as written', () => {
    expect(resolveName('locations', 'Sao Paula')).toMatchObject({
      name: 'Sao Paulo',
      id: 'sao-paulo'
    })
    expect(resolveName('locations', 'Hong Kong')).toMatchObject({
      name: 'Hong Kong',
      id: 'hong-kong-sar'
    })
    expect(resolveName('locations', 'Hong Kong SAR')).toMatchObject({
      name: 'Hong Kong SAR',
      id: 'hong-kong-sar'
    })
    expect(resolveName('locations', 'Hongkong')).toMatchObject({
      name: 'Hongkong',
      id: 'hong-kong-sar'
    })
    expect(resolveName('providers', 'Level3')).toMatchObject({
      name: 'Level 3 Communications',
      id: 'level-3-communications'
    })
    expect(resolveName('providers', 'Telia Carrier')).toMatchObject({
      name: 'Telia Carrier',
      id: 'arelion'
    })
    expect(resolveName('providers', 'Arelion (Telia Carrier)')).toMatchObject({
      id: 'arelion'
    })
    expect(
      resolveName('providers', 'Lumen (CenturyLink Cloud Connect)')
    ).toMatchObject({id: 'lumen'})
    expect(resolveName('providers', 'CenturyLink Cloud Connect')).toMatchObject(
      {id: 'lumen'}
    )
    expect(
      resolveName('providers', 'Console Connect (PCCW Global Limited)').id
    ).toBe(resolveName('providers', 'PCCW Global Limited').id)
    expect(resolveName('providers', 'Interxion (Digital Realty)').id).toBe(
      'interxion'
    )
    expect(resolveName('azureRegions', 'India South').name).toBe('South India')
    expect(resolveName('providers', 'GEANT').name).toBe('GÉANT')
  })
})
