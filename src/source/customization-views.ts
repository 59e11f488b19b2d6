/**
 * Materialize the two views of a customized page as text, each with a map
 * back to the raw file.
 *
 * - **published**: what readers of the China page saw: deleted text
 *   removed, kept text included;
 * - **upstream**: the global page reconstructed: deleted text restored,
 *   kept text removed.
 *
 * Markers are in neither view. A line that had markers and has nothing but
 * whitespace left in a view vanishes whole from that view, so a table is not
 * cut by a marker line.
 *
 * An ordinary comment that holds markers keeps its `<!--` and `-->` in both
 * views, so what it holds (deleted text restored in upstream, kept text in
 * published) stays inside a comment.
 */

import type {ViewName} from '../model.js'
import type {CustomizationLayer, Range} from './customization-markers.js'
import {identitySourceMap, sourceMapFromOffsets} from './source-map.js'
import type {View} from './view.js'

/**
 * Build one view of a raw text from its customization layer.
 *
 * @param raw
 *   The raw file's text.
 * @param layer
 *   Its customization comments.
 * @param name
 *   Which view to build.
 */
export function viewFromLayer(
  raw: string,
  layer: CustomizationLayer,
  name: ViewName
): View {
  if (
    layer.regions.length === 0 &&
    layer.strays.length === 0 &&
    layer.hidden.length === 0
  ) {
    return {name, text: raw, map: identitySourceMap(raw.length)}
  }

  const removed: Range[] = [...layer.strays, ...layer.hidden]
  for (const region of layer.regions) {
    removed.push(region.open)
    if (region.close) removed.push(region.close)
    if ((region.kind === 'deleted') === (name === 'published')) {
      removed.push(region.content)
    }
  }

  const kept = complement(merge(removed), raw.length)
  const offsets = new Int32Array(
    kept.reduce((sum, range) => sum + range.end - range.start, 0)
  )
  /** View offsets where removed text was: only lines with one may vanish. */
  const elisions: number[] = []
  let text = ''
  let viewOffset = 0
  let rawOffset = 0

  for (const range of kept) {
    if (range.start > rawOffset) elisions.push(viewOffset)
    text += raw.slice(range.start, range.end)
    for (let index = range.start; index < range.end; index++) {
      offsets[viewOffset++] = index
    }

    rawOffset = range.end
  }

  if (rawOffset < raw.length) elisions.push(viewOffset)

  return dropEmptiedLines(name, text, offsets, elisions, raw.length)
}

/**
 * Remove the lines that hold an elision and only whitespace otherwise.
 */
function dropEmptiedLines(
  name: ViewName,
  text: string,
  offsets: Int32Array,
  elisions: number[],
  rawLength: number
): View {
  const drops: Range[] = []
  let checkedUpTo = -1

  for (const elision of elisions) {
    // Elisions come in order: one check a line.
    if (elision <= checkedUpTo) continue
    const start = lineStart(text, elision)
    const end = lineEnd(text, elision)
    checkedUpTo = end
    if (isBlank(text, start, end)) {
      drops.push({start, end: end + lineEndingSize(text, end)})
    }
  }

  if (drops.length === 0) {
    return {name, text, map: sourceMapFromOffsets(offsets, rawLength)}
  }

  const keptRanges = complement(drops, text.length)
  const keptOffsets = new Int32Array(
    keptRanges.reduce((sum, range) => sum + range.end - range.start, 0)
  )
  let result = ''
  let index = 0
  for (const range of keptRanges) {
    result += text.slice(range.start, range.end)
    keptOffsets.set(offsets.subarray(range.start, range.end), index)
    index += range.end - range.start
  }

  return {name, text: result, map: sourceMapFromOffsets(keptOffsets, rawLength)}
}

/** Sort and merge overlapping or touching ranges. */
function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
  const result: Range[] = []
  for (const range of sorted) {
    const last = result[result.length - 1]
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end)
    } else {
      result.push({start: range.start, end: range.end})
    }
  }

  return result
}

/** The ranges of `[0, length)` not in sorted, disjoint `ranges`. */
function complement(ranges: Range[], length: number): Range[] {
  const result: Range[] = []
  let offset = 0
  for (const range of ranges) {
    if (range.start > offset) result.push({start: offset, end: range.start})
    offset = Math.max(offset, range.end)
  }

  if (offset < length) result.push({start: offset, end: length})
  return result
}

/** Start of the line that holds `offset` (after `\n`, `\r\n`, or a lone `\r`). */
function lineStart(text: string, offset: number): number {
  let index = offset
  while (index > 0) {
    const code = text.charCodeAt(index - 1)
    if (code === 10 || code === 13) break
    index--
  }

  return index
}

/** Offset of the line ending of the line that holds `offset`, or the end of the text. */
function lineEnd(text: string, offset: number): number {
  let index = offset
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) break
    index++
  }

  return index
}

function lineEndingSize(text: string, offset: number): number {
  if (text.charCodeAt(offset) === 13) {
    return text.charCodeAt(offset + 1) === 10 ? 2 : 1
  }

  return offset < text.length ? 1 : 0
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 9) return false
  }

  return true
}
