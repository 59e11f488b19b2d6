import type {Change} from '../diff/index.js'
import type {LocationsDocument} from '../model.js'
import {changeSentences as say} from './change-sentences.js'
import {compareNames} from './compare-names.js'
import {displayNames} from './display-names.js'
import {listingSentences} from './listing-sentences.js'
import {locationSentences} from './location-sentences.js'
import {offeringSentences} from './offering-sentences.js'
import {regionSentences} from './region-sentences.js'
import {
  group,
  type Section,
  type SentenceSink,
  type Sentences
} from './sentence-sink.js'

export type {Sentences} from './sentence-sink.js'

/** A sentence with where it goes and how it sorts. */
interface Entry {
  section: Section
  group: number
  sort: string
  text: string
}

/** A sentence that lists names, filled by several changes. */
interface List {
  section: Section
  group: number
  sort: string
  names: string[]
  make: (names: string[]) => string
}

/**
 * Turn the changes of one version pair into changelog sentences: grouped
 * (offerings of one provider make one sentence), sorted by group and name,
 * without repeats.
 *
 * @param changes
 *   Changes from `diff(older, newer)`.
 * @param older
 *   The older model (names of what was removed).
 * @param newer
 *   The newer model (names of everything else).
 */
export function sentencesFromChanges(
  changes: readonly Change[],
  older: LocationsDocument,
  newer: LocationsDocument
): Sentences {
  const collected = collector(older, newer)
  const {sink} = collected

  for (const change of changes) {
    const before = collected.said()
    describe(change, sink)
    if (collected.said() === before && 'fields' in change) {
      // Note: no change `diff` makes is known to get here; say it plainly
      // rather than drop a change that the JSON reports.
      const name = labelOf(change, sink)
      sink.add(
        'changed',
        group.fallback,
        name,
        say.otherwiseChanged(name, change.fields)
      )
    }
  }

  return collected.sentences()
}

/** A sink that keeps what it is given. */
interface Collector {
  /** Where the sentence makers write. */
  sink: SentenceSink
  /** How many facts have been put into words, to catch a change that none is. */
  said: () => number
  /** The sentences by section: lists worded, sorted, without repeats. */
  sentences: () => Sentences
}

/**
 * Make a sink for the sentences of one version pair.
 *
 * @param older
 *   The older model.
 * @param newer
 *   The newer model.
 */
function collector(
  older: LocationsDocument,
  newer: LocationsDocument
): Collector {
  const entries: Entry[] = []
  const lists = new Map<string, List>()
  let said = 0
  const sink: SentenceSink = {
    names: displayNames(newer, older),
    older,
    newer,
    add(section, groupNumber, sort, text) {
      said++
      entries.push({section, group: groupNumber, sort, text: oneFullStop(text)})
    },
    addToList(section, groupNumber, key, sort, name, make) {
      said++
      const list = lists.get(key) ?? {
        section,
        group: groupNumber,
        sort,
        names: [],
        make
      }
      list.names.push(name)
      lists.set(key, list)
    }
  }

  return {
    sink,
    said: () => said,
    sentences() {
      const all = [
        ...entries,
        ...[...lists.values()].map((list) => ({
          ...list,
          text: list.make([...new Set(list.names)].sort(compareNames))
        }))
      ]
      return {
        added: ordered(all, 'added'),
        removed: ordered(all, 'removed'),
        changed: ordered(all, 'changed')
      }
    }
  }
}

/** Send a change to the sentence maker of its subject. */
function describe(change: Change, sink: SentenceSink): void {
  switch (change.kind) {
    case 'location.added':
    case 'location.removed':
    case 'location.renamed':
    case 'location.changed': {
      locationSentences(change, sink)
      break
    }

    case 'offering.added':
    case 'offering.removed':
    case 'offering.changed': {
      offeringSentences(change, sink)
      break
    }

    case 'region.added':
    case 'region.removed':
    case 'region.changed': {
      regionSentences(change, sink)
      break
    }

    default: {
      listingSentences(change, sink)
    }
  }
}

/** A name for the record of any change, for the fallback sentence. */
function labelOf(change: Change, sink: SentenceSink): string {
  const record = change.after ?? change.before
  if ('name' in record) return record.name
  const location = sink.names.location(record.location, record.cloud)
  return 'provider' in record && typeof record.provider === 'string'
    ? sink.names.provider(record.provider) + ' at ' + location
    : location
}

/** The sentences of one section, sorted, without repeats. */
function ordered(entries: readonly Entry[], section: Section): string[] {
  const sorted = entries
    .filter((entry) => entry.section === section)
    .sort(
      (a, b) =>
        a.group - b.group ||
        compareNames(a.sort, b.sort) ||
        compareNames(a.text, b.text)
    )
  return [...new Set(sorted.map((entry) => entry.text))]
}

/**
 * A name that ends in a full stop (`Airgate Technologies, Inc.`) ends the
 * sentence too: no second one.
 */
function oneFullStop(text: string): string {
  return text.replace(/\.(\*\*)?\.$/, '.$1')
}
