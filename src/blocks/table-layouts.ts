/**
 * Tables laid out before, by their text: from one version of a page to the
 * next most tables are the same text, moved up or down by what changed
 * above them. Their layout is relative to their piece, so it is placed
 * where the table now is, not laid out again.
 */

import type {BlockCache} from './block-cache.js'
import type {TableLayout} from './plan-table.js'

/**
 * What a layout is of: a table's text, and the page's definitions when the
 * text may refer to one (it has a `[`; else `''`).
 */
export interface TableKey {
  source: string
  definitions: string
}

/** Layouts by key; `null`: the text is not a table the layout covers. */
export interface TableLayouts {
  get: (key: TableKey) => TableLayout | null | undefined
  /** Remember a layout whose requests are answered, or that a text is no table. */
  set: (key: TableKey, layout: TableLayout | null) => void
}

/**
 * What a layout counts for besides its text: its rows and requests weigh
 * more than the characters of the text, as do a block cache entry's nodes.
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
 * of texts, plus `layoutCost` a layout).
 *
 * Note: by definitions, then by text, rather than by one key made of both:
 * a key would copy every table's text each version, to be hashed.
 */
function createTableLayouts(limit: number): TableLayouts {
  const byDefinitions = new Map<string, Map<string, TableLayout | null>>()
  let size = 0

  return {
    get: (key) => byDefinitions.get(key.definitions)?.get(key.source),
    set(key, layout) {
      const cost = key.source.length + key.definitions.length + layoutCost
      if (cost > limit) return
      let layouts = byDefinitions.get(key.definitions)
      if (layouts?.has(key.source)) return
      if (size + cost > limit) {
        byDefinitions.clear()
        size = 0
        layouts = undefined
      }

      if (!layouts) {
        layouts = new Map()
        byDefinitions.set(key.definitions, layouts)
      }

      layouts.set(key.source, layout)
      size += cost
    }
  }
}
