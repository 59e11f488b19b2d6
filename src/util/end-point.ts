import type {Point} from 'unist'

/**
 * Point at an offset of a text, found by counting lines: for the end of a
 * text (which `vfile-location` has no answer for when it ends in a line
 * ending).
 *
 * @param text
 *   Text.
 * @param offset
 *   Offset.
 */
export function endPoint(text: string, offset: number): Point {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lines = before.split(/\r\n|\r|\n/)
  return {
    line: lines.length,
    column: (lines[lines.length - 1] ?? '').length + 1,
    offset
  }
}
