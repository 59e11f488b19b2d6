import type {RootContent} from 'mdast'
import {assertOptionalPositiveInteger} from '../assert-option.js'

/** Parsed blocks and cells by text. */
export interface BlockCache {
  /**
   * Key (piece or cell text, with the page's link definitions where they
   * matter) → nodes, positioned from 0: the top-level nodes of a block, or
   * a cell as one `tableCell` node (without a position) holding its inline
   * content.
   */
  entries: Map<string, RootContent[]>
  /**
   * Characters of keys held, plus `entryCost` an entry; the cache empties
   * past `limit`.
   */
  size: number
  /** Most `size` to hold. */
  limit: number
}

/**
 * What an entry counts for besides its key: the nodes of a short cell
 * (`*a*`) weigh far more than its few characters.
 */
const entryCost = 64

/**
 * Create a block cache.
 *
 * @param limit
 *   Most characters of keys to hold, an entry counting 64 more (default: 4
 *   million: more than ten times the distinct text of the 38 dated corpus
 *   versions; on real pages the nodes take about 26 bytes of heap a
 *   character, so about 100 MB when full).
 * @throws {TypeError}
 *   When `limit` is not a positive integer (`null` and `undefined` are the
 *   default).
 */
export function createBlockCache(
  limit?: number | null | undefined
): BlockCache {
  assertOptionalPositiveInteger('limit', limit)
  return {entries: new Map(), size: 0, limit: limit ?? 4_000_000}
}

/** The cache `parse` uses unless told otherwise: shared by views and versions. */
export const sharedBlockCache = createBlockCache()

/**
 * Put an entry in the cache, emptying it first when it would grow past its
 * limit (one larger than the limit is not kept).
 */
export function storeEntry(
  cache: BlockCache,
  key: string,
  nodes: RootContent[]
) {
  const cost = key.length + entryCost
  if (cost > cache.limit) return
  if (cache.size + cost > cache.limit) {
    cache.entries.clear()
    cache.size = 0
  }

  cache.entries.set(key, nodes)
  cache.size += cost
}
