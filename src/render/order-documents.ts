import type {LocationsDocument} from '../model.js'

/**
 * Order documents oldest first, by `meta.date`, then by `source.path`
 * (two pages of one day: the order of their files).
 *
 * A document without a date cannot be placed in a history: that is the
 * caller's input, not our bug, so it is an `Error` naming the document.
 *
 * @param documents
 *   Documents in any order.
 */
export function orderDocuments(
  documents: readonly LocationsDocument[]
): LocationsDocument[] {
  for (const document of documents) {
    if (document.meta.date === null) {
      const name =
        document.source.path === null
          ? 'a document without a path'
          : '`' + document.source.path + '`'
      throw new Error(
        'Cannot place ' +
          name +
          ' in the changelog: it has no date (`ms.date` is missing or unreadable)'
      )
    }
  }

  return [...documents].sort(
    (a, b) =>
      compare(a.meta.date ?? '', b.meta.date ?? '') ||
      compare(a.source.path ?? '', b.source.path ?? '')
  )
}

/** Code-unit order: ISO dates and paths sort right without a locale. */
function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
