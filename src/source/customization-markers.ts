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

/**
 * A frame of the matcher's stack: an opened comment. `comment` is an
 * ordinary comment nested in a deleted or outer comment; `outer` is an
 * ordinary comment that holds markers.
 */
interface Frame {
  kind: RegionKind | 'comment' | 'outer'
  open: Range
  contentStart: number
  nested: boolean
  /** Whether the frame is inside an outer comment (its `<!--` and `-->` must leave the views). */
  inOuter: boolean
  /** Where the first comment opened inside this one starts, if any. */
  firstNested: number | undefined
  /** Where the last comment that ended inside this one ends: an unclosed frame never ends before it. */
  innerEnd: number
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
  const regions: CustomizationRegion[] = []
  const strays: Range[] = []
  const hidden: Range[] = []
  const comments: CustomizationLayer['comments'] = []
  const messages: VFileMessage[] = []
  const stack: Frame[] = []
  // Indices into `stack` of the frames of each class, innermost last: a
  // closer finds what it closes without walking the stack, so hostile runs
  // of unmatched markers stay linear.
  /** Deleted frames: `nested` means inside one of those. */
  const deletedAt: number[] = []
  /** Outer frames: other comments nest inside deleted and outer ones; keep markers do not pair across them. */
  const outerAt: number[] = []
  /** Keep frames. */
  const keepAt: number[] = []
  /** Frames a `-->` closes: all but keep frames. */
  const closableAt: number[] = []
  /** Outside deleted comments, other comments are left alone: skip to here. */
  let skipUntil = 0
  const bestEffortEnd = createBestEffortEnd(raw)
  const nextMarker = createLookahead(raw, markerExpression)
  const nextClose = createLookahead(raw, closeExpression)

  tokenExpression.lastIndex = 0
  let match: RegExpExecArray | null

  while ((match = tokenExpression.exec(raw))) {
    const start = match.index
    const token = match[0]
    let end = start + token.length

    if (start < skipUntil) continue

    if (match[1]) {
      // `<!-- deleted by customization`: one space after it belongs to it.
      if (raw.charCodeAt(end) === 32) end++
      open('deleted', {start, end})
    } else if (match[2]?.toLowerCase() === 'begin') {
      if (raw.charCodeAt(end) === 32) end++
      open('keep', {start, end})
    } else if (match[2]) {
      closeKeep(start, end)
    } else if (token === '<!--') {
      if (deletedAt.length > 0 || outerAt.length > 0) {
        open('comment', {start, end})
      } else {
        const close = nextClose(end)
        const marker = nextMarker(end)
        if (close === -1) {
          // Never closed: HTML reads it to the end; markers after it still count.
        } else if (marker !== -1 && marker < close) {
          // A marker before the first `-->`: the authors nested it.
          pushFrame({
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
          skipUntil = close + 3
        }
      }
    } else {
      closeComment(start, end)
    }
  }

  // Comments still open at the end of the file.
  while (stack.length > 0) unterminated(popFrame())

  regions.sort((a, b) => a.open.start - b.open.start)
  return {regions, strays, hidden, comments, messages}

  function open(kind: Frame['kind'], range: Range) {
    const nested = deletedAt.length > 0
    if (nested) {
      const parent = stack[deletedAt[deletedAt.length - 1] as number] as Frame
      if (parent.firstNested === undefined) parent.firstNested = range.start
    }

    pushFrame({
      kind,
      open: range,
      contentStart: range.end,
      nested,
      inOuter: outerAt.length > 0,
      firstNested: undefined,
      innerEnd: 0
    })
  }

  function pushFrame(frame: Frame) {
    const index = stack.length
    if (frame.kind === 'deleted') deletedAt.push(index)
    if (frame.kind === 'outer') outerAt.push(index)
    if (frame.kind === 'keep') keepAt.push(index)
    else closableAt.push(index)
    stack.push(frame)
  }

  /** Pop the innermost frame: it is the innermost of its class too. */
  function popFrame(): Frame {
    const frame = stack.pop() as Frame
    if (frame.kind === 'deleted') deletedAt.pop()
    if (frame.kind === 'outer') outerAt.pop()
    if (frame.kind === 'keep') keepAt.pop()
    else closableAt.pop()
    return frame
  }

  /** `-->`: closes the innermost deleted or other comment. */
  function closeComment(start: number, end: number) {
    const frame = closeFrame(
      start,
      end,
      closableAt[closableAt.length - 1] ?? -1,
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
      if (frame.inOuter) hidden.push(frame.open, {start, end})
      return
    }

    if (frame.kind === 'outer') {
      // Its `<!--` and `-->` stay in both views.
      comments.push({open: frame.open, close: {start, end}})
      messages.push(
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
      messages.push(
        createMessage(
          'nested-customization-comment',
          'Unexpected comment opening inside a `deleted by customization` comment, expected `-->` first; read as nested',
          place(frame.firstNested)
        )
      )
    }

    pushRegion(frame, start, end)
  }

  /** `<!-- keep by customization: end -->`: closes the innermost keep comment. */
  function closeKeep(start: number, end: number) {
    // Markers in an outer comment pair among themselves: a keep span opened
    // outside it is not closed from inside.
    const keep = keepAt[keepAt.length - 1] ?? -1
    const frame = closeFrame(
      start,
      end,
      keep > (outerAt[outerAt.length - 1] ?? -1) ? keep : -1,
      () =>
        createMessage(
          'unbalanced-keep-marker',
          'Unexpected `keep by customization: end` without `begin`; ignored',
          place(start)
        )
    )
    if (frame) pushRegion(frame, start, end)
  }

  /**
   * Pop the frame at `index` (the one a closer closes, `-1` for none);
   * frames opened inside it and not closed end here. A closer that closes
   * nothing is a stray.
   */
  function closeFrame(
    start: number,
    end: number,
    index: number,
    stray: () => VFileMessage
  ): Frame | undefined {
    if (index < 0) {
      strays.push(spaceBefore({start, end}, 0))
      messages.push(stray())
      return undefined
    }

    while (stack.length - 1 > index) unterminated(popFrame(), start)
    const frame = popFrame()
    endedInside(end)
    return frame
  }

  /** Record a closed deleted or keep comment. */
  function pushRegion(frame: Frame, start: number, end: number) {
    const close = spaceBefore({start, end}, frame.contentStart)
    regions.push({
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
  function unterminated(frame: Frame, limit = raw.length) {
    // Not inside what it holds: a view would keep half of that.
    const end = Math.min(
      Math.max(bestEffortEnd(frame.open), frame.innerEnd),
      limit
    )
    endedInside(end)

    if (frame.kind === 'outer') {
      // A view cannot close it, and left open it would swallow the rest of
      // the page: it was meant hidden, so it is hidden from both.
      hidden.push({start: frame.open.start, end: Math.max(end, frame.open.end)})
      messages.push(
        createMessage(
          'unterminated-outer-comment',
          'Unexpected end of ' +
            (end === raw.length
              ? 'file'
              : isOnOwnLine(raw, frame.open)
                ? 'block'
                : 'line') +
            ' inside a comment that holds customization markers, expected `-->`; read as ending there, left out of both views',
          place(frame.open.start)
        )
      )
      return
    }

    if (frame.kind === 'comment' && frame.inOuter) hidden.push(frame.open)

    messages.push(
      frame.kind === 'keep'
        ? createMessage(
            'unbalanced-keep-marker',
            'Unexpected `keep by customization: begin` without `end`; read as ending at the end of its ' +
              (isOnOwnLine(raw, frame.open) ? 'block' : 'line'),
            place(frame.open.start)
          )
        : createMessage(
            frame.kind === 'deleted'
              ? 'unterminated-deleted-marker'
              : 'unterminated-comment',
            'Unexpected end of ' +
              (end === raw.length
                ? 'file'
                : isOnOwnLine(raw, frame.open)
                  ? 'block'
                  : 'line') +
              ' inside a comment, expected `-->`; read as ending there',
            place(frame.open.start)
          )
    )

    if (frame.kind === 'comment') return
    regions.push({
      kind: frame.kind,
      open: frame.open,
      close: null,
      content: {start: Math.min(frame.contentStart, end), end},
      nested: frame.nested
    })
  }

  /** A frame ended at `end`: the frame around it does not end before. */
  function endedInside(end: number) {
    const parent = stack[stack.length - 1]
    if (parent && parent.innerEnd < end) parent.innerEnd = end
  }

  /** One space before a closer belongs to it (if it is not the opener's). */
  function spaceBefore(range: Range, floor: number): Range {
    return range.start > floor && raw.charCodeAt(range.start - 1) === 32
      ? {start: range.start - 1, end: range.end}
      : range
  }
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
