/**
 * Source maps from a view (a text derived from the raw file by removing
 * ranges) back to the raw file.
 *
 * A view is the raw text minus some ranges, so it is a sequence of raw
 * substrings in order: a map is the list of those pieces.
 */

/** One piece of a view: `length` characters of the view starting at `viewStart` are the raw characters starting at `rawStart`. */
export interface SourceMapSegment {
  viewStart: number
  rawStart: number
  length: number
}

/** Map from offsets in a view to offsets in the raw file. */
export interface SourceMap {
  /** Pieces in view order; also in raw order (views never reorder text). */
  segments: SourceMapSegment[]
  /** Length of the view text. */
  viewLength: number
  /** Length of the raw text. */
  rawLength: number
}

/**
 * Create the identity map of a text onto itself.
 *
 * @param length
 *   Length of the text.
 */
export function identitySourceMap(length: number): SourceMap {
  return {
    segments: length > 0 ? [{viewStart: 0, rawStart: 0, length}] : [],
    viewLength: length,
    rawLength: length
  }
}

/**
 * Build a map from raw offsets given per view character.
 *
 * @param rawOffsets
 *   Raw offset of each view character, strictly increasing.
 * @param rawLength
 *   Length of the raw text.
 */
export function sourceMapFromOffsets(
  rawOffsets: ArrayLike<number>,
  rawLength: number
): SourceMap {
  const segments: SourceMapSegment[] = []
  let index = 0

  while (index < rawOffsets.length) {
    const start = index
    const rawStart = rawOffsets[index] as number
    index++
    while (
      index < rawOffsets.length &&
      rawOffsets[index] === rawStart + (index - start)
    ) {
      index++
    }

    segments.push({viewStart: start, rawStart, length: index - start})
  }

  return {segments, viewLength: rawOffsets.length, rawLength}
}

/**
 * Turn an offset in the view into an offset in the raw file.
 *
 * An offset at the end of a piece (between two pieces, or the end of the
 * view) maps just after the last character of that piece, so the end of a
 * range never swallows removed text that follows it.
 *
 * @param map
 *   Map of the view.
 * @param viewOffset
 *   Offset in the view (`0` to `map.viewLength`).
 */
export function toRawOffset(map: SourceMap, viewOffset: number): number {
  const {segments} = map
  if (segments.length === 0) return viewOffset <= 0 ? 0 : map.rawLength
  if (viewOffset <= 0) return (segments[0] as SourceMapSegment).rawStart

  // Binary search for the last segment starting before `viewOffset`.
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((segments[middle] as SourceMapSegment).viewStart < viewOffset) {
      low = middle
    } else {
      high = middle - 1
    }
  }

  const segment = segments[low] as SourceMapSegment
  const delta = Math.min(viewOffset - segment.viewStart, segment.length)
  return segment.rawStart + delta
}

/**
 * Turn a start offset in the view into an offset in the raw file.
 *
 * Unlike `toRawOffset`, an offset at a piece boundary maps to the start of
 * the next piece: where the character at that offset really is.
 *
 * @param map
 *   Map of the view.
 * @param viewOffset
 *   Offset in the view (`0` to `map.viewLength`).
 */
export function toRawStartOffset(map: SourceMap, viewOffset: number): number {
  if (viewOffset >= map.viewLength) return toRawOffset(map, viewOffset)
  return toRawOffset(map, viewOffset + 1) - 1
}
