import {compareCodeUnits} from '../util/compare-code-units.js'
import type {DocumentIdentity, LocationsDocument} from '../model.js'
import {orderDocuments} from './order-documents.js'

/** The versions of one document. */
export interface DocumentHistory {
  /** The document. */
  document: DocumentIdentity
  /** Its versions, oldest first (by `meta.date`, ties by path). */
  versions: LocationsDocument[]
}

/**
 * Group versions by the document they are versions of (`source.document.id`),
 * so that no history diffs one document against another.
 *
 * @param documents
 *   Models of versions of any documents, in any order.
 * @returns
 *   One history a document, by id.
 * @throws {Error}
 *   Naming the document, when one has no date.
 */
export function documentHistories(
  documents: readonly LocationsDocument[]
): DocumentHistory[] {
  const byId = new Map<string, LocationsDocument[]>()
  for (const document of orderDocuments(documents)) {
    const id = document.source.document.id
    const versions = byId.get(id)
    if (versions) versions.push(document)
    else byId.set(id, [document])
  }

  return [...byId.keys()].sort(compareCodeUnits).map((id) => {
    const versions = byId.get(id) as LocationsDocument[]
    return {
      document: (versions[0] as LocationsDocument).source.document,
      versions
    }
  })
}
