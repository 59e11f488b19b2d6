import {mergeModels} from '../diff/index.js'
import type {LocationsDocument} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'

/**
 * What the docs (the pages of one edition and language) are, as a whole,
 * `edition/language`; a page whose language or page could not be told is
 * docs of its own (its document id).
 *
 * @param document
 *   A model.
 */
export function docsOf(document: LocationsDocument): string {
  // A hand-built or foreign model may lack `document`: a docs of its own.
  const identity = document.source.document
  if (identity === undefined || identity === null) return 'unknown'
  return identity.page === null || identity.language === null
    ? identity.id
    : identity.edition + '/' + identity.language
}

/**
 * The state of the docs after each version: the newest version so far of
 * each page, merged (`mergeModels`, pages in the order of their ids, as
 * `changelog --merge` merges them). With one page, its versions as they
 * are.
 *
 * @param versions
 *   Versions of the pages of one docs, in history order.
 */
export function historyStates(
  versions: readonly LocationsDocument[]
): LocationsDocument[] {
  const newest = new Map<string, LocationsDocument>()
  return versions.map((version) => {
    newest.set(pageOf(version), version)
    if (newest.size === 1) return version
    const current = [...newest]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([, model]) => model)
    return mergeModels(current, {
      source: version.source,
      view: version.view,
      meta: version.meta
    })
  })
}

function pageOf(document: LocationsDocument): string {
  return document.source.document?.id ?? 'unknown'
}
