import {assertModels} from '../assert-option.js'
import type {LocationsDocument} from '../model.js'
import type {RenderOptions} from './changelog.js'
import {changelogToJson} from './changelog-to-json.js'
import {changelogToMarkdown} from './changelog-to-markdown.js'
import {orderDocuments} from './order-documents.js'
import {renderFormat} from './render-options.js'
import {versionPairs} from './version-pairs.js'

/**
 * Render the changelog of several versions of a page: documents
 * ordered by `meta.date` (ties by `source.path`), each consecutive pair
 * diffed, newest first.
 *
 * @param documents
 *   Models of the versions, in any order.
 * @param options
 *   `format`: `'markdown'` (default) or `'json'`.
 * @throws {TypeError}
 *   When `documents` is not an array of objects, or `format` is neither
 *   `'markdown'` nor `'json'`.
 * @throws {Error}
 *   Naming the document, when one has no date.
 */
export function renderChangelog(
  documents: readonly LocationsDocument[],
  options?: RenderOptions | null
): string {
  assertModels('documents', documents)
  const format = renderFormat(options)
  const pairs = versionPairs(orderDocuments(documents))
  return format === 'json' ? changelogToJson(pairs) : changelogToMarkdown(pairs)
}
