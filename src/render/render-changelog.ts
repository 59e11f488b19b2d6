import type {LocationsDocument} from '../model.js'
import type {RenderOptions} from './changelog.js'
import {changelogToJson} from './changelog-to-json.js'
import {changelogToMarkdown} from './changelog-to-markdown.js'
import {orderDocuments} from './order-documents.js'
import {versionPairs} from './version-pairs.js'

/**
 * Render the changelog of several versions of a page (SPEC §4): documents
 * ordered by `meta.date` (ties by `source.path`), each consecutive pair
 * diffed, newest first.
 *
 * Throws an `Error` naming the document when one has no date.
 *
 * @param documents
 *   Models of the versions, in any order.
 * @param options
 *   `format`: `'markdown'` (default) or `'json'`.
 */
export function renderChangelog(
  documents: readonly LocationsDocument[],
  options?: RenderOptions | null
): string {
  const settings = options || {}
  const pairs = versionPairs(orderDocuments(documents))
  return settings.format === 'json' ? changelogToJson(pairs) : changelogToMarkdown(pairs)
}
