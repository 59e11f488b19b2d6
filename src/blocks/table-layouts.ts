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

/** Most layouts kept of texts with one fingerprint. */
const mostAlike = 4

/** A layout remembered, with what it is of. */
interface Remembered extends TableKey {
  layout: TableLayout | null
}

/**
 * Create a store of layouts that empties itself past `limit` (characters
 * of texts, plus `layoutCost` a layout).
 *
 * Note: found by a short fingerprint of their text, then compared whole,
 * rather than by their text as a key: V8 hashes a slice of the document
 * character by character, about ten times slower than comparing it.
 */
function createTableLayouts(limit: number): TableLayouts {
  const byFingerprint = new Map<string, Remembered[]>()
  let size = 0

  return {
    get: (key) => find(byFingerprint.get(fingerprintOf(key)), key)?.layout,
    set(key, layout) {
      const cost = costOf(key)
      if (cost > limit) return
      const fingerprint = fingerprintOf(key)
      let alike = byFingerprint.get(fingerprint)
      if (find(alike, key)) return
      if (size + cost > limit) {
        byFingerprint.clear()
        size = 0
        alike = undefined
      }

      if (!alike) {
        alike = []
        byFingerprint.set(fingerprint, alike)
      }

      // Texts alike (a row of the same length changed) are few; the oldest
      // goes, so that finding one compares a few texts at most.
      if (alike.length >= mostAlike) {
        const oldest = alike.shift() as Remembered
        size -= costOf(oldest)
      }

      alike.push({source: key.source, definitions: key.definitions, layout})
      size += cost
    }
  }
}

/** What a layout of `key` counts for. */
function costOf(key: TableKey): number {
  return key.source.length + key.definitions.length + layoutCost
}

/** The one of `alike` that is of `key`. */
function find(
  alike: Remembered[] | undefined,
  key: TableKey
): Remembered | undefined {
  if (!alike) return undefined
  for (const remembered of alike) {
    if (
      remembered.source === key.source &&
      remembered.definitions === key.definitions
    )
      return remembered
  }

  return undefined
}

/**
 * A short fingerprint of a table's text: its length, start and end (tables
 * of a page share their header; their rows differ).
 */
function fingerprintOf(key: TableKey): string {
  const {source} = key
  return source.length + '\u0000' + source.slice(0, 32) + source.slice(-32)
}
