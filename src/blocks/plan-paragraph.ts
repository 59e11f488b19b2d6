/**
 * Plan a piece that is one paragraph (after at most one ATX heading) to be
 * parsed a line at a time: from one version of a page to the next, a long
 * paragraph (pipe rows GFM refused as a table, for want of a delimiter row)
 * changes a line, and only that line is parsed again.
 *
 * A line reads alone as it reads in its paragraph when nothing of it can
 * reach into another line. The lines are chosen so that no line can start
 * another block or end the paragraph (`lineOpensNothing`), nor break it
 * (`lineEndsSoftly`); what each line parses into is then checked
 * (`lineReading`): every delimiter of code, links, HTML and strikethrough
 * it has is used up within it (image labels included), and of emphasis
 * too but on one line at most (`linesReadAlone`); else the piece is parsed
 * whole.
 */

import type {RootContent} from 'mdast'
import type {Piece} from './markdown-pieces.js'
import {keyOf, type BlockRequest, type Requester} from './request.js'

/** How a piece that is a paragraph is rebuilt once its lines are answered. */
export interface ParagraphPlan {
  kind: 'paragraph'
  /** Where the paragraph is. */
  piece: Piece
  /** The ATX heading line before it, if any. */
  heading: BlockRequest | undefined
  /** Its lines, two or more, each parsed on its own. */
  lines: ParagraphLine[]
}

/** A line of a paragraph, parsed on its own. */
export interface ParagraphLine {
  /** Offset in the piece where it starts. */
  start: number
  /** 0-based line in the piece. */
  line: number
  /** The line, without its line ending. */
  text: string
  request: BlockRequest
}

/** An ATX heading line: it ends itself, and what follows starts anew. */
const headingLine = /^#{1,6}(?: |$)/

/**
 * A line of pipes, colons, dashes and spaces only: maybe a table's
 * delimiter row, which would make the line before it a table's header.
 */
const delimiterLike = /^[|:\- ]*$/

/**
 * Plan a piece that is a heading (maybe) and one paragraph of two lines or
 * more, each of which may be read alone; `undefined` for any other piece,
 * and for one with a line known not to read alone.
 *
 * @param source
 *   The text of the piece.
 * @param piece
 *   The piece.
 * @param suffix
 *   The page's definitions, for the keys of lines that may refer to one.
 * @param requester
 *   Gets the requests.
 */
export function planParagraph(
  source: string,
  piece: Piece,
  suffix: string,
  requester: Requester
): ParagraphPlan | undefined {
  // A CR, a tab: line endings and columns the parser reads otherwise.
  if (source.includes('\r') || source.includes('\t')) return undefined
  const texts = source.split('\n')
  // The blank lines that end the piece (spaces only) are no part of it.
  while (texts.length > 0 && /^ *$/.test(texts.at(-1) as string)) texts.pop()
  const heading =
    texts[0] !== undefined && headingLine.test(texts[0]) ? texts[0] : undefined
  const first = heading === undefined ? 0 : 1
  if (texts.length - first < 2) return undefined
  for (const text of texts.slice(first))
    if (!lineOpensNothing(text) || !lineEndsSoftly(text)) return undefined

  // Lines read before tell at once a paragraph that is parsed whole; only
  // then are the lines not read before asked for.
  const keys = texts.map((text) => keyOf('prose', text, suffix))
  const known = texts.slice(first).map((text, index) => {
    const nodes = requester.cached(keys[first + index] as string)
    return {text, reading: nodes ? lineReading(nodes) : ('alone' as const)}
  })
  if (!linesReadAlone(known)) return undefined

  const lines: ParagraphLine[] = []
  let start = 0
  for (const [index, text] of texts.entries()) {
    if (index >= first) {
      const request = requester.block(keys[index] as string, text)
      lines.push({start, line: index, text, request})
    }

    start += text.length + 1
  }

  return {
    kind: 'paragraph',
    piece,
    heading:
      heading === undefined
        ? undefined
        : requester.block(keys[0] as string, heading),
    lines
  }
}

/**
 * Whether a line, first in a paragraph or not, starts nothing but text:
 * it starts with a pipe, a letter or a character past ASCII, which no
 * block starts with (a list, a heading, a quote, code, HTML, a break, a
 * definition, a setext underline), and it is no delimiter row.
 */
function lineOpensNothing(text: string): boolean {
  const code = text.charCodeAt(0)
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (!letter && code !== 124 /* `|` */ && !(code >= 128)) return false
  return code !== 124 || !delimiterLike.test(text)
}

/**
 * Whether a line ends with no break: no space (trailing spaces before a
 * line ending are dropped or make a hard break) and no backslash (a hard
 * break).
 */
function lineEndsSoftly(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last !== 32 && last !== 92 /* `\` */
}

/**
 * How a line parsed alone reads in its paragraph:
 *
 * - `alone`: as it reads alone, whatever the other lines;
 * - `attention`: as alone too, if it is the only line with a delimiter of
 *   emphasis left over (`Equinix*`) and no other line has a run of `*` or
 *   `_` that may both open and close (`linesReadAlone`);
 * - `apart`: it may read otherwise (it is no paragraph alone, it breaks,
 *   or a backtick, bracket, `<` or `~` is left over, in its text or an
 *   image's label, which may pair with what follows).
 */
export type LineReading = 'alone' | 'attention' | 'apart'

/** A line's text and how it reads alone. */
interface LineRead {
  text: string
  reading: LineReading
}

/**
 * Characters that can open or close what spans lines (code, links, HTML,
 * strikethrough) or that GFM may autolink across what a line alone would
 * not see; and the delimiters of emphasis.
 */
const reachesOut = /[~`[\]<@]|www\.|https?:/i
const attention = /[*_]/

/** How lines parsed before read, by their nodes. */
const readings = new WeakMap<RootContent[], LineReading>()

/**
 * How a line parsed alone reads in its paragraph (`LineReading`): whether
 * it is one paragraph, and what its text left over.
 *
 * @param nodes
 *   What the line parsed into, positioned from 0.
 */
export function lineReading(nodes: RootContent[]): LineReading {
  let reading = readings.get(nodes)
  if (reading === undefined) {
    const [only] = nodes
    reading =
      nodes.length === 1 &&
      only?.type === 'paragraph' &&
      only.position?.start.offset === 0
        ? leftOver(only, 'alone')
        : 'apart'
    readings.set(nodes, reading)
  }

  return reading
}

/** Whether every line of a planned paragraph was answered and reads alone. */
export function paragraphReadsAlone(plan: ParagraphPlan): boolean {
  return linesReadAlone(
    plan.lines.map((line) => ({
      text: line.text,
      reading: line.request.nodes ? lineReading(line.request.nodes) : 'apart'
    }))
  )
}

/**
 * Whether lines read in their paragraph as each alone: none `apart`; at
 * most one with `attention` left over, and then no other line with a run
 * of `*` or `_` that may both open and close.
 *
 * Why that is enough: in a line that reads `alone`, every run is used up
 * within the line. A run that can only close looks back for an opener and
 * finds the same one of its own line as alone, nearer than any left over
 * before it; a run that can only open is closed within its line. A run
 * that can do both (`Baz*qux*`) is an opener alone but, after a leftover
 * opener in another line (`Foo *bar`), closes that one instead.
 */
function linesReadAlone(lines: readonly LineRead[]): boolean {
  let attentionAt = -1
  for (const [index, line] of lines.entries()) {
    if (line.reading === 'apart') return false
    if (line.reading === 'attention') {
      if (attentionAt !== -1) return false
      attentionAt = index
    }
  }

  return (
    attentionAt === -1 ||
    lines.every(
      (line, index) => index === attentionAt || !hasAmbiguousRun(line.text)
    )
  )
}

/** A run of `*` or of `_`. */
const delimiterRun = /\*+|_+/g

/**
 * Whether a line has a run of `*` or `_` that may both open and close.
 * A run only opens after the start or a space and before a visible ASCII
 * character, or after ASCII punctuation and before a letter or digit; it
 * only closes the other way round. Any other run (Unicode punctuation and
 * spaces included) counts as one that may do both.
 */
function hasAmbiguousRun(text: string): boolean {
  if (!text.includes('*') && !text.includes('_')) return false
  for (const run of text.matchAll(delimiterRun)) {
    const before = run.index === 0 ? '' : text.charAt(run.index - 1)
    const after = text.charAt(run.index + run[0].length)
    const opensOnly =
      ((before === '' || before === ' ') && isVisible(after)) ||
      (isPunctuation(before) && isAlphanumeric(after))
    const closesOnly =
      (isVisible(before) && (after === '' || after === ' ')) ||
      (isAlphanumeric(before) && isPunctuation(after))
    if (!opensOnly && !closesOnly) return true
  }

  return false
}

/** A visible ASCII character: a letter, a digit or punctuation. */
function isVisible(character: string): boolean {
  return /^[!-~]$/.test(character)
}

/** ASCII punctuation. */
function isPunctuation(character: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(character)
}

/** An ASCII letter or digit. */
function isAlphanumeric(character: string): boolean {
  return /^[A-Za-z\d]$/.test(character)
}

/** What the text under a node leaves over, given what was found so far. */
function leftOver(
  node: {type: string; value?: unknown; alt?: unknown; children?: unknown},
  found: LineReading
): LineReading {
  if (node.type === 'break') return 'apart'
  // An image's label is its `alt`: a backtick or `<` left over there may
  // start code or HTML that runs into the next line.
  if (
    (node.type === 'image' || node.type === 'imageReference') &&
    typeof node.alt === 'string' &&
    reachesOut.test(node.alt)
  )
    return 'apart'
  if (node.type === 'text' && typeof node.value === 'string') {
    if (reachesOut.test(node.value)) return 'apart'
    return attention.test(node.value) ? 'attention' : found
  }

  let reading = found
  if (Array.isArray(node.children)) {
    for (const child of node.children as Array<typeof node>) {
      reading = leftOver(child, reading)
      if (reading === 'apart') break
    }
  }

  return reading
}
