import type {LocationsDocument} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'

/**
 * The one order of documents: by `meta.date`, oldest first, documents
 * without a date last; documents of one date by `source.path` (two pages of
 * one day: the order of their files).
 *
 * Note: a stable sort keeps documents of one date and path (the two views
 * of one file) in the order given; the dataset breaks that tie by view, a
 * changelog keeps it.
 *
 * @param left
 *   A document.
 * @param right
 *   Another document.
 * @returns
 *   Negative when `left` comes first, positive when `right` does, `0` for a
 *   tie.
 */
export function compareDocumentOrder(
  left: LocationsDocument,
  right: LocationsDocument
): number {
  return (
    Number(left.meta.date === null) - Number(right.meta.date === null) ||
    // Code-unit order: ISO dates and paths sort right without a locale.
    compareCodeUnits(left.meta.date ?? '', right.meta.date ?? '') ||
    compareCodeUnits(left.source.path ?? '', right.source.path ?? '')
  )
}

/**
 * Order documents for a history, oldest first (`compareDocumentOrder`).
 *
 * A document without a date cannot be placed in a history: that is the
 * caller's input, not our bug, so it is an `Error` naming the document.
 *
 * @param documents
 *   Documents in any order.
 * @throws {Error}
 *   Naming the document, when one has no date.
 */
export function orderDocuments(
  documents: readonly LocationsDocument[]
): LocationsDocument[] {
  const undated = documents.find((document) => document.meta.date === null)
  if (undated) {
    const name =
      undated.source.path === null
        ? 'a document without a path'
        : '`' + undated.source.path + '`'
    throw new Error(
      'Cannot place ' +
        name +
        ' in the changelog: it has no date (`ms.date` is missing or unreadable)'
    )
  }

  return [...documents].sort(compareDocumentOrder)
}
