import {assertModels, failOption} from '../assert-option.js'
import type {LocationsDocument} from '../model.js'
import {changeSentences} from './change-sentences.js'
import type {ChangelogOptions, ChangelogSection} from './changelog.js'
import {changelogToJson} from './changelog-to-json.js'
import {changelogToMarkdown} from './changelog-to-markdown.js'
import {documentHistories} from './document-histories.js'
import {mergedHistories} from './merged-histories.js'
import {renderFormat} from './render-options.js'
import {versionPairs} from './version-pairs.js'

/**
 * Render the changelog of versions of the pages: grouped by the document
 * each is a version of (`source.document`), each document's versions
 * ordered by `meta.date` (ties by `source.path`) and each consecutive pair
 * diffed, newest first. Never diffs two documents. With `merge`, the pages
 * of one edition and language are one history of states of the docs.
 *
 * @param documents
 *   Models of the versions, in any order.
 * @param options
 *   `format`: `'markdown'` (default) or `'json'`; `merge` (default `false`).
 * @throws {TypeError}
 *   When `documents` is not an array of models, `format` is neither
 *   `'markdown'` nor `'json'`, or `merge` is not a boolean.
 * @throws {Error}
 *   Naming the document, when one has no date.
 */
export function renderChangelog(
  documents: readonly LocationsDocument[],
  options?: ChangelogOptions | null
): string {
  assertModels('documents', documents)
  const format = renderFormat(options)
  const merge: unknown = options?.merge
  if (merge !== null && merge !== undefined && typeof merge !== 'boolean')
    failOption('merge', merge, '`true` or `false`')
  const sections = changelogSections(documents, merge === true)
  return format === 'json'
    ? changelogToJson(sections.flatMap((section) => section.pairs))
    : changelogToMarkdown(sections)
}

/**
 * The sections of a changelog: one a document, or one an edition and
 * language when merged.
 *
 * @param documents
 *   Models of the versions, in any order.
 * @param merge
 *   Whether to merge the pages of one edition and language.
 */
export function changelogSections(
  documents: readonly LocationsDocument[],
  merge: boolean
): ChangelogSection[] {
  if (merge) return mergedHistories(documents)
  return documentHistories(documents).map((history) => ({
    id: history.document.id,
    description: changeSentences.documentVersions(
      history.document,
      history.versions.length
    ),
    pairs: versionPairs(history.versions)
  }))
}
