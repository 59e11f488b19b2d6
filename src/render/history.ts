import {assertModels, assertOptions} from '../assert-option.js'
import type {LocationsDocument} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import {factKinds, factReaders, nameIndexes} from './history-facts.js'
import {docsOf, historyStates} from './history-states.js'
import type {
  History,
  HistoryFact,
  HistoryOptions,
  HistoryVersion
} from './history-types.js'
import {orderDocuments} from './order-documents.js'

/**
 * The history of the docs: for every fact any version states, the
 * intervals of versions in which the docs state it.
 *
 * The state of the docs after a version is the newest version so far of
 * each page, merged (as `changelog --merge` merges the two pages that stood
 * side by side). A version whose state does not state a kind's facet (a
 * by-location page says nothing of Office 365) neither ends nor starts an
 * interval of that kind: `null` is not absence. A change of state (coming
 * soon, then available) ends one interval and starts the next.
 *
 * @param documents
 *   Models of versions of the pages of one edition and language.
 * @param options
 *   Order of the versions and the commit of each (optional).
 * @throws {TypeError}
 *   When `documents` is not an array of models.
 * @throws {Error}
 *   When the documents are of several editions or languages (a history is
 *   of one docs), or, ordered by date, one has no date.
 */
export function history(
  documents: readonly LocationsDocument[],
  options?: HistoryOptions | null | undefined
): History {
  assertModels('documents', documents)
  assertOptions(options)
  const settings = options || {}
  const docs = onlyDocs(documents)
  const versions = historyVersions(documents, settings)
  const trackers = factKinds.map((kind) => ({
    facets: factReaders[kind].facets,
    tracker: factReaders[kind].track()
  }))

  const namesOf = nameIndexes()
  for (const [index, state] of historyStates(versions).entries()) {
    const names = namesOf(state)
    for (const {facets, tracker} of trackers) {
      if (!facets.some((facet) => state.facets.includes(facet))) continue
      tracker.observe(index, state, names)
    }
  }

  const facts: HistoryFact[] = trackers.flatMap(({tracker}) =>
    tracker.facts().sort((a, b) => compareCodeUnits(a.key, b.key))
  )

  return {
    schemaVersion: 1,
    docs,
    versions: versions.map((version) =>
      historyVersion(version, settings.commit?.(version))
    ),
    facts
  }
}

/**
 * The versions of a history in its order: by date, or as given.
 *
 * @param documents
 *   Models of versions.
 * @param options
 *   `order` (default `'date'`).
 * @throws {Error}
 *   Naming a document without a date, in either order: it cannot be shown.
 */
export function historyVersions(
  documents: readonly LocationsDocument[],
  options: HistoryOptions | null | undefined
): LocationsDocument[] {
  const byDate = orderDocuments(documents)
  return options?.order === 'given' ? [...documents] : byDate
}

/** The one docs the documents are of. */
function onlyDocs(documents: readonly LocationsDocument[]): string {
  const all = [...new Set(documents.map((document) => docsOf(document)))].sort(
    compareCodeUnits
  )
  if (all.length === 0) return 'unknown'
  if (all.length > 1) {
    throw new Error(
      'A history is of the pages of one edition and language; these are of ' +
        all.map((docs) => '`' + docs + '`').join(', ') +
        ': give the versions of one'
    )
  }

  return all[0] as string
}

function historyVersion(
  document: LocationsDocument,
  commit: string | null | undefined
): HistoryVersion {
  const version: HistoryVersion = {
    date: document.meta.date ?? '',
    path: document.source.path,
    document: document.source.document?.id ?? 'unknown',
    sha256: document.source.sha256
  }
  if (typeof commit === 'string') version.commit = commit
  return version
}
