/**
 * Lexer and matcher for the Azure China customization comments.
 *
 * Two marker families:
 *
 * - `<!-- deleted by customization X -->`: `X` is text the global page had
 *   and the China page removed (inline, or a block: marker line, content
 *   lines, `-->` line);
 * - `<!-- keep by customization: begin --> X <!-- keep by customization: end -->`:
 *   `X` is text the China page added.
 *
 * Deleted comments can hold other comments (an inline deleted comment inside
 * a deleted block). HTML ends a comment at its first `-->`; the authors meant
 * nesting, so comments opened inside a deleted comment nest.
 *
 * An ordinary comment can hold markers too (`<!--` on a line, marker lines,
 * `-->` some lines later): HTML would end it at the first marker's `-->`.
 * Such an *outer* comment is read as nesting as well: its markers are
 * matched among themselves, and its own `<!--` and `-->` stay in both views,
 * so each view still reads the span as one comment.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../diagnostics.js'
import {
  createFrameStack,
  innermostOf,
  popFrame,
  pushFrame,
  type Frame,
  type FrameStack
} from './customization-frames.js'
import type {Placer} from './place.js'

/** What a customization region does to the text inside it. */
export type RegionKind = 'deleted' | 'keep'

/** A range of the raw text, `[start, end)`. */
export interface Range {
  start: number
  end: number
}

/** One matched customization comment. */
export interface CustomizationRegion {
  kind: RegionKind
  /** The opening marker, with the one space that belongs to it. */
  open: Range
  /** The closing marker, with the one space that belongs to it; `null` when the comment is not closed. */
  close: Range | null
  /** The text the comment holds. */
  content: Range
  /** Whether the comment was opened inside a deleted comment. */
  nested: boolean
}

/** Result of reading the customization layer of a raw text. */
export interface CustomizationLayer {
  /** Matched comments, ordered by where they open. */
  regions: CustomizationRegion[]
  /** Closers that close nothing (`-->`, `keep by customization: end`), left out of both views. */
  strays: Range[]
  /**
   * Other text left out of both views: the `<!--` and `-->` of comments
   * nested in an outer comment (so that no view ends the outer comment
   * early), and outer comments that are never closed (no view could close
   * them).
   */
  hidden: Range[]
  /** Ordinary comments that hold markers and are closed, ordered by where they close: their `<!--` and `-->` are in both views. */
  comments: Array<{open: Range; close: Range}>
  /** Diagnostics, at raw positions. */
  messages: VFileMessage[]
}

/**
 * Every token that matters: the two marker families, any other comment
 * opener (it nests inside a deleted comment), and comment closers.
 */
const tokenExpression =
  /<!--[ \t]*(?:(deleted[ \t]+by[ \t]+customization)|keep[ \t]+by[ \t]+customization[ \t]*:?[ \t]*(begin|end)[ \t]*-->)|<!--|-->/gi

/** The customization markers alone: an ordinary comment holding one is an outer comment. */
const markerExpression =
  /<!--[ \t]*(?:deleted[ \t]+by[ \t]+customization|keep[ \t]+by[ \t]+customization[ \t]*:?[ \t]*(?:begin|end)[ \t]*-->)/gi

/** A comment closer. */
const closeExpression = /-->/g

/** The matcher's state while it reads one raw text. */
interface Matcher {
  /** The raw file's text. */
  raw: string
  /** Turns raw offsets into points, for diagnostics. */
  place: Placer
  /** What is read so far; regions in the order they close. */
  layer: CustomizationLayer
  /** The comments opened and not yet closed. */
  stack: FrameStack
  /** Outside deleted comments, other comments are left alone: skip to here. */
  skipUntil: number
  /** Where an unclosed comment ends. */
  bestEffortEnd: (open: Range) => number
  /** Where the next customization marker starts. */
  nextMarker: (from: number) => number
  /** Where the next `-->` starts. */
  nextClose: (from: number) => number
}

/**
 * Find the customization comments of a raw text and match them.
 *
 * Malformed input never throws: unclosed comments are closed at a
 * best-effort place (end of their line when inline, end of their block when
 * on a line of their own), closers that close nothing are strays; each gets a
 * diagnostic.
 *
 * @param raw
 *   The raw file's text.
 * @param place
 *   Turns raw offsets into points, for diagnostics.
 */
export function customizationLayer(
  raw: string,
  place: Placer
): CustomizationLayer {
  const matcher: Matcher = {
    raw,
    place,
    layer: {regions: [], strays: [], hidden: [], comments: [], messages: []},
    stack: createFrameStack(),
    skipUntil: 0,
    bestEffortEnd: createBestEffortEnd(raw),
    nextMarker: createLookahead(raw, markerExpression),
    nextClose: createLookahead(raw, closeExpression)
  }

  tokenExpression.lastIndex = 0
  let match: RegExpExecArray | null

  while ((match = tokenExpression.exec(raw))) {
    if (match.index >= matcher.skipUntil) onToken(matcher, match)
  }

  // Comments still open at the end of the file.
  while (matcher.stack.frames.length > 0) {
    unterminated(matcher, popFrame(matcher.stack))
  }

  matcher.layer.regions.sort((a, b) => a.open.start - b.open.start)
  return matcher.layer
}

/** Open or close what one token of `tokenExpression` opens or closes. */
function onToken(matcher: Matcher, match: RegExpExecArray) {
  const start = match.index
  let end = start + match[0].length

  if (match[1]) {
    // `<!-- deleted by customization`: one space after it belongs to it.
    if (matcher.raw.charCodeAt(end) === 32) end++
    open(matcher, 'deleted', {start, end})
  } else if (match[2]?.toLowerCase() === 'begin') {
    if (matcher.raw.charCodeAt(end) === 32) end++
    open(matcher, 'keep', {start, end})
  } else if (match[2]) {
    closeKeep(matcher, start, end)
  } else if (match[0] === '<!--') {
    openComment(matcher, start, end)
  } else {
    closeComment(matcher, start, end)
  }
}

/**
 * `<!--` of an ordinary comment: nested inside a deleted or outer comment;
 * outside them, an outer comment when a marker comes before its `-->`, else
 * left alone.
 */
function openComment(matcher: Matcher, start: number, end: number) {
  const {stack} = matcher
  if (stack.deletedAt.length > 0 || stack.outerAt.length > 0) {
    open(matcher, 'comment', {start, end})
    return
  }

  const close = matcher.nextClose(end)
  const marker = matcher.nextMarker(end)
  if (close === -1) {
    // Never closed: HTML reads it to the end; markers after it still count.
  } else if (marker !== -1 && marker < close) {
    // A marker before the first `-->`: the authors nested it.
    pushFrame(stack, {
      kind: 'outer',
      open: {start, end},
      contentStart: end,
      nested: false,
      inOuter: false,
      firstNested: undefined,
      innerEnd: 0
    })
  } else {
    // Another comment, outside customization: leave it alone.
    matcher.skipUntil = close + 3
  }
}

/** Open a frame at an opener, nested when inside a deleted comment. */
function open(matcher: Matcher, kind: Frame['kind'], range: Range) {
  const {stack} = matcher
  const nested = stack.deletedAt.length > 0
  if (nested) {
    const parent = stack.frames[innermostOf(stack.deletedAt)] as Frame
    if (parent.firstNested === undefined) parent.firstNested = range.start
  }

  pushFrame(stack, {
    kind,
    open: range,
    contentStart: range.end,
    nested,
    inOuter: stack.outerAt.length > 0,
    firstNested: undefined,
    innerEnd: 0
  })
}

/** `-->`: closes the innermost deleted or other comment. */
function closeComment(matcher: Matcher, start: number, end: number) {
  const {layer, place} = matcher
  const frame = closeFrame(
    matcher,
    start,
    end,
    innermostOf(matcher.stack.closableAt),
    () =>
      createMessage(
        'stray-comment-close',
        'Unexpected `-->` that closes no comment; left out of both views',
        place(start)
      )
  )
  if (!frame) return
  if (frame.kind === 'comment') {
    // Text of the enclosing comment; inside an outer one its closer would
    // end the outer comment early in a view.
    if (frame.inOuter) layer.hidden.push(frame.open, {start, end})
    return
  }

  if (frame.kind === 'outer') {
    // Its `<!--` and `-->` stay in both views.
    layer.comments.push({open: frame.open, close: {start, end}})
    layer.messages.push(
      createMessage(
        'customization-in-comment',
        'Unexpected customization markers inside a comment, expected them outside; read as nested, the comment stays a comment',
        place(frame.open.start)
      )
    )
    return
  }

  // Said once a closed comment: an unclosed one gets its own diagnostic.
  if (frame.firstNested !== undefined) {
    layer.messages.push(
      createMessage(
        'nested-customization-comment',
        'Unexpected comment opening inside a `deleted by customization` comment, expected `-->` first; read as nested',
        place(frame.firstNested)
      )
    )
  }

  pushRegion(matcher, frame, start, end)
}

/** `<!-- keep by customization: end -->`: closes the innermost keep comment. */
function closeKeep(matcher: Matcher, start: number, end: number) {
  // Markers in an outer comment pair among themselves: a keep span opened
  // outside it is not closed from inside.
  const keep = innermostOf(matcher.stack.keepAt)
  const frame = closeFrame(
    matcher,
    start,
    end,
    keep > innermostOf(matcher.stack.outerAt) ? keep : -1,
    () =>
      createMessage(
        'unbalanced-keep-marker',
        'Unexpected `keep by customization: end` without `begin`; ignored',
        matcher.place(start)
      )
  )
  if (frame) pushRegion(matcher, frame, start, end)
}

/**
 * Pop the frame at `index` (the one a closer closes, `-1` for none);
 * frames opened inside it and not closed end here. A closer that closes
 * nothing is a stray.
 */
function closeFrame(
  matcher: Matcher,
  start: number,
  end: number,
  index: number,
  stray: () => VFileMessage
): Frame | undefined {
  const {stack} = matcher
  if (index < 0) {
    matcher.layer.strays.push(spaceBefore(matcher.raw, {start, end}, 0))
    matcher.layer.messages.push(stray())
    return undefined
  }

  while (stack.frames.length - 1 > index) {
    unterminated(matcher, popFrame(stack), start)
  }

  const frame = popFrame(stack)
  endedInside(stack, end)
  return frame
}

/** Record a closed deleted or keep comment. */
function pushRegion(
  matcher: Matcher,
  frame: Frame,
  start: number,
  end: number
) {
  const close = spaceBefore(matcher.raw, {start, end}, frame.contentStart)
  matcher.layer.regions.push({
    kind: frame.kind === 'keep' ? 'keep' : 'deleted',
    open: frame.open,
    close,
    content: {start: frame.contentStart, end: close.start},
    nested: frame.nested
  })
}

/**
 * Close a frame that has no closer, at the end of its line (inline) or of
 * its block (on a line of its own), or after the last comment that ended
 * inside it if that is later, but never past `limit`.
 */
function unterminated(
  matcher: Matcher,
  frame: Frame,
  limit = matcher.raw.length
) {
  const {layer} = matcher
  // Not inside what it holds: a view would keep half of that.
  const end = Math.min(
    Math.max(matcher.bestEffortEnd(frame.open), frame.innerEnd),
    limit
  )
  endedInside(matcher.stack, end)

  if (frame.kind === 'outer') {
    // A view cannot close it, and left open it would swallow the rest of
    // the page: it was meant hidden, so it is hidden from both.
    layer.hidden.push({
      start: frame.open.start,
      end: Math.max(end, frame.open.end)
    })
    layer.messages.push(
      createMessage(
        'unterminated-outer-comment',
        'Unexpected end of ' +
          endedBy(matcher.raw, frame.open, end) +
          ' inside a comment that holds customization markers, expected `-->`; read as ending there, left out of both views',
        matcher.place(frame.open.start)
      )
    )
    return
  }

  if (frame.kind === 'comment' && frame.inOuter) layer.hidden.push(frame.open)
  layer.messages.push(unterminatedMessage(matcher, frame, end))
  if (frame.kind === 'comment') return
  layer.regions.push({
    kind: frame.kind,
    open: frame.open,
    close: null,
    content: {start: Math.min(frame.contentStart, end), end},
    nested: frame.nested
  })
}

/** The diagnostic of a deleted, keep or nested comment that is not closed. */
function unterminatedMessage(
  matcher: Matcher,
  frame: Frame,
  end: number
): VFileMessage {
  const {raw} = matcher
  return frame.kind === 'keep'
    ? createMessage(
        'unbalanced-keep-marker',
        'Unexpected `keep by customization: begin` without `end`; read as ending at the end of its ' +
          (isOnOwnLine(raw, frame.open) ? 'block' : 'line'),
        matcher.place(frame.open.start)
      )
    : createMessage(
        frame.kind === 'deleted'
          ? 'unterminated-deleted-marker'
          : 'unterminated-comment',
        'Unexpected end of ' +
          endedBy(raw, frame.open, end) +
          ' inside a comment, expected `-->`; read as ending there',
        matcher.place(frame.open.start)
      )
}

/** What ends an unclosed comment at `end`: the file, its block or its line. */
function endedBy(raw: string, open: Range, end: number): string {
  return end === raw.length ? 'file' : isOnOwnLine(raw, open) ? 'block' : 'line'
}

/** A frame ended at `end`: the frame around it does not end before. */
function endedInside(stack: FrameStack, end: number) {
  const parent = stack.frames[stack.frames.length - 1]
  if (parent && parent.innerEnd < end) parent.innerEnd = end
}

/** One space before a closer belongs to it (if it is not the opener's). */
function spaceBefore(raw: string, range: Range, floor: number): Range {
  return range.start > floor && raw.charCodeAt(range.start - 1) === 32
    ? {start: range.start - 1, end: range.end}
    : range
}

/**
 * Finds where the next match of a global expression starts at or after an
 * offset (`-1` when there is none).
 *
 * Note: remembers the answer to the last query, so that queries at
 * increasing offsets (the lexer's) scan the text once in all, even when
 * there is no match and every query would otherwise scan to the end.
 */
function createLookahead(raw: string, expression: RegExp) {
  /** Start of the first match at or after `searchedFrom`; `-1` when there is none. */
  let next = -1
  let searchedFrom = -1

  return function (from: number): number {
    if (
      searchedFrom === -1 ||
      from < searchedFrom ||
      (next !== -1 && next < from)
    ) {
      expression.lastIndex = from
      const match = expression.exec(raw)
      next = match ? match.index : -1
      searchedFrom = from
    }

    return next
  }
}

/** Whether only spaces and tabs stand around a marker on its line. */
function isOnOwnLine(raw: string, range: Range): boolean {
  let index = range.start
  while (index > 0) {
    const code = raw.charCodeAt(index - 1)
    if (code === 10 || code === 13) break
    if (code !== 32 && code !== 9) return false
    index--
  }

  index = range.end
  while (index < raw.length) {
    const code = raw.charCodeAt(index)
    if (code === 10 || code === 13) break
    if (code !== 32 && code !== 9) return false
    index++
  }

  return true
}

/**
 * Finds where unclosed comments end.
 *
 * Note: indexes the text once, so that many unclosed comments on one long
 * line or in one long block cost a binary search each, not a scan.
 */
function createBestEffortEnd(raw: string) {
  let lineEnds: number[] | undefined
  let blockEnds: number[] | undefined

  return function (open: Range): number {
    if (!lineEnds || !blockEnds) {
      lineEnds = []
      blockEnds = []
      const lineEnding = /\r\n|\r|\n/g
      let lineStart = 0
      let match: RegExpExecArray | null
      while ((match = lineEnding.exec(raw))) {
        // A blank line ends a block: the block ends at the end of the line
        // before it, so the blank line stays.
        const previous = lineEnds[lineEnds.length - 1]
        if (
          previous !== undefined &&
          /^[ \t]*$/.test(raw.slice(lineStart, match.index))
        ) {
          blockEnds.push(previous)
        }

        lineEnds.push(match.index)
        lineStart = match.index + match[0].length
      }
    }

    const lineEnd = firstAtLeast(lineEnds, open.end) ?? raw.length
    if (!isOnOwnLine(raw, open)) return lineEnd
    return firstAtLeast(blockEnds, lineEnd) ?? raw.length
  }
}

/** First value of a sorted list that is at least `value`. */
function firstAtLeast(values: number[], value: number): number | undefined {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((values[middle] as number) < value) low = middle + 1
    else high = middle
  }

  return values[low]
}
