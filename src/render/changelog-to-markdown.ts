import type {LocationsDocument} from '../model.js'
import {changeSentences} from './change-sentences.js'
import type {ChangelogSection, VersionPair} from './changelog.js'
import {sentencesFromChanges} from './sentences-from-changes.js'

/** Keep a Changelog section titles, in their order. */
const sections = [
  ['added', 'Added'],
  ['removed', 'Removed'],
  ['changed', 'Changed']
] as const

/**
 * Render histories as a Keep a Changelog Markdown document: a title, then a
 * section per document (its id, what its versions are), each with one
 * section per version pair, newest first, with only the subsections that
 * have entries.
 *
 * @param histories
 *   One section a document, in order.
 */
export function changelogToMarkdown(
  histories: readonly ChangelogSection[]
): string {
  const lines = ['# Changelog', '']

  for (const history of histories) {
    lines.push('## ' + history.id, '', history.description, '')
    if (history.pairs.length === 0) lines.push(changeSentences.oneVersion(), '')
    for (const pair of history.pairs) lines.push(...pairLines(pair, 3))
  }

  if (histories.length === 0) lines.push(changeSentences.noChanges(), '')
  return finish(lines)
}

/**
 * Render one pair given by the caller (`renderDiff`): a title, then the pair
 * at the level of a version. A pair of two documents is titled as a
 * comparison.
 *
 * @param pair
 *   The pair.
 */
export function pairToMarkdown(pair: VersionPair): string {
  return finish(['# Changelog', '', ...pairLines(pair, 2)])
}

/** The lines of one pair, its title at `depth`, its subsections one deeper. */
function pairLines(pair: VersionPair, depth: number): string[] {
  const [newer, older] = labels(pair.newer, pair.older)
  const newerId = pair.newer.source.document.id
  const olderId = pair.older.source.document.id
  const heading = '#'.repeat(depth) + ' '
  const lines =
    newerId === olderId
      ? [heading + newer + ' (compared with ' + older + ')', '']
      : [
          heading +
            changeSentences.comparisonTitle(newer, newerId, older, olderId),
          '',
          changeSentences.comparisonNote(),
          ''
        ]
  const sentences = sentencesFromChanges(pair.changes, pair.older, pair.newer)
  let empty = true

  for (const [field, title] of sections) {
    if (sentences[field].length === 0) continue
    empty = false
    lines.push(
      '#'.repeat(depth + 1) + ' ' + title,
      '',
      ...sentences[field].map((text) => '- ' + text),
      ''
    )
  }

  if (empty) lines.push(changeSentences.noChanges(), '')
  return lines
}

/** One final newline, as files end. */
function finish(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n+$/, '\n')
}

/** How a section title names a document: its date, else its path. */
function label(document: LocationsDocument): string {
  return document.meta.date ?? document.source.path ?? 'undated'
}

/**
 * Titles of the two documents of a pair; when their dates are the same, the
 * view (`views`: upstream → published) or the path tells them apart.
 */
function labels(
  newer: LocationsDocument,
  older: LocationsDocument
): [string, string] {
  const a = label(newer)
  const b = label(older)
  if (a !== b) return [a, b]
  if (newer.view !== older.view)
    return [a + ', ' + newer.view + ' view', b + ', ' + older.view + ' view']
  if (
    newer.source.path &&
    older.source.path &&
    newer.source.path !== older.source.path
  ) {
    return [a + ', ' + newer.source.path, b + ', ' + older.source.path]
  }

  return [a, b]
}
