/**
 * JSON text of a dataset: stable bytes, and one record a line, so that a
 * changed record is one changed line in a version-control diff.
 *
 * Objects are written one key a line (in the order the model builds them);
 * an array of objects one element a line, compact; an array of plain values
 * on one line.
 */

import type {LocationsDocument} from '../model.js'

/**
 * Serialize one document.
 *
 * @param document
 *   A model.
 * @returns
 *   JSON text ending in a line feed.
 */
export function documentJson(document: LocationsDocument): string {
  return format(document, '') + '\n'
}

/**
 * Serialize several documents as one JSON array, one document an element.
 *
 * @param documents
 *   Models, in dataset order.
 * @returns
 *   JSON text ending in a line feed.
 */
export function documentsJson(documents: readonly LocationsDocument[]): string {
  if (documents.length === 0) return '[]\n'
  return (
    '[\n' +
    documents.map((document) => '  ' + format(document, '  ')).join(',\n') +
    '\n]\n'
  )
}

/**
 * Any JSON value, pretty at this level.
 *
 * @param value
 *   JSON-able value (no `undefined`, functions or cycles: the model is plain data).
 * @param indent
 *   Indentation of the line the value starts on.
 */
function format(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  const inner = indent + '  '

  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (!value.some((item) => item !== null && typeof item === 'object'))
      return JSON.stringify(value)
    return (
      '[\n' +
      value.map((item) => inner + JSON.stringify(item)).join(',\n') +
      '\n' +
      indent +
      ']'
    )
  }

  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  return (
    '{\n' +
    entries
      .map(
        ([key, item]) =>
          inner + JSON.stringify(key) + ': ' + format(item, inner)
      )
      .join(',\n') +
    '\n' +
    indent +
    '}'
  )
}
