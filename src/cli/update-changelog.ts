/**
 * The changelog `update` prints: of each page that changed, the section
 * between the version the dataset held and the newest one, as `changelog`
 * writes it (Keep a Changelog Markdown).
 */

import type {LocationsDocument} from '../model.js'
import {
  changeSentences,
  changelogToMarkdown,
  versionPairs
} from '../render/index.js'

/**
 * The changelog from the dataset's pages to the new ones.
 *
 * Pages are paired by the document they are versions of
 * (`source.document`), not by path: a page that moved (a renamed file, a
 * new URL) is still compared with its older version. A page whose text
 * did not change has no section; a page new to the dataset has one that
 * says it has one version.
 *
 * @param older
 *   Models of the dataset as it is.
 * @param newer
 *   Models of the pages read.
 * @returns
 *   The Markdown, or `''` when no page changed.
 */
export function updateChangelog(
  older: readonly LocationsDocument[],
  newer: readonly LocationsDocument[]
): string {
  const sections = []
  for (const document of newer) {
    const id = document.source.document.id
    // A dataset holds one version of a document; the last, should it hold more.
    const before = older
      .filter((candidate) => candidate.source.document.id === id)
      .at(-1)
    if (before?.source.sha256 === document.source.sha256) continue
    const versions = before ? [before, document] : [document]
    sections.push({
      id,
      description: changeSentences.documentVersions(
        document.source.document,
        versions.length
      ),
      pairs: versionPairs(versions)
    })
  }

  return sections.length === 0 ? '' : changelogToMarkdown(sections)
}
