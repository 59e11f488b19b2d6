/**
 * Queries of a history (`history --provider/--location/--cloud`, and the
 * same filters of `changelog`): which names the user means, which facts
 * and which changes match.
 */

import type {Change} from '../diff/index.js'
import type {Cloud, LocationsDocument, Region, RegionCloud} from '../model.js'
import {resolveName} from '../normalize/index.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import {slug} from '../util/slug.js'
import type {History, HistoryFact} from './history-types.js'

/** A cloud a query can name: of a location, or of a region table. */
export type QueryCloud = Cloud | RegionCloud

/** The clouds a query can name. */
export const queryClouds: readonly QueryCloud[] = [
  'commercial',
  'us-government',
  'china',
  'germany',
  'national'
]

/** What a query selects: ids of providers and locations, and a cloud. */
export interface HistoryQuery {
  /** Provider ids (any of them), if the query names a provider. */
  providers?: ReadonlySet<string> | undefined
  /** Location ids (any of them), if the query names a location. */
  locations?: ReadonlySet<string> | undefined
  /** Only facts and changes of this cloud (those that have a cloud). */
  cloud?: QueryCloud | undefined
}

/** Which alias table a name of a query is looked up in. */
export type QueryTable = 'providers' | 'locations'

/** The ids of providers and of locations the versions know, each with its names. */
export type KnownNames = Record<QueryTable, Map<string, Set<string>>>

/** The providers and locations a history's facts name. */
export function knownNamesOfHistory(history: History): KnownNames {
  const known: KnownNames = {providers: new Map(), locations: new Map()}
  for (const fact of history.facts) {
    const names = fact.intervals.flatMap((interval) => interval.names)
    if (fact.provider !== undefined)
      know(
        known.providers,
        fact.provider,
        fact.kind === 'provider' ? names : []
      )
    if (fact.location !== undefined)
      know(
        known.locations,
        fact.location,
        fact.kind === 'location' ? names : []
      )
  }

  return known
}

/** The providers and locations the records of models name. */
export function knownNamesOfDocuments(
  documents: readonly LocationsDocument[]
): KnownNames {
  const known: KnownNames = {providers: new Map(), locations: new Map()}
  for (const document of documents) {
    for (const provider of document.providers)
      know(known.providers, provider.id, [provider.name])
    for (const location of document.locations)
      know(known.locations, location.id, [location.name])
    for (const offering of document.offerings) {
      know(known.providers, offering.provider, [])
      know(known.locations, offering.location, [])
    }

    for (const exchange of document.exchanges)
      know(known.locations, exchange.location, [])
    for (const region of document.regions)
      for (const entry of region.locations)
        know(known.locations, entry.location, [])
  }

  return known
}

function know(
  table: Map<string, Set<string>>,
  id: string,
  names: readonly string[]
): void {
  let known = table.get(id)
  if (known === undefined) {
    known = new Set()
    table.set(id, known)
  }

  for (const name of names) known.add(name)
}

/** What a name of a query is: the ids it names, or the nearest names known. */
export interface NameMatch {
  /** Ids the name is (sorted); empty when it names nothing known. */
  ids: string[]
  /** When it names nothing: up to 3 known names nearest to it, nearest first. */
  suggestions: string[]
}

/**
 * Which known ids a name means: the id it resolves to through the alias
 * table (`Level3`, `Hong Kong`), an id written as such (`megaport`), or a
 * name any version used, compared as ids are (case, accents, spaces and
 * punctuation aside). A name that means none gets the nearest known names
 * instead (by edit distance between the folded forms, `nearestNames`).
 *
 * @param known
 *   What the versions name.
 * @param table
 *   Providers or locations.
 * @param written
 *   The name as the user wrote it.
 */
export function matchName(
  known: KnownNames,
  table: QueryTable,
  written: string
): NameMatch {
  const folded = slug(written)
  const resolved = resolveName(table, written).id
  const ids: string[] = []
  for (const [id, names] of known[table]) {
    if (
      id === resolved ||
      id === folded ||
      [...names].some((name) => slug(name) === folded)
    )
      ids.push(id)
  }

  if (ids.length > 0) return {ids: ids.sort(compareCodeUnits), suggestions: []}
  return {ids, suggestions: nearestNames(known[table], folded)}
}

/**
 * Up to 3 display names of known ids nearest to `folded`: first names that
 * begin with it (`Hong` → `Hong Kong`), then names with a word that begins
 * with it, then names with its first word (`Verizon Business` →
 * `Verizon`), then typos (no further than a third of its length, at least
 * 2 edits), then names with any of its words; the nearer first.
 */
function nearestNames(
  table: ReadonlyMap<string, ReadonlySet<string>>,
  folded: string
): string[] {
  const limit = Math.max(2, Math.ceil(folded.length / 3))
  const words = folded.split('-').filter((word) => word.length >= 3)
  const scored = [...table].flatMap(([id, names]) => {
    const shown = [...names].at(-1) ?? id
    const slugs = [id, ...[...names].map((name) => slug(name))]
    const distance = Math.min(
      ...slugs.map((name) => editDistance(folded, name))
    )
    const shares = (word: string | undefined) =>
      word !== undefined && slugs.some((name) => name.split('-').includes(word))
    const tier =
      folded === ''
        ? undefined
        : slugs.some((name) => name.startsWith(folded))
          ? 0
          : slugs.some((name) => name.includes('-' + folded))
            ? 1
            : shares(words[0])
              ? 2
              : distance <= limit
                ? 3
                : words.some((word) => shares(word))
                  ? 4
                  : undefined
    return tier === undefined ? [] : [{shown, tier, distance}]
  })
  const near = scored.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.distance - b.distance ||
      compareCodeUnits(a.shown, b.shown)
  )
  return [...new Set(near.map((entry) => entry.shown))].slice(0, 3)
}

/**
 * Levenshtein distance (insertions, deletions and substitutions of one
 * UTF-16 code unit each).
 *
 * @param a
 *   A string.
 * @param b
 *   Another string.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let row = 1; row <= a.length; row++) {
    const current = [row]
    for (let column = 1; column <= b.length; column++) {
      current[column] = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) +
          (a[row - 1] === b[column - 1] ? 0 : 1)
      )
    }

    previous = current
  }

  return previous[b.length] as number
}

/** Whether a query selects anything (names a provider, a location or a cloud). */
export function isQuery(query: HistoryQuery): boolean {
  return (
    query.providers !== undefined ||
    query.locations !== undefined ||
    query.cloud !== undefined
  )
}

/**
 * Whether a fact is one the query selects:
 *
 * - a provider and a location: the offerings of the one at the other;
 * - a provider: the provider and its offerings;
 * - a location: the location, the offerings there, its memberships of
 *   region maps and its exchange listing;
 * - a cloud alone: every fact of that cloud.
 *
 * With a cloud, a fact of another cloud is left out; a fact without one
 * (a provider) is kept where the provider is named.
 *
 * @param query
 *   The query.
 * @param fact
 *   A fact of a history.
 */
export function factMatches(query: HistoryQuery, fact: HistoryFact): boolean {
  const {providers, locations, cloud} = query
  if (cloud !== undefined && fact.cloud !== undefined && fact.cloud !== cloud)
    return false
  const provider = (id: string | undefined) =>
    id !== undefined && providers?.has(id) === true
  const location = (id: string | undefined) =>
    id !== undefined && locations?.has(id) === true

  switch (fact.kind) {
    case 'offering': {
      return (
        (providers === undefined || provider(fact.provider)) &&
        (locations === undefined || location(fact.location)) &&
        isQuery(query)
      )
    }

    case 'provider': {
      return locations === undefined && provider(fact.provider)
    }

    case 'location':
    case 'regionLocation':
    case 'exchange': {
      return (
        providers === undefined &&
        (locations === undefined
          ? cloud !== undefined
          : location(fact.location))
      )
    }

    case 'region': {
      return (
        providers === undefined &&
        locations === undefined &&
        cloud !== undefined
      )
    }

    default: {
      return false
    }
  }
}

/**
 * The part of a change the query selects, by the same rules as
 * `factMatches` (its keys are the facts' keys): the change itself, or for
 * a region map that changed, only what changed of the locations selected
 * (its memberships and coming-soon marks, as the facts of region locations
 * are); `undefined` when it selects nothing of it.
 *
 * @param query
 *   The query.
 * @param change
 *   A change of `diff`.
 */
export function changeOfQuery(
  query: HistoryQuery,
  change: Change
): Change | undefined {
  const {providers, locations, cloud} = query
  const record = (change.after ?? change.before) as unknown as Record<
    string,
    unknown
  >
  const recordCloud =
    typeof record['cloud'] === 'string' ? record['cloud'] : undefined
  if (cloud !== undefined && recordCloud !== undefined && recordCloud !== cloud)
    return undefined
  const has = (set: ReadonlySet<string> | undefined, id: unknown) =>
    typeof id === 'string' && set?.has(id) === true

  switch (change.kind.slice(0, change.kind.indexOf('.'))) {
    case 'offering': {
      return (providers === undefined || has(providers, record['provider'])) &&
        (locations === undefined || has(locations, record['location'])) &&
        isQuery(query)
        ? change
        : undefined
    }

    case 'provider': {
      return locations === undefined && has(providers, record['id'])
        ? change
        : undefined
    }

    case 'location':
    case 'exchange': {
      const id = change.kind.startsWith('location')
        ? record['id']
        : record['location']
      if (locations === undefined ? cloud === undefined : !has(locations, id))
        if (providers === undefined || locations !== undefined) return undefined
      if (providers === undefined) return change
      // An exchange listing names providers: a change of whether it lists
      // one asked for is that provider's.
      return change.kind.startsWith('exchange') &&
        listsProviderDifferently(change, providers)
        ? change
        : undefined
    }

    case 'region': {
      if (providers !== undefined) return undefined
      if (locations === undefined)
        return cloud === undefined ? undefined : change
      return regionChangeAt(change, locations)
    }

    default: {
      return undefined
    }
  }
}

/**
 * Whether an exchange change adds or removes one of `providers` from its
 * listing: as a provider there, or as an exchange (Megaport, Equinix run
 * exchanges too, under the same ids).
 */
function listsProviderDifferently(
  change: Change,
  providers: ReadonlySet<string>
): boolean {
  const listed = (record: unknown, field: 'providers' | 'exchanges') =>
    new Set(
      record !== null && typeof record === 'object' && field in record
        ? ((record as Record<typeof field, string[] | null>)[field] ?? [])
        : []
    )
  return (['providers', 'exchanges'] as const).some((field) => {
    const before = listed(change.before, field)
    const after = listed(change.after, field)
    return [...providers].some((id) => before.has(id) !== after.has(id))
  })
}

/** What a region change changes of some locations, if anything. */
function regionChangeAt(
  change: Change,
  locations: ReadonlySet<string>
): Change | undefined {
  const lists = (region: Region | null) =>
    region === null
      ? []
      : region.locations.filter((entry) => locations.has(entry.location))
  if (change.kind === 'region.added' || change.kind === 'region.removed') {
    return lists(change.after ?? change.before).length > 0 ? change : undefined
  }

  if (change.kind !== 'region.changed') return undefined
  const before = lists(change.before)
  const after = lists(change.after)
  const marks = new Map(
    before.map((entry) => [entry.location, entry.comingSoon])
  )
  const same =
    before.length === after.length &&
    after.every((entry) => marks.get(entry.location) === entry.comingSoon)
  if (same) return undefined
  // The rest of the region as it is after, so only these locations differ.
  return {
    ...change,
    before: {
      ...change.before,
      name: change.after.name,
      azureRegions: change.after.azureRegions,
      locations: before
    },
    after: {...change.after, locations: after},
    fields: ['locations']
  }
}
