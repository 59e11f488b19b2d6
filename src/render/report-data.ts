/**
 * What the report shows, as data: the history of the docs, its locations
 * and providers with when they were first and last seen, the changelog of
 * each version (what changed from the version before), the changelog
 * sentences that touched each location and provider, and the newest version
 * of each page (what a dropped page is compared with).
 */

import {createSequenceDiff, type Change} from '../diff/index.js'
import type {Cloud, LocationsDocument, Status, ViewName} from '../model.js'
import {history, historyVersions} from './history.js'
import {changeOfQuery} from './history-query.js'
import {carriedStates, historyStates} from './history-states.js'
import type {
  FactInterval,
  FactState,
  History,
  HistoryFact,
  HistoryOptions
} from './history-types.js'
import {aliasSpellings} from './report-aliases.js'
import type {Section, Sentences} from './sentence-sink.js'
import {sentencesFromChanges} from './sentences-from-changes.js'

/** What the table lists. */
export type EntityKind = 'location' | 'provider'

/** A location (of one cloud) or a provider, with when the docs stated it. */
export interface ReportEntity {
  /** `location:<cloud>/<id>` or `provider:<id>`: unique in the report. */
  id: string
  kind: EntityKind
  /** The key of its fact (`diff`'s key): `commercial/sydney`, `megaport`. */
  key: string
  /** Its name in the newest version that states it. */
  name: string
  /** Every name it was known by, in order of first use. */
  names: string[]
  /**
   * Other spellings of it in the alias table (`Level3` of Level 3
   * Communications) that none of its names is, for the search.
   */
  aliases: string[]
  /** Cloud of a location; `null` for a provider. */
  cloud: Cloud | null
  /** Its intervals (history's). */
  intervals: FactInterval[]
  /** Index of the first version that states it. */
  first: number
  /** Index of the last version that states it; `null`: still stated. */
  last: number | null
  /** How many offerings it is part of are still stated. */
  current: number
}

/** An offering (a provider at a location, in a cloud), for timelines. */
export interface ReportOffering {
  key: string
  provider: string
  location: string
  cloud: Cloud
  intervals: FactInterval[]
}

/** What changed in one version, compared with the version before it. */
export interface ReportVersionChanges {
  /** Index of the version (from 1). */
  version: number
  sentences: Sentences
}

/**
 * An interval as the page's script reads it: `[from, to, state, names?]` —
 * version indexes (`to` `null`: still stated), an index into
 * `ReportData.states`, and the names of the interval where they are not
 * just the fact's name.
 */
export type WireInterval =
  | [from: number, to: number | null, state: number]
  | [from: number, to: number | null, state: number, names: string[]]

/** How a state is shown: its words, and how its bar is drawn. */
export interface WireState {
  label: string
  /** `listed`; `soon` (coming soon); `other` (stated, not supported). */
  tone: 'listed' | 'soon' | 'other'
}

/** What the page's script needs, embedded as JSON (compact: it is large). */
export interface ReportData {
  schemaVersion: 1
  docs: string
  /** The view the versions were read in: a dropped page is read in it too. */
  view: ViewName
  versions: Array<{date: string; document: string; path: string | null}>
  /** The states intervals are in. */
  states: WireState[]
  /** Locations and providers, in the order of `history`. */
  entities: Array<{
    id: string
    name: string
    names: string[]
    cloud: Cloud | null
    intervals: WireInterval[]
  }>
  /** Offerings, in the order of `history`: a provider at a location. */
  offerings: Array<{
    provider: string
    location: string
    cloud: Cloud
    intervals: WireInterval[]
  }>
  /**
   * By entity id: the changelog sentences that touched it, oldest first, as
   * `[version, section (0 added, 1 removed, 2 changed), inline Markdown]`.
   */
  sentences: Record<string, Array<[number, number, string]>>
}

/** Options of `reportModel`. */
export interface ReportModelOptions extends HistoryOptions {
  /**
   * The view the versions were read in (`--view`), in which the page reads
   * a dropped page; default: the view of the newest version.
   */
  view?: ViewName | null | undefined
}

/** Everything the report is rendered from. */
export interface ReportModel {
  history: History
  /** Locations and providers, in the order of `history`. */
  entities: ReportEntity[]
  /** What the page's script reads. */
  data: ReportData
  /** One entry a version after the first, oldest first. */
  changelog: ReportVersionChanges[]
  /** The newest version of each page, by document id. */
  newest: LocationsDocument[]
}

/**
 * Read the history of versions of the docs into what the report shows.
 *
 * @param documents
 *   Versions of the pages of one edition and language.
 * @param options
 *   Order of the versions and their commits, as `history` takes them, and
 *   their view.
 */
export function reportModel(
  documents: readonly LocationsDocument[],
  options?: ReportModelOptions | null | undefined
): ReportModel {
  const facts = history(documents, options)
  const versions = historyVersions(documents, options)
  // Carried: a change across a version that does not state its kind is
  // the change of the version that states it again.
  const docsStates = carriedStates(historyStates(versions))
  const offerings = facts.facts.filter((fact) => fact.kind === 'offering')
  const entities = facts.facts
    .filter(
      (fact): fact is HistoryFact & {kind: EntityKind} =>
        fact.kind === 'location' || fact.kind === 'provider'
    )
    .map((fact) => entityOf(fact, offerings))
  const known = new Set(entities.map((entity) => entity.id))

  const changelog: ReportVersionChanges[] = []
  const sentences: Record<string, Array<[number, number, string]>> = {}
  const diff = createSequenceDiff()
  for (let index = 1; index < docsStates.length; index++) {
    const older = docsStates[index - 1] as LocationsDocument
    const newer = docsStates[index] as LocationsDocument
    const changes = diff(older, newer)
    changelog.push({
      version: index,
      sentences: sentencesFromChanges(changes, older, newer)
    })
    for (const [id, touching] of byEntity(changes, known)) {
      const said = sentencesFromChanges(touching, older, newer)
      const list = (sentences[id] ??= [])
      for (const [position, section] of sections.entries())
        for (const text of said[section]) list.push([index, position, text])
    }
  }

  const table = new StateTable()
  return {
    history: facts,
    entities,
    data: {
      schemaVersion: 1,
      docs: facts.docs,
      view: options?.view ?? versions.at(-1)?.view ?? 'published',
      versions: facts.versions.map(({date, document, path}) => ({
        date,
        document,
        path
      })),
      states: table.states,
      entities: entities.map((entity) => ({
        id: entity.id,
        name: entity.name,
        names: entity.names,
        cloud: entity.cloud,
        intervals: table.intervals(entity.intervals, entity.name)
      })),
      offerings: offerings.map((fact) => ({
        provider: fact.provider as string,
        location: fact.location as string,
        cloud: fact.cloud as Cloud,
        intervals: table.intervals(fact.intervals, fact.name)
      })),
      sentences
    },
    changelog,
    newest: newestOfEachPage(versions)
  }
}

/** The distinct states of intervals, each once, in order of first use. */
class StateTable {
  readonly states: WireState[] = []
  readonly #index = new Map<string, number>()

  /** Intervals as the page reads them. */
  intervals(intervals: readonly FactInterval[], name: string): WireInterval[] {
    return intervals.map((interval) => {
      const state = this.#indexOf(stateOf(interval.state))
      return interval.names.length === 1 && interval.names[0] === name
        ? [interval.from, interval.to, state]
        : [interval.from, interval.to, state, interval.names]
    })
  }

  #indexOf(state: WireState): number {
    const key = state.tone + ' ' + state.label
    let index = this.#index.get(key)
    if (index === undefined) {
      index = this.states.length
      this.states.push(state)
      this.#index.set(key, index)
    }

    return index
  }
}

const statusWords: Readonly<Record<Status, string>> = {
  supported: 'supported',
  'not-supported': 'not supported',
  'coming-soon': 'coming soon'
}

/** The words and tone of a state. */
function stateOf(state: FactState | undefined): WireState {
  if (state === undefined) return {label: 'listed', tone: 'listed'}
  const services = [
    ['Azure', state.azure],
    ['Office 365', state.office365]
  ]
    .filter((entry): entry is [string, Status] => entry[1] !== undefined)
    .map(([service, status]) => service + ' ' + statusWords[status])
  const soon = state.comingSoon === true || state.azure === 'coming-soon'
  const label = [
    soon && state.comingSoon ? 'coming soon' : 'listed',
    ...services
  ]
  return {
    label: label.join(', '),
    tone: soon ? 'soon' : state.azure === 'not-supported' ? 'other' : 'listed'
  }
}

const sections: readonly Section[] = ['added', 'removed', 'changed']

/** The table's record of a location or provider fact. */
function entityOf(
  fact: HistoryFact & {kind: EntityKind},
  offerings: readonly HistoryFact[]
): ReportEntity {
  const own = offerings.filter((offering) =>
    fact.kind === 'provider'
      ? offering.provider === fact.provider
      : offering.location === fact.location && offering.cloud === fact.cloud
  )
  const last = fact.intervals.at(-1) as FactInterval
  const names = [
    ...new Set(fact.intervals.flatMap((interval) => interval.names))
  ]
  return {
    id: fact.kind + ':' + fact.key,
    kind: fact.kind,
    key: fact.key,
    name: fact.name,
    names,
    aliases: aliasSpellings(
      fact.kind,
      fact.kind === 'provider'
        ? (fact.provider as string)
        : (fact.location as string),
      names
    ),
    cloud: fact.kind === 'location' ? (fact.cloud as Cloud) : null,
    intervals: fact.intervals,
    first: (fact.intervals[0] as FactInterval).from,
    last: last.to,
    current: own.filter((offering) => offering.intervals.at(-1)?.to === null)
      .length
  }
}

/**
 * The changes of one version pair by the entities they touch: an offering
 * touches its provider and its location, an exchange its location and the
 * providers that joined or left it, a region the locations that joined or
 * left it (or whose coming-soon mark changed), each with only what changed
 * of it.
 */
function byEntity(
  changes: readonly Change[],
  known: ReadonlySet<string>
): Map<string, Change[]> {
  const touched = new Map<string, Change[]>()
  for (const change of changes) {
    for (const [id, part] of touchedBy(change)) {
      if (!known.has(id)) continue
      const list = touched.get(id) ?? []
      if (list.at(-1) !== part) list.push(part)
      touched.set(id, list)
    }
  }

  return touched
}

/**
 * The entities a change touches (some may not exist), each with the part of
 * the change that is of it: the change itself, or of a region map, what
 * changed of that location (as `history --location` words it).
 */
function touchedBy(change: Change): Array<[id: string, change: Change]> {
  switch (change.kind) {
    case 'region.added':
    case 'region.removed':
    case 'region.changed': {
      const record = change.after ?? change.before
      const clouds: readonly Cloud[] =
        record.cloud === 'commercial'
          ? ['commercial']
          : ['us-government', 'china', 'germany']
      const entries = (locations: typeof record.locations | undefined) =>
        (locations ?? []).map((entry) => JSON.stringify(entry))
      const ids = symmetricDifference(
        entries(change.before?.locations),
        entries(change.after?.locations)
      ).map((entry) => (JSON.parse(entry) as {location: string}).location)
      return [...new Set(ids)].flatMap((id) => {
        const part = changeOfQuery({locations: new Set([id])}, change)
        return part === undefined
          ? []
          : clouds.map((cloud): [string, Change] => [
              'location:' + cloud + '/' + id,
              part
            ])
      })
    }

    default: {
      return touchedIds(change).map((id): [string, Change] => [id, change])
    }
  }
}

/** Ids of the entities a change touches, but of a region change. */
function touchedIds(change: Change): string[] {
  switch (change.kind) {
    case 'location.added':
    case 'location.removed':
    case 'location.renamed':
    case 'location.changed': {
      return ['location:' + change.key]
    }

    case 'provider.added':
    case 'provider.removed':
    case 'provider.renamed':
    case 'provider.changed': {
      return ['provider:' + change.key]
    }

    case 'offering.added':
    case 'offering.removed':
    case 'offering.changed': {
      const record = change.after ?? change.before
      return [
        'provider:' + record.provider,
        'location:' + record.cloud + '/' + record.location
      ]
    }

    case 'exchange.added':
    case 'exchange.removed':
    case 'exchange.changed': {
      const record = change.after ?? change.before
      return [
        'location:' + record.cloud + '/' + record.location,
        ...symmetricDifference(
          change.before?.providers ?? [],
          change.after?.providers ?? []
        ).map((id) => 'provider:' + id)
      ]
    }

    default: {
      return []
    }
  }
}

/** What one list has and the other has not, either way. */
function symmetricDifference(
  left: readonly string[],
  right: readonly string[]
): string[] {
  const a = new Set(left)
  const b = new Set(right)
  return [
    ...left.filter((item) => !b.has(item)),
    ...right.filter((item) => !a.has(item))
  ]
}

/** The last version of each page, in history order, by document id. */
function newestOfEachPage(
  versions: readonly LocationsDocument[]
): LocationsDocument[] {
  const newest = new Map<string, LocationsDocument>()
  for (const version of versions)
    newest.set(version.source.document?.id ?? 'unknown', version)
  return [...newest]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, document]) => document)
}
