/** Where a cell of a pipe row is, as offsets into its line. */
export interface CellLayout {
  /**
   * The cell, as mdast positions it: from its leading pipe to the next pipe
   * (the last cell: to the row's end).
   */
  start: number
  end: number
  /** Its content, without the whitespace around it. */
  contentStart: number
  contentEnd: number
}

/** Where a pipe row and its cells are, as offsets into its line. */
export interface RowLayout {
  /** From the leading pipe to the end of the line (trailing whitespace included). */
  start: number
  end: number
  cells: CellLayout[]
}

/**
 * Offsets of the pipes that split cells in `line` between `from` and `to`: a
 * backslash escapes a pipe or another backslash (`\|` is part of a cell, also
 * inside code; `\\|` ends one).
 */
export function unescapedPipes(
  line: string,
  from = 0,
  to = line.length
): number[] {
  const pipes: number[] = []
  let index = from

  while (index < to) {
    const code = line.charCodeAt(index)
    if (code === 92 /* `\` */) {
      const next = line.charCodeAt(index + 1)
      index += next === 124 || next === 92 ? 2 : 1
      continue
    }

    if (code === 124 /* `|` */) pipes.push(index)
    index++
  }

  return pipes
}

/**
 * Lay out a table row that starts (after up to three spaces) with a pipe, as
 * GFM splits it and mdast positions it: a cell runs from the pipe before it
 * up to the next pipe, the last one up to the end of the line (taking a
 * trailing pipe and whitespace along); content is trimmed of spaces.
 *
 * @param line
 *   One row, without its line ending and without tabs.
 * @returns
 *   The layout, or `undefined` for a line this does not cover (no leading
 *   pipe, a lone pipe).
 */
export function layoutPipeRow(line: string): RowLayout | undefined {
  let start = 0
  while (start < 3 && line.charCodeAt(start) === 32) start++
  if (line.charCodeAt(start) !== 124 /* `|` */) return undefined
  let end = line.length
  while (end > start && line.charCodeAt(end - 1) === 32) end--

  const pipes = unescapedPipes(line, start, end)
  const trailingPipe = pipes[pipes.length - 1] === end - 1
  // Whitespace after the row is still part of it, and of its last cell.
  const rowEnd = line.length
  const count = trailingPipe ? pipes.length - 1 : pipes.length
  if (count < 1) return undefined

  const cells: CellLayout[] = []
  for (let index = 0; index < count; index++) {
    const from = pipes[index] as number
    const last = index === count - 1
    const to = last ? rowEnd : (pipes[index + 1] as number)
    let contentStart = from + 1
    let contentEnd = last ? (trailingPipe ? end - 1 : end) : to
    while (contentStart < contentEnd && line.charCodeAt(contentStart) === 32)
      contentStart++
    while (contentEnd > contentStart && line.charCodeAt(contentEnd - 1) === 32)
      contentEnd--
    cells.push({start: from, end: to, contentStart, contentEnd})
  }

  return {start, end: rowEnd, cells}
}
