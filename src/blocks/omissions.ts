/**
 * Ranges of the view that reading left out (the translations of
 * side-by-side content), so that source texts can be taken without them.
 */

/** Left-out ranges of a text. */
export interface Omissions {
  /** Leave out `start`–`end` (view offsets). */
  add: (start: number, end: number) => void
  /** The text from `start` to `end` without the left-out ranges in it. */
  slice: (start: number, end: number) => string
}

/**
 * Create the omissions of a text.
 *
 * Ranges may come in any order and overlap (two readings of the same rows
 * leave out the same tags); they are sorted when first sliced after an add.
 *
 * @param text
 *   The view's text.
 */
export function createOmissions(text: string): Omissions {
  const starts: number[] = []
  const ends: number[] = []
  let ranges: Array<[number, number]> = []
  let sorted = true

  return {
    add(start, end) {
      if (end <= start) return
      ranges.push([start, end])
      sorted = false
    },
    slice(start, end) {
      if (ranges.length === 0) return text.slice(start, end)
      if (!sorted) sort()
      // First range that ends after `start` (ends grow with starts once
      // merged).
      let low = 0
      let high = starts.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((ends[middle] as number) <= start) low = middle + 1
        else high = middle
      }

      let result = ''
      let cursor = start
      for (
        let index = low;
        index < starts.length && (starts[index] as number) < end;
        index++
      ) {
        const from = starts[index] as number
        if (from > cursor) result += text.slice(cursor, from)
        cursor = Math.max(cursor, ends[index] as number)
      }

      return cursor < end ? result + text.slice(cursor, end) : result
    }
  }

  /** Sort and merge the ranges, so that starts and ends both grow. */
  function sort() {
    ranges.sort((a, b) => a[0] - b[0])
    starts.length = 0
    ends.length = 0
    for (const [from, to] of ranges) {
      const last = ends.length - 1
      if (last >= 0 && from <= (ends[last] as number)) {
        ends[last] = Math.max(ends[last] as number, to)
      } else {
        starts.push(from)
        ends.push(to)
      }
    }

    ranges = starts.map((from, index) => [from, ends[index] as number])
    sorted = true
  }
}
