import {assertModel} from '../assert-option.js'
import type {Facet, LocationsDocument} from '../model.js'
import type {Change} from './change.js'
import {compareChanges} from './compare-changes.js'
import {diffSubject} from './diff-subject.js'
import {subjectOrder, subjects} from './subjects.js'

/**
 * What changed from one model to another.
 *
 * Only what both pages state is compared: a collection when both models
 * list one of its facets, a field when neither side is `null`. `source`
 * positions are never a change. The result is sorted by kind, then key;
 * comparing a model with itself gives `[]`.
 *
 * @param older
 *   The earlier model.
 * @param newer
 *   The later model.
 * @throws {TypeError}
 *   When `older` or `newer` is not an object (a model read from JSON is
 *   fine; a missing collection is one the model does not state).
 */
export function diff(
  older: LocationsDocument,
  newer: LocationsDocument
): Change[] {
  assertModel('older', older)
  assertModel('newer', newer)
  const changes: Change[] = []

  for (const subject of subjectOrder) {
    const facets = subjects[subject].facets
    if (states(older, facets) && states(newer, facets)) {
      changes.push(...diffSubject(subject, older, newer))
    }
  }

  return changes.sort(compareChanges)
}

/** Whether a model states any of these facets. */
function states(
  document: LocationsDocument,
  facets: readonly Facet[]
): boolean {
  // `facets` may be missing from a hand-built or foreign model: it then
  // states nothing, rather than crashing.
  const stated = document.facets ?? []
  return facets.some((facet) => stated.includes(facet))
}
