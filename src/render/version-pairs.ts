import {createSequenceDiff} from '../diff/index.js'
import type {LocationsDocument} from '../model.js'
import type {VersionPair} from './changelog.js'

/**
 * Diff each consecutive pair of documents, newest pair first (Keep a
 * Changelog order).
 *
 * @param documents
 *   Documents, oldest first.
 */
export function versionPairs(
  documents: readonly LocationsDocument[]
): VersionPair[] {
  const pairs: VersionPair[] = []
  const diff = createSequenceDiff()

  // Diffed oldest first, as the sequence diff reads best: each newer model
  // is indexed with the keys of the older one, indexed the pair before.
  for (let index = 1; index < documents.length; index++) {
    const older = documents[index - 1] as LocationsDocument
    const newer = documents[index] as LocationsDocument
    pairs.push({older, newer, changes: diff(older, newer)})
  }

  return pairs.reverse()
}
