import {unescapedPipes} from './pipe-row-layout.js'

/**
 * Count the cells of a pipe-table row the way GFM splits it: on unescaped
 * pipes (`\|` is part of a cell, also inside code), with optional leading
 * and trailing pipes.
 *
 * @param line
 *   One row, without its line ending.
 * @returns
 *   Number of cells (`0` for a line that is only `|`).
 */
export function countPipeCells(line: string): number {
  const pipes = unescapedPipes(line)
  const first = pipes[0]
  const last = pipes[pipes.length - 1]
  if (first === undefined || last === undefined) return 1
  let cells = pipes.length + 1
  if (line.slice(0, first).trim() === '') cells--
  if (line.slice(last + 1).trim() === '') cells--
  return Math.max(cells, 0)
}
