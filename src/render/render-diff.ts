import {diff} from '../diff/index.js'
import type {LocationsDocument} from '../model.js'
import type {RenderOptions} from './changelog.js'
import {changelogToJson} from './changelog-to-json.js'
import {pairToMarkdown} from './changelog-to-markdown.js'
import {renderFormat} from './render-options.js'

/**
 * Render what changed from one document to another: a changelog of one
 * version pair, in the order given (neither document needs a date; a
 * section title falls back to the path). Two versions of different
 * documents are titled as a comparison.
 *
 * @param older
 *   The model to compare from.
 * @param newer
 *   The model to compare with.
 * @param options
 *   `format`: `'markdown'` (default) or `'json'`.
 * @throws {TypeError}
 *   When `older` or `newer` is not an object, or `format` is neither
 *   `'markdown'` nor `'json'`.
 */
export function renderDiff(
  older: LocationsDocument,
  newer: LocationsDocument,
  options?: RenderOptions | null
): string {
  const format = renderFormat(options)
  const pair = {older, newer, changes: diff(older, newer)}
  return format === 'json' ? changelogToJson([pair]) : pairToMarkdown(pair)
}
