/**
 * Real fragments of the bundled pages, sorted by kind, for generated
 * documents (property tests) and mutations (fuzzing).
 */

import {allDocuments, fixture} from '../helpers.js'

/** Lines of the seeds and corpus, by kind. */
export interface Fragments {
  /** Header rows: a pipe row followed by a delimiter row. */
  headers: string[]
  /** Delimiter rows (`| --- | :-: |`). */
  delimiters: string[]
  /** Body rows. */
  rows: string[]
  /** Lines with a customization marker or a lone `-->`. */
  markers: string[]
  /** ATX headings, DocFX tab headings among them. */
  headings: string[]
  /** DocFX tab headings (`#### [A-C](#tab/a-c)`). */
  tabHeadings: string[]
  /** Front matter blocks and ACOM headers, whole. */
  metadata: string[]
  /** Other non-blank lines: prose, notes, lists, anchors, `---`. */
  other: string[]
}

let cache: Fragments | undefined

/** Fragments of every bundled page (computed once). */
export function fragments(): Fragments {
  if (cache) return cache
  const result: Fragments = {
    headers: [],
    delimiters: [],
    rows: [],
    markers: [],
    headings: [],
    tabHeadings: [],
    metadata: [],
    other: []
  }
  const seen = new Set<string>()

  for (const name of allDocuments()) {
    const text = fixture(name).replace(/\r\n?/g, '\n')
    const front = /^---\n[\s\S]*?\n---\n/.exec(text)
    if (front) result.metadata.push(front[0])
    const acom = /^<properties[\s\S]*?\/>\s*<tags[\s\S]*?\/>\n/.exec(text)
    if (acom) result.metadata.push(acom[0])
    const lines = text.split('\n')

    for (const [index, line] of lines.entries()) {
      if (line.trim() === '' || seen.has(line)) continue
      seen.add(line)
      const next = lines[index + 1] ?? ''

      if (/by customization|-->/.test(line)) result.markers.push(line)
      else if (
        /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) &&
        line.includes('|')
      ) {
        result.delimiters.push(line)
      } else if (line.trimStart().startsWith('|')) {
        if (/^\s*\|?\s*:?-{3,}/.test(next)) result.headers.push(line)
        else result.rows.push(line)
      } else if (/^#{1,6} /.test(line)) {
        result.headings.push(line)
        if (/\]\(#tab\//.test(line)) result.tabHeadings.push(line)
      } else result.other.push(line)
    }
  }

  cache = result
  return result
}
