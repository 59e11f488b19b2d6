/**
 * Tables laid out before, by their text: from one version of a page to the
 * next most tables are the same text, moved up or down by what changed
 * above them. Their layout is relative to their piece, so it is placed
 * where the table now is, not laid out again.
 */

import type {BlockCache} from './block-cache.js'
import type {TableLayout} from './plan-table.js'

/** Layouts by key (`keyOf('table', …)`); `null`: the text is not a table the layout covers. */
export interface TableLayouts {
  get: (key: string) => TableLayout | null | undefined
  /** Remember a layout whose requests are answered, or that a text is no table. */
  set: (key: string, layout: TableLayout | null) => void
}

/**
 * What a layout counts for besides its key: its rows and requests weigh
 * more than the characters of the key, as do a block cache entry's nodes.
 */
const layoutCost = 64

/**
 * The layouts of each block cache: they hold the parsed cells and heads that
 * cache answered, so they go with it, within its limit.
 */
const layoutsOfCache = new WeakMap<BlockCache, TableLayouts>()

/** The table layouts kept with a block cache. */
export function tableLayoutsOf(cache: BlockCache): TableLayouts {
  let layouts = layoutsOfCache.get(cache)
  if (!layouts) {
    layouts = createTableLayouts(cache.limit)
    layoutsOfCache.set(cache, layouts)
  }

  return layouts
}

/**
 * Create a store of layouts that empties itself past `limit` (characters
 * of keys, plus `layoutCost` a layout).
 */
function createTableLayouts(limit: number): TableLayouts {
  const layouts = new Map<string, TableLayout | null>()
  let size = 0

  return {
    get: (key) => layouts.get(key),
    set(key, layout) {
      const cost = key.length + layoutCost
      if (cost > limit || layouts.has(key)) return
      if (size + cost > limit) {
        layouts.clear()
        size = 0
      }

      layouts.set(key, layout)
      size += cost
    }
  }
}
