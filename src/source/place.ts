/**
 * Turn raw offsets into the line/column points that diagnostics and records
 * report.
 */

import {location} from 'vfile-location'
import type {RawPoint} from '../diagnostics.js'
import {endPoint} from '../util/end-point.js'

/** Turns a raw offset into a point of the raw file. */
export type Placer = (rawOffset: number) => RawPoint

/**
 * Index a raw text for line/column lookups.
 *
 * @param raw
 *   The raw file's text.
 */
export function createPlacer(raw: string): Placer {
  const index = location(raw)
  return function (rawOffset) {
    const offset = Math.max(0, Math.min(rawOffset, raw.length))
    const point = index.toPoint(offset)
    // `toPoint` has no answer for the very end of a text that ends in a line
    // ending: that is the start of the next, empty, line.
    if (point) return {line: point.line, column: point.column, offset}
    const {line, column} = endPoint(raw, offset)
    return {line, column, offset}
  }
}
