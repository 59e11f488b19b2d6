import type {Paragraph} from 'mdast'

/** One line of a pipe row in a paragraph, as view offsets. */
export interface PipeLine {
  /** Start of the line's content (after container prefix and indent). */
  start: number
  /** End of the line's content (before trailing whitespace and line ending). */
  end: number
  /** Whether this is the paragraph's last line. */
  last: boolean
  /** Whether this is the paragraph's first line. */
  first: boolean
}

/** Lines of pipe rows in a row: never empty. */
export type PipeRun = [PipeLine, ...PipeLine[]]

/**
 * Find runs of pipe-table rows in a paragraph: a run starts at a line whose
 * content starts with `|` and goes on while lines have an unescaped `|`.
 *
 * Requiring the first pipe at the start keeps prose with a pipe in it
 * (`pageTitle="ExpressRoute locations | Microsoft Azure"`) out.
 *
 * @param paragraph
 *   Paragraph parsed from `text`.
 * @param text
 *   The view's text.
 * @param quoteDepth
 *   How many block quotes the paragraph is in (their `>` markers start its
 *   continuation lines).
 */
export function pipeRuns(
  paragraph: Paragraph,
  text: string,
  quoteDepth: number
): PipeRun[] {
  const runs: PipeRun[] = []
  const from = paragraph.position?.start.offset
  const to = paragraph.position?.end.offset
  if (from === undefined || to === undefined) return runs
  let run: PipeRun | undefined
  let lineStart = from

  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1 || lineEnd > to) lineEnd = to
    const next = lineEnd + 1
    let start = lineStart

    if (lineStart !== from) {
      start = skipWhitespace(text, start, lineEnd)
      for (let depth = 0; depth < quoteDepth; depth++) {
        if (text.charCodeAt(start) !== 62 /* `>` */) break
        start = skipWhitespace(text, start + 1, lineEnd)
      }
    }

    start = skipWhitespace(text, start, lineEnd)
    let end = lineEnd
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    const line: PipeLine = {
      start,
      end,
      first: lineStart === from,
      last: next > to
    }

    if (run && hasUnescapedPipe(text, start, end)) {
      run.push(line)
    } else if (text.charCodeAt(start) === 124 /* `|` */) {
      run = [line]
      runs.push(run)
    } else {
      run = undefined
    }

    lineStart = next
  }

  return runs
}

/**
 * Skip spaces and tabs.
 *
 * @param text
 *   Text.
 * @param index
 *   Where to start.
 * @param end
 *   Where to stop at the latest.
 */
function skipWhitespace(text: string, index: number, end: number): number {
  while (index < end) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 9) break
    index++
  }

  return index
}

/**
 * Whether a range of text has a `|` that no backslash escapes.
 *
 * @param text
 *   Text.
 * @param start
 *   Start of the range.
 * @param end
 *   End of the range.
 */
function hasUnescapedPipe(text: string, start: number, end: number): boolean {
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    if (code === 92 /* `\` */) {
      index += 2
      continue
    }

    if (code === 124) return true
    index++
  }

  return false
}
