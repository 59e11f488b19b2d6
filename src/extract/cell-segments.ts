/**
 * Split a cell into the names it lists and clean each name: the list grammar
 * shared by `listFromCell` and `entryFromCell`; the cell reader reads its
 * notes.
 */

import type {PhrasingContent} from 'mdast'
import {
  charsFromCell,
  offsetAt,
  urlAt,
  type CellChars,
  type CharProblem
} from './cell-chars.js'
import type {CellProblem} from './cell-problem.js'

/** One name read from a cell. */
export interface ListEntry {
  /** The name as the page writes it, markup and markers removed. */
  name: string
  /** URL of its link; `null` without a link or with an empty one. */
  url: string | null
  /** Whether a `+` marks it as coming soon. */
  comingSoon: boolean
  /** Footnote markers after the name other than `+` (`Los Angeles*` → `['*']`). */
  markers: string[]
  /** Offset in the view where the entry starts; `null` without positions. */
  offset: number | null
  /** What was malformed about it and read anyway. */
  problems: CellProblem[]
}

/** A note inside a cell (`*New ExpressRoute circuits are no longer…`). */
export interface CellNote {
  /** The footnote marker it explains. */
  marker: string
  /** Its text. */
  text: string
  /** Offset in the view where it starts. */
  offset: number | null
}

/** Everything a cell lists. */
export interface CellSegments {
  /** The names, in order. */
  entries: ListEntry[]
  /** Notes after the names. */
  notes: CellNote[]
  /** Whether the cell says “none” (`n/a`, `&cross;`). */
  none: boolean
  /** Whether the cell is empty. */
  empty: boolean
}

/** Settings. */
export interface SegmentOptions {
  /** Whether to split on separators (default `true`); a key cell holds one name, commas included. */
  split?: boolean | null | undefined
}

/** Cell texts that say “none”. */
const none = new Set(['n/a', 'na', '✗', '✘', '-', '—'])

/**
 * Separators in the text: commas (ASCII, full-width, ideographic), `;`
 * (de 2016 separates `USA, Osten; USA, Westen` so; the comma inside is split
 * too, as a name never holds a comma), literal
 * breaks the parser left as text (inside code spans), and the malformed
 * `<br/Name` and `>br/>` (group 1).
 */
const separator = /[\n,，、;；]|<\/?br\s*\/?>|(<br\s*\/(?=[^\s>])|>br\s*\/?>)/gi

/**
 * Split and clean a cell.
 *
 * @param children
 *   Phrasing content of one table cell.
 * @param options
 *   Settings (optional).
 */
export function segmentsFromCell(
  children: ReadonlyArray<PhrasingContent>,
  options?: SegmentOptions | null | undefined
): CellSegments {
  const settings = options || {}
  const split = settings.split !== false
  const chars = charsFromCell(children)
  const {text} = chars
  const result: CellSegments = {
    entries: [],
    notes: [],
    none: false,
    empty: false
  }

  if (text.trim() === '') {
    result.empty = true
    return result
  }

  if (none.has(text.trim().toLowerCase())) {
    result.none = true
    return result
  }

  let pending: CellProblem[] = []
  // Problems of the markup (`unclosed-html-link`) go to the entry they are
  // in, or the next one: they come in the order of the text.
  let markup = 0
  const takeMarkup = (end: number) => {
    while (
      markup < chars.problems.length &&
      (chars.problems[markup] as CharProblem).index < end
    ) {
      pending.push((chars.problems[markup++] as CharProblem).problem)
    }
  }

  let start = 0
  let index = 0

  while (index <= text.length) {
    let length = 0
    let malformed = false

    if (index < text.length) {
      if (!split) {
        if (chars.breaks.has(index)) length = 1
        if (length === 0) {
          index++
          continue
        }
      } else {
        // Jump to the next separator rather than trying each character.
        separator.lastIndex = index
        const match = separator.exec(text)
        if (match) {
          index = match.index
          length = match[0].length
          malformed = match[1] !== undefined
        } else {
          index = text.length
        }
      }
    }

    if (malformed) {
      pending.push({
        ruleId: 'malformed-break',
        reason:
          'Unexpected `' +
          text.slice(index, index + length) +
          '`, expected `<br/>`',
        offset: offsetAt(chars, index)
      })
    }

    // A note runs to the end of the cell, whatever it contains.
    if (isNoteStart(text.slice(start, index))) {
      const note = noteFrom(chars, start)
      if (note) result.notes.push(note)
      break
    }

    takeMarkup(index)
    const entry = entryFrom(chars, start, index)
    if (entry) {
      entry.problems.push(...pending)
      pending = []
      result.entries.push(entry)
    }

    if (index >= text.length) break
    index += length
    start = index
  }

  // Problems at the end of a cell (`Los Angeles>br/>`) belong to its last entry.
  takeMarkup(Infinity)
  const last = result.entries.at(-1)
  if (last) last.problems.push(...pending)

  return result
}

/**
 * Whether a segment starts a note: a `*` before any name.
 */
function isNoteStart(segment: string): boolean {
  const text = segment.trim()
  return /^\*+\s*\S/.test(text) && /\s/.test(text.replace(/^\*+\s*/, ''))
}

/**
 * Read a note (`*New ExpressRoute circuits … Los Angeles2.*`): from `start`
 * to the end of the cell (breaks are whitespace like any other).
 */
function noteFrom(chars: CellChars, start: number): CellNote | null {
  const raw = chars.text.slice(start)
  const lead = raw.length - raw.trimStart().length
  const text = withoutTrailingStars(raw.trim().replace(/^\*+\s*/, '')).replace(
    /\s+/g,
    ' '
  )
  if (!text) return null
  return {marker: '*', text, offset: offsetAt(chars, start + lead)}
}

/**
 * `text` without the `*` that end it and the whitespace before them: what
 * `text.replace(/\s*\*+$/, '')` gives, without trying every start of a long
 * run of spaces or stars.
 */
function withoutTrailingStars(text: string): string {
  let end = text.length
  while (end > 0 && text.charAt(end - 1) === '*') end--
  if (end === text.length) return text
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

/**
 * Clean one entry, the characters from `start` to `end` (never a break: breaks
 * separate entries): markup, markers, bracketed names.
 */
function entryFrom(
  chars: CellChars,
  start: number,
  end: number
): ListEntry | null {
  const {text} = chars
  let from = start
  let to = end
  while (from < to && /\s/.test(text.charAt(from))) from++
  while (to > from && /\s/.test(text.charAt(to - 1))) to--
  if (from === to) return null

  const problems: CellProblem[] = []
  const offset = offsetAt(chars, from)
  let linked = -1
  for (let index = from; index < to; index++) {
    if (urlAt(chars, index) !== undefined) {
      linked = index
      break
    }
  }

  const linkedUrl = linked === -1 ? undefined : urlAt(chars, linked)
  let url: string | null = linkedUrl ?? null
  let name = text.slice(from, to)

  if (linked !== -1 && linkedUrl === null) {
    problems.push({
      ruleId: 'empty-link-url',
      reason: 'Unexpected empty link URL, expected a URL or no link',
      offset
    })
  }

  // `[Name] (http://…)`: not a link for Markdown, but meant as one.
  const spaced = /^\[([^\]]*)\]\s+\(\s*([^)\s]*)\s*\)$/.exec(name)
  if (spaced) {
    name = spaced[1]!
    url = spaced[2] || url
    problems.push({
      ruleId: 'malformed-link',
      reason: 'Unexpected space between `]` and `(`, expected a link',
      offset
    })
  } else {
    const bracketed = /^\[([^\]]+)\]$/.exec(name)
    if (bracketed) {
      name = bracketed[1]!
      problems.push({
        ruleId: 'undefined-link-reference',
        reason:
          'Unexpected link reference `[' +
          name +
          ']` without definition, expected a link or a name',
        offset
      })
    }
  }

  // Unclosed markup the parser left as text, and a `)` that closes nothing
  // (`[GlobalConnect Taastrup](…))`).
  const cleaned = withoutUnopenedParens(
    name.replace(/<[^>]*>?/g, ' ').replace(/\*{2,}|`|_{2,}/g, '')
  )

  if (cleaned !== name) {
    problems.push({
      ruleId: 'stray-markup',
      reason:
        'Unexpected markup in `' +
        name.trim() +
        '`, expected a plain name; removed',
      offset
    })
    name = cleaned
  }

  name = name.replace(/\s+/g, ' ').trim()
  let comingSoon = false
  const markers: string[] = []
  // Markers are peeled off both ends by moving two indices, so that a name
  // of a thousand `+` costs a thousand steps, not a thousand copies. After
  // the line above, at most one space stands between two markers.
  let left = 0
  let right = name.length
  let leading = false
  const trimEnd = () => {
    while (right > left && name.charCodeAt(right - 1) === 32) right--
  }
  const trimStart = () => {
    while (left < right && name.charCodeAt(left) === 32) left++
  }

  while (left < right) {
    const last = name.charAt(right - 1)
    const first = name.charAt(left)
    if (last === '+') {
      comingSoon = true
      right--
      trimEnd()
    } else if (last === '*') {
      markers.push('*')
      right--
      trimEnd()
    } else if (first === '+') {
      comingSoon = true
      left++
      trimStart()
      // One report an entry, naming the rest of it after its first `+`.
      if (!leading) {
        leading = true
        problems.push({
          ruleId: 'leading-coming-soon-marker',
          reason:
            'Unexpected `+` before `' +
            name.slice(left, right) +
            '`, expected it after the name',
          offset
        })
      }
    } else if (first === '*') {
      markers.push('*')
      left++
      trimStart()
    } else {
      break
    }
  }

  name = name.slice(left, right)
  if (!name) return null
  return {name, url, comingSoon, markers, offset, problems}
}

/**
 * Drop `)` that close nothing from the end of a name (`[GlobalConnect
 * Taastrup](…))`), with the whitespace after each: one pass from the end.
 */
function withoutUnopenedParens(name: string): string {
  let excess = count(name, ')') - count(name, '(')
  let end = name.length
  let kept = end
  while (excess > 0) {
    while (end > 0 && /\s/.test(name.charAt(end - 1))) end--
    if (end === 0 || name.charAt(end - 1) !== ')') break
    end--
    kept = end
    excess--
  }

  return name.slice(0, kept)
}

function count(text: string, character: string): number {
  let total = 0
  for (
    let index = text.indexOf(character);
    index !== -1;
    index = text.indexOf(character, index + 1)
  )
    total++
  return total
}
