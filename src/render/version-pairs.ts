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

  for (let index = documents.length - 1; index > 0; index--) {
    const older = documents[index - 1] as LocationsDocument
    const newer = documents[index] as LocationsDocument
    pairs.push({older, newer, changes: diff(older, newer)})
  }

  return pairs
}
