/**
 * A query of a history in words: each interval of each fact it selects as
 * one plain sentence (“Megaport has offered ExpressRoute at Sydney since
 * 2016-07-28.”), then the changelog's sentences of the version pairs that
 * touched what it selects, each after the dates of its pair.
 */

import {createSequenceDiff} from '../diff/index.js'
import type {Cloud, LocationsDocument, RegionCloud, Status} from '../model.js'
import {cloudNames} from './change-sentences.js'
import {factReaders} from './history-facts.js'
import {changeOfQuery, factMatches, type HistoryQuery} from './history-query.js'
import {historyVersions} from './history.js'
import {carriedStates, historyStates} from './history-states.js'
import type {
  FactInterval,
  FactKind,
  FactState,
  History,
  HistoryFact,
  HistoryOptions
} from './history-types.js'
import {sentencesFromChanges} from './sentences-from-changes.js'

/** One version pair that touched what a query selects. */
export interface QueryChanges {
  /** `2016-07-28 (compared with 2016-03-31)`: the pair, as a changelog titles it. */
  label: string
  /** Index of the newer version in `History.versions`. */
  version: number
  /** The changelog's sentences of the changes selected, as plain text: added, removed, changed. */
  sentences: string[]
}

/** A query answered. */
export interface QueryAnswer {
  /** The facts selected, in history order. */
  facts: HistoryFact[]
  /**
   * The lines of each fact selected, fact by fact: a sentence a run of
   * versions that list it; where its state changed within a run, a line a
   * state after the sentence, indented.
   */
  intervals: string[][]
  /** The pairs that touched them, oldest first. */
  changes: QueryChanges[]
}

/**
 * Answer a query of a history.
 *
 * The changes are those of each version with the one before it, in the
 * history's states of the docs (the newest version so far of each page,
 * merged: as `changelog --merge` compares them, one version at a time);
 * each change the query selects (`changeOfQuery`) is worded by the
 * changelog's own sentence code.
 *
 * @param history
 *   The history of `documents` (`history(documents, options)`).
 * @param documents
 *   The versions it was made of.
 * @param options
 *   The options it was made with (their order).
 * @param query
 *   What to select.
 */
export function answerQuery(
  history: History,
  documents: readonly LocationsDocument[],
  options: HistoryOptions | null | undefined,
  query: HistoryQuery
): QueryAnswer {
  const versions = historyVersions(documents, options)
  const states = historyStates(versions)
  const facts = history.facts.filter((fact) => factMatches(query, fact))
  const names = nameFinder(history)
  const stating = statingVersions(states)
  const intervals = facts.map((fact) =>
    factLines(fact, stating[fact.kind], {
      dateOf: (version) => history.versions[version]?.date ?? '',
      names,
      last: history.versions.length - 1
    })
  )

  const changes: QueryChanges[] = []
  // Carried: a change across a version that does not state its kind is the
  // change of the version that states it again.
  const carried = carriedStates(states)
  const diff = createSequenceDiff()
  for (let version = 1; version < carried.length; version++) {
    const older = carried[version - 1] as LocationsDocument
    const newer = carried[version] as LocationsDocument
    const selected = diff(older, newer).flatMap(
      (change) => changeOfQuery(query, change) ?? []
    )
    if (selected.length === 0) continue
    const sentences = sentencesFromChanges(selected, older, newer)
    changes.push({
      label: pairLabel(newer, older),
      version,
      sentences: [
        ...sentences.added,
        ...sentences.removed,
        ...sentences.changed
      ].map((text) => plainText(text))
    })
  }

  return {facts, intervals, changes}
}

/**
 * The answer as text: the interval sentences, a blank line between facts
 * of different kinds, then `Changes:` and a line a sentence, after the
 * dates of its pair.
 *
 * @param answer
 *   A query answered (`answerQuery`).
 * @param what
 *   What the query names, for the line said when nothing matches
 *   (`Megaport at Sydney`).
 */
export function queryAnswerText(answer: QueryAnswer, what: string): string {
  if (answer.facts.length === 0) {
    return 'No version of these pages states ' + what + '.\n'
  }

  const lines: string[] = []
  let kind: FactKind | undefined
  for (const [index, fact] of answer.facts.entries()) {
    if (kind !== undefined && fact.kind !== kind) lines.push('')
    kind = fact.kind
    lines.push(...(answer.intervals[index] ?? []))
  }

  if (answer.changes.length > 0) {
    lines.push('', 'Changes:')
    for (const pair of answer.changes)
      for (const sentence of pair.sentences)
        lines.push(pair.label + ': ' + sentence)
  }

  return lines.join('\n') + '\n'
}

/** For each kind of fact, the versions whose state states it, in order. */
function statingVersions(
  states: readonly LocationsDocument[]
): Record<FactKind, number[]> {
  const stating = {} as Record<FactKind, number[]>
  for (const [kind, reader] of Object.entries(factReaders) as Array<
    [FactKind, (typeof factReaders)[FactKind]]
  >) {
    stating[kind] = states.flatMap((state, index) =>
      reader.facets.some((facet) => state.facets.includes(facet)) ? [index] : []
    )
  }

  return stating
}

/** How a sentence names what a fact is about, at a version. */
interface NameFinder {
  provider: (id: string, version: number) => string
  location: (cloud: string | undefined, id: string, version: number) => string
  region: (key: string, version: number) => string
}

/** Names of providers, locations and regions, as the history's facts name them at a version. */
function nameFinder(history: History): NameFinder {
  const byKey = new Map<string, HistoryFact>()
  const locations = new Map<string, HistoryFact[]>()
  for (const fact of history.facts) {
    byKey.set(fact.kind + ':' + fact.key, fact)
    if (fact.kind === 'location' && fact.location !== undefined)
      locations.set(fact.location, [
        ...(locations.get(fact.location) ?? []),
        fact
      ])
  }

  return {
    provider: (id, version) => nameAt(byKey.get('provider:' + id), version, id),
    location(cloud, id, version) {
      const fact =
        byKey.get('location:' + cloud + '/' + id) ??
        (locations.get(id) ?? []).find((candidate) =>
          candidate.intervals.some((interval) => contains(interval, version))
        ) ??
        locations.get(id)?.[0]
      return nameAt(fact, version, id)
    },
    region: (key, version) => nameAt(byKey.get('region:' + key), version, key)
  }
}

function contains(interval: FactInterval, version: number): boolean {
  return interval.from <= version && (interval.to ?? Infinity) >= version
}

/** A fact's name at a version: the last of its interval then, else its name. */
function nameAt(
  fact: HistoryFact | undefined,
  version: number,
  fallback: string
): string {
  if (fact === undefined) return fallback
  const interval = fact.intervals.find((candidate) =>
    contains(candidate, version)
  )
  return interval?.names.at(-1) ?? fact.name
}

/** What the lines of a fact need besides the fact. */
interface FactContext {
  dateOf: (version: number) => string
  names: NameFinder
  /** Index of the newest version. */
  last: number
}

/** What an interval sentence needs besides the fact and the interval. */
interface SentenceContext extends FactContext {
  /** The version that no longer stated the fact, after a closed interval. */
  endedAt: number | undefined
  /** The fact's next interval, if any. */
  next: FactInterval | undefined
  /** A note before the others (`coming soon from D`). */
  note?: string | undefined
}

/**
 * The lines of one fact: a sentence a run of versions that state it, so
 * that “since when” is answered by its first version, not by its last
 * change of state; in a run of several states, a line a state.
 *
 * @param fact
 *   A fact.
 * @param stating
 *   The versions that state its kind, in order.
 * @param context
 *   Dates and names.
 */
function factLines(
  fact: HistoryFact,
  stating: readonly number[],
  context: FactContext
): string[] {
  const after = (version: number | null) =>
    version === null
      ? undefined
      : stating.find((candidate) => candidate > version)
  const runs: FactInterval[][] = []
  for (const interval of fact.intervals) {
    const run = runs.at(-1)
    const previous = run?.at(-1)
    // The next interval starts at the next version that states the kind:
    // the fact was never unlisted, only its state changed.
    if (run && previous && after(previous.to) === interval.from)
      run.push(interval)
    else runs.push([interval])
  }

  return runs.flatMap((run, index) => {
    const first = run[0] as FactInterval
    const last = run.at(-1) as FactInterval
    // Offered since it was first offered: a run that was coming soon first
    // is dated by its first version not coming soon, and says since when it
    // was announced.
    const available = run.find(
      (interval) => interval.state?.comingSoon !== true
    )
    const announced =
      available !== undefined && available !== first
        ? 'coming soon from ' + context.dateOf(first.from)
        : undefined
    const whole: FactInterval = {
      from: (announced ? (available as FactInterval) : first).from,
      to: last.to,
      names: [...new Set(run.flatMap((interval) => interval.names))]
    }
    if (run.length === 1 && first.state !== undefined) whole.state = first.state
    else if (run.every((interval) => interval.state?.comingSoon === true))
      whole.state = {comingSoon: true}
    const sentence = intervalSentence(fact, whole, {
      ...context,
      endedAt: after(last.to),
      next: runs[index + 1]?.[0],
      note: announced
    })
    if (run.length === 1) return [sentence]
    return [sentence, ...run.map((interval) => stateLine(interval, context))]
  })
}

/** `  from D1 to D2: coming soon, Azure supported`: one state of a run, indented. */
function stateLine(interval: FactInterval, context: FactContext): string {
  const from = context.dateOf(interval.from)
  const to = interval.to === null ? '' : context.dateOf(interval.to)
  const when =
    interval.to === null
      ? 'since ' + from
      : from === to
        ? 'on ' + from
        : 'from ' + from + ' to ' + to
  const words = [
    interval.state?.comingSoon === true ? 'coming soon' : 'listed',
    ...statusNotes(interval.state)
  ]
  return '  ' + when + ': ' + words.join(', ') + '.'
}

/** The words of a status in a sentence. */
const statusWords: Record<Status, string> = {
  supported: 'supported',
  'not-supported': 'not supported',
  'coming-soon': 'coming soon'
}

/** What a kind of region is called. */
const regionKinds: Record<RegionCloud, string> = {
  commercial: 'geopolitical region',
  national: 'national cloud region'
}

/** What the named kinds of fact are listed as. */
const listedAs: Partial<Record<FactKind, string>> = {
  provider: 'a connectivity provider',
  systemIntegrator: 'a system integrator',
  satelliteOperator: 'a satellite operator',
  datacenterProvider: 'a datacenter provider',
  researchNetwork: 'a research network'
}

/** ` in Azure China` for a cloud other than the commercial one. */
function inCloud(cloud: string | undefined): string {
  const name =
    cloud === undefined
      ? ''
      : (cloudNames[cloud as Cloud] as string | undefined)
  return name ? ' in ' + name : ''
}

/** What the sentence of an interval is made of. */
interface SentenceParts {
  fact: HistoryFact
  /** The fact's names, at the end of the interval. */
  name: string
  provider: string
  location: string
  region: string
  /** Whether the interval's state is coming soon. */
  comingSoon: boolean
  /** The verb for a still open interval, or for a closed one. */
  verb: (present: string, past: string) => string
}

/** `geopolitical region` or `national cloud region`. */
function regionKind(fact: HistoryFact): string {
  return regionKinds[fact.cloud === 'national' ? 'national' : 'commercial']
}

/** A named fact listed as such: `Cologix has been listed as a connectivity provider`. */
function listing(parts: SentenceParts): string {
  return (
    parts.name +
    parts.verb(' has been', ' was') +
    ' listed as ' +
    (listedAs[parts.fact.kind] ?? 'a fact')
  )
}

/** The start of an interval's sentence (before its dates), by kind of fact. */
const bodies: Partial<Record<FactKind, (parts: SentenceParts) => string>> = {
  offering: (parts) =>
    parts.provider +
    (parts.comingSoon
      ? parts.verb(' has been', ' was') + ' listed as coming soon at '
      : parts.verb(' has offered', ' offered') + ' ExpressRoute at ') +
    parts.location +
    inCloud(parts.fact.cloud),
  location: (parts) =>
    parts.location +
    parts.verb(' has been', ' was') +
    (parts.comingSoon ? ' listed as a coming-soon' : ' a') +
    ' peering location' +
    inCloud(parts.fact.cloud),
  regionLocation: (parts) =>
    parts.location +
    parts.verb(' has been', ' was') +
    (parts.comingSoon
      ? ' listed as coming soon in'
      : ' a peering location of') +
    ' the ' +
    regionKind(parts.fact) +
    ' ' +
    parts.region,
  exchange: (parts) =>
    parts.location +
    inCloud(parts.fact.cloud) +
    parts.verb(' has had', ' had') +
    ' an exchange listing',
  region: (parts) =>
    parts.name +
    parts.verb(' has been', ' was') +
    ' listed as a ' +
    regionKind(parts.fact)
}

/**
 * One interval in words.
 *
 * An open interval: “… has … since D”; a closed one: “… from D1 to D2”
 * (“on D” when both are one date); and, when the next version that states
 * its kind no longer states the fact (rather than stating it in another
 * state), “(no longer listed on D3)”. Statuses and names the fact went by
 * in the interval go between the same parentheses.
 */
function intervalSentence(
  fact: HistoryFact,
  interval: FactInterval,
  context: SentenceContext
): string {
  const open = interval.to === null
  const from = context.dateOf(interval.from)
  const to = interval.to === null ? '' : context.dateOf(interval.to)
  const when = open
    ? ' since ' + from
    : from === to
      ? ' on ' + from
      : ' from ' + from + ' to ' + to
  const subject = sentenceSubject(fact, interval, context)
  const body = (bodies[fact.kind] ?? listing)({
    ...subject,
    fact,
    comingSoon: interval.state?.comingSoon === true,
    verb: (present, past) => (open ? present : past)
  })
  const statuses = statusNotes(interval.state)
  const ended = context.endedAt
  const notes = [
    context.note ?? '',
    statuses.join(', '),
    interval.names.length > 1 && listedName(fact.kind)
      ? 'named ' + interval.names.join(', then ')
      : '',
    ended !== undefined && context.next?.from !== ended
      ? context.dateOf(ended) === to
        ? 'no longer listed by the next version, of the same date'
        : 'no longer listed on ' + context.dateOf(ended)
      : ''
  ].filter(Boolean)
  return (
    body + when + (notes.length > 0 ? ' (' + notes.join('; ') + ')' : '') + '.'
  )
}

/** Whether a kind's names are the thing's own (not made of other names). */
function listedName(kind: FactKind): boolean {
  return kind !== 'offering' && kind !== 'regionLocation' && kind !== 'exchange'
}

/** The names a sentence about a fact uses, at the end of the interval. */
function sentenceSubject(
  fact: HistoryFact,
  interval: FactInterval,
  context: SentenceContext
): {name: string; provider: string; location: string; region: string} {
  // Named as at the end of the interval.
  const version = interval.to ?? context.last
  const name = interval.names.at(-1) ?? fact.name
  return {
    name,
    provider:
      fact.provider === undefined
        ? name
        : context.names.provider(fact.provider, version),
    location:
      fact.kind === 'location'
        ? name
        : fact.location === undefined
          ? name
          : context.names.location(
              fact.kind === 'regionLocation' && fact.cloud === 'national'
                ? undefined
                : fact.cloud,
              fact.location,
              version
            ),
    region:
      fact.region === undefined
        ? ''
        : context.names.region((fact.cloud ?? '') + '/' + fact.region, version)
  }
}

/** `Azure supported`, `Office 365 not supported`: the statuses an interval states. */
function statusNotes(state: FactState | undefined): string[] {
  if (state === undefined) return []
  return [
    state.azure === undefined ? '' : 'Azure ' + statusWords[state.azure],
    state.office365 === undefined
      ? ''
      : 'Office 365 ' + statusWords[state.office365]
  ].filter(Boolean)
}

/** A pair as a changelog titles it: the dates, and the paths when they are one date. */
function pairLabel(newer: LocationsDocument, older: LocationsDocument): string {
  const a = newer.meta.date ?? newer.source.path ?? 'undated'
  const b = older.meta.date ?? older.source.path ?? 'undated'
  if (a !== b || !newer.source.path || !older.source.path)
    return a + ' (compared with ' + b + ')'
  return (
    a +
    ', ' +
    newer.source.path +
    ' (compared with ' +
    b +
    ', ' +
    older.source.path +
    ')'
  )
}

/** A changelog sentence without its Markdown: emphasis dropped, escapes undone. */
export function plainText(markdown: string): string {
  let text = ''
  for (let index = 0; index < markdown.length; index++) {
    const character = markdown[index] as string
    if (character === '\\' && index + 1 < markdown.length) {
      text += markdown[++index]
    } else if (character === '*' && markdown[index + 1] === '*') {
      index++
    } else {
      text += character
    }
  }

  return text
}
