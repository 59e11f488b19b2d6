import {
  mergeModels,
  subjectCollections,
  subjectOrder,
  subjects
} from '../diff/index.js'
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

/**
 * The states of the docs with what a state does not state taken from the
 * states before it: consecutive carried states, diffed, give every change
 * that starts or ends an interval, even across a version that says nothing
 * of a kind of fact (which `diff` of the states themselves skips on both
 * sides of it).
 *
 * @param states
 *   States of the docs, in history order (`historyStates`).
 */
export function carriedStates(
  states: readonly LocationsDocument[]
): LocationsDocument[] {
  let previous: LocationsDocument | undefined
  return states.map((state) => {
    const carried = previous ? carryUnstated(previous, state) : state
    previous = carried
    return carried
  })
}

/** `state`, with each collection it does not state (and its facets) from `previous`. */
function carryUnstated(
  previous: LocationsDocument,
  state: LocationsDocument
): LocationsDocument {
  const carried = {...state}
  const facets = new Set(state.facets)
  for (const subject of subjectOrder) {
    const spec = subjects[subject]
    if (spec.facets.some((facet) => state.facets.includes(facet))) continue
    const collection = subjectCollections[subject]
    ;(carried as Record<string, unknown>)[collection] = previous[collection]
    for (const facet of spec.facets)
      if (previous.facets.includes(facet)) facets.add(facet)
  }

  carried.facets = [...facets].sort()
  return carried
}
