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
  const chars = charsFromCell(children)
  const text = chars.text.trim()
  const result: CellSegments = {
    entries: [],
    notes: [],
    none: false,
    empty: false
  }

  if (text === '') {
    result.empty = true
  } else if (none.has(text.toLowerCase())) {
    result.none = true
  } else {
    readSegments(chars, settings.split !== false, result)
  }

  return result
}

/** Problems waiting for the entry they belong to. */
interface PendingProblems {
  /** The problems, in the order of the text. */
  problems: CellProblem[]
  /** How many of the problems of the markup (`CellChars.problems`) are taken. */
  markup: number
}

/** Where a segment ends: the separator after it. */
interface SegmentEnd {
  /** Where the separator starts (the end of the text when there is none). */
  index: number
  /** Its length (`0` at the end of the text). */
  length: number
  /** Whether it is a malformed break (`<br/Name`, `>br/>`). */
  malformed: boolean
}

/** Read the entries and notes of a cell that says something. */
function readSegments(chars: CellChars, split: boolean, result: CellSegments) {
  const {text} = chars
  // Problems of the markup (`unclosed-html-link`) go to the entry they are
  // in, or the next one: they come in the order of the text.
  const pending: PendingProblems = {problems: [], markup: 0}
  let start = 0
  let index = 0

  while (index <= text.length) {
    const separator = segmentEnd(chars, index, split)
    index = separator.index

    if (separator.malformed) {
      pending.problems.push({
        ruleId: 'malformed-break',
        reason:
          'Unexpected `' +
          text.slice(index, index + separator.length) +
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

    takeMarkup(pending, chars, index)
    const entry = entryFrom(chars, start, index)
    if (entry) {
      entry.problems.push(...pending.problems)
      pending.problems = []
      result.entries.push(entry)
    }

    if (index >= text.length) break
    index += separator.length
    start = index
  }

  // Problems at the end of a cell (`Los Angeles>br/>`) belong to its last entry.
  takeMarkup(pending, chars, Infinity)
  const last = result.entries.at(-1)
  if (last) last.problems.push(...pending.problems)
}

/**
 * The separator at or after `index`: a break of the markup only when not
 * splitting (a key cell), else any separator.
 */
function segmentEnd(
  chars: CellChars,
  index: number,
  split: boolean
): SegmentEnd {
  const {text} = chars
  if (!split) {
    let at = index
    while (at < text.length && !chars.breaks.has(at)) at++
    return {index: at, length: at < text.length ? 1 : 0, malformed: false}
  }

  if (index >= text.length) return {index, length: 0, malformed: false}
  // Jump to the next separator rather than trying each character.
  separator.lastIndex = index
  const match = separator.exec(text)
  return match
    ? {
        index: match.index,
        length: match[0].length,
        malformed: match[1] !== undefined
      }
    : {index: text.length, length: 0, malformed: false}
}

/** Move the problems of the markup before `end` to the pending ones. */
function takeMarkup(pending: PendingProblems, chars: CellChars, end: number) {
  while (
    pending.markup < chars.problems.length &&
    (chars.problems[pending.markup] as CharProblem).index < end
  ) {
    pending.problems.push(
      (chars.problems[pending.markup++] as CharProblem).problem
    )
  }
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
  const linkedUrl = firstUrl(chars, from, to)

  if (linkedUrl === null) {
    problems.push({
      ruleId: 'empty-link-url',
      reason: 'Unexpected empty link URL, expected a URL or no link',
      offset
    })
  }

  const link = withoutBracketLink(
    {name: text.slice(from, to), url: linkedUrl ?? null},
    problems,
    offset
  )
  const name = withoutStrayMarkup(link.name, problems, offset)
    .replace(/\s+/g, ' ')
    .trim()
  const marked = withoutMarkers(name, problems, offset)
  if (!marked.name) return null
  return {
    name: marked.name,
    url: link.url,
    comingSoon: marked.comingSoon,
    markers: marked.markers,
    offset,
    problems
  }
}

/**
 * The URL of the first linked character from `from` to `to`: `null` for a
 * link without URL, `undefined` when none is linked.
 */
function firstUrl(
  chars: CellChars,
  from: number,
  to: number
): string | null | undefined {
  for (let index = from; index < to; index++) {
    const url = urlAt(chars, index)
    if (url !== undefined) return url
  }

  return undefined
}

/** A name and the URL of its link. */
interface LinkedName {
  name: string
  url: string | null
}

/**
 * A name written as a link Markdown does not read, `[Name] (http://…)` (a
 * link meant, the URL kept) or `[Name]` (a reference without definition).
 */
function withoutBracketLink(
  {name, url}: LinkedName,
  problems: CellProblem[],
  offset: number | null
): LinkedName {
  // `[Name] (http://…)`: not a link for Markdown, but meant as one.
  const spaced = /^\[([^\]]*)\]\s+\(\s*([^)\s]*)\s*\)$/.exec(name)
  if (spaced) {
    problems.push({
      ruleId: 'malformed-link',
      reason: 'Unexpected space between `]` and `(`, expected a link',
      offset
    })
    return {name: spaced[1]!, url: spaced[2] || url}
  }

  const bracketed = /^\[([^\]]+)\]$/.exec(name)
  if (!bracketed) return {name, url}
  problems.push({
    ruleId: 'undefined-link-reference',
    reason:
      'Unexpected link reference `[' +
      bracketed[1]! +
      ']` without definition, expected a link or a name',
    offset
  })
  return {name: bracketed[1]!, url}
}

/**
 * A name without the markup the parser left as text (unclosed tags, bold,
 * code) and without a `)` that closes nothing (`[GlobalConnect
 * Taastrup](…))`).
 */
function withoutStrayMarkup(
  name: string,
  problems: CellProblem[],
  offset: number | null
): string {
  const cleaned = withoutUnopenedParens(
    name.replace(/<[^>]*>?/g, ' ').replace(/\*{2,}|`|_{2,}/g, '')
  )
  if (cleaned === name) return name
  problems.push({
    ruleId: 'stray-markup',
    reason:
      'Unexpected markup in `' +
      name.trim() +
      '`, expected a plain name; removed',
    offset
  })
  return cleaned
}

/** A name with its markers peeled off. */
interface MarkedName {
  name: string
  /** Whether a `+` marks it as coming soon. */
  comingSoon: boolean
  /** Footnote markers other than `+`. */
  markers: string[]
}

/**
 * Peel the markers off both ends of a name: `+` (coming soon; before the
 * name, reported) and `*`.
 */
function withoutMarkers(
  name: string,
  problems: CellProblem[],
  offset: number | null
): MarkedName {
  let comingSoon = false
  const markers: string[] = []
  // Markers are peeled off both ends by moving two indices, so that a name
  // of a thousand `+` costs a thousand steps, not a thousand copies. Names
  // come with whitespace collapsed: at most one space stands between two
  // markers.
  let left = 0
  let right = name.length
  let leading = false

  while (left < right) {
    // The end first: `+` and `*` belong after a name.
    const last = name.charAt(right - 1)
    const atEnd = last === '+' || last === '*'
    const marker = atEnd ? last : name.charAt(left)
    if (marker !== '+' && marker !== '*') break
    if (marker === '+') comingSoon = true
    else markers.push('*')

    if (atEnd) {
      right--
      while (right > left && name.charCodeAt(right - 1) === 32) right--
    } else {
      left++
      while (left < right && name.charCodeAt(left) === 32) left++
      // One report an entry, naming the rest of it after its first `+`.
      if (marker === '+' && !leading) {
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
    }
  }

  return {name: name.slice(left, right), comingSoon, markers}
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
