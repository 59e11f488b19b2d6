import {compareCodeUnits} from '../util/compare-code-units.js'
import {mergeModels} from '../diff/index.js'
import type {LocationsDocument} from '../model.js'
import {changeSentences} from './change-sentences.js'
import type {ChangelogSection} from './changelog.js'
import {documentHistories, type DocumentHistory} from './document-histories.js'
import {versionPairs} from './version-pairs.js'

/**
 * Histories of the docs with the pages of one edition and language merged:
 * at each date a version of any page has, one state, made of the newest
 * version of each page on or before that date (`mergeModels`, the pages in
 * the order of their ids: `locations` before `locations-providers`);
 * consecutive states diffed. A fact that one page states and the
 * other omits is no change: only what the docs as a whole stop or start
 * stating is.
 *
 * A document that could not be told (`unknown/…`) is merged with nothing.
 *
 * @param documents
 *   Models of versions of any documents, in any order.
 */
export function mergedHistories(
  documents: readonly LocationsDocument[]
): ChangelogSection[] {
  const groups = new Map<string, DocumentHistory[]>()
  for (const history of documentHistories(documents)) {
    const {edition, language, page} = history.document
    const id =
      page === null || language === null
        ? history.document.id
        : edition + '/' + language
    groups.set(id, [...(groups.get(id) ?? []), history])
  }

  return [...groups].map(([id, histories]) => {
    const states = mergedStates(id, histories)
    const first = histories[0] as DocumentHistory
    const pages = histories.map(
      (history) => history.document.page ?? history.document.id
    )
    return {
      id,
      description: changeSentences.mergedVersions(
        first.document.edition,
        first.document.language,
        pages,
        states.length
      ),
      pairs: versionPairs(states)
    }
  })
}

/** One merged model a date, oldest first. */
function mergedStates(
  id: string,
  histories: readonly DocumentHistory[]
): LocationsDocument[] {
  const dates = [
    ...new Set(
      histories.flatMap((history) =>
        history.versions.map((version) => version.meta.date as string)
      )
    )
  ].sort()

  return dates.map((date) => {
    const current = histories
      .map((history) => newestOnOrBefore(history.versions, date))
      .filter((version): version is LocationsDocument => version !== undefined)
      // In one fixed order of pages (by provider first): where the pages
      // contradict each other, the same page wins at every date, so a
      // contradiction is never a change; a change is what a page changes.
      .sort((a, b) =>
        compareCodeUnits(a.source.document.id, b.source.document.id)
      )
    const newest = [...current].sort((a, b) =>
      compareCodeUnits(b.meta.date ?? '', a.meta.date ?? '')
    )[0] as LocationsDocument
    return mergeModels(current, {
      source: {
        ...newest.source,
        path: current
          .map((version) => version.source.path ?? version.source.sha256)
          .join(' + '),
        page: 'unknown',
        document: {...newest.source.document, id, page: null}
      },
      view: newest.view,
      meta: {...newest.meta, date}
    })
  })
}

/** The last of `versions` (oldest first) dated on or before `date`. */
function newestOnOrBefore(
  versions: readonly LocationsDocument[],
  date: string
): LocationsDocument | undefined {
  let found: LocationsDocument | undefined
  for (const version of versions)
    if ((version.meta.date as string) <= date) found = version
  return found
}
