import type {LocationsDocument} from '../model.js'
import {changeSentences} from './change-sentences.js'
import type {VersionPair} from './changelog.js'
import {sentencesFromChanges} from './sentences-from-changes.js'

/** Keep a Changelog section titles, in their order. */
const sections = [
  ['added', 'Added'],
  ['removed', 'Removed'],
  ['changed', 'Changed']
] as const

/**
 * Render version pairs as a Keep a Changelog Markdown document: a title,
 * then one section per pair, newest first, with only the subsections that
 * have entries.
 *
 * @param pairs
 *   Version pairs, newest first.
 */
export function changelogToMarkdown(pairs: readonly VersionPair[]): string {
  const lines = ['# Changelog', '']

  for (const pair of pairs) {
    const [newer, older] = labels(pair.newer, pair.older)
    lines.push('## ' + newer + ' (compared with ' + older + ')', '')
    const sentences = sentencesFromChanges(pair.changes, pair.older, pair.newer)
    let empty = true

    for (const [field, title] of sections) {
      if (sentences[field].length === 0) continue
      empty = false
      lines.push('### ' + title, '', ...sentences[field].map((text) => '- ' + text), '')
    }

    if (empty) lines.push(changeSentences.noChanges(), '')
  }

  if (pairs.length === 0) lines.push(changeSentences.noChanges(), '')
  // One final newline, as files end.
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
function labels(newer: LocationsDocument, older: LocationsDocument): [string, string] {
  const a = label(newer)
  const b = label(older)
  if (a !== b) return [a, b]
  if (newer.view !== older.view) return [a + ', ' + newer.view + ' view', b + ', ' + older.view + ' view']
  if (newer.source.path && older.source.path && newer.source.path !== older.source.path) {
    return [a + ', ' + newer.source.path, b + ', ' + older.source.path]
  }

  return [a, b]
}
