/**
 * Public `parse`: a page → its model (`LocationsDocument`, `src/model.ts`).
 */

import {
  assertOneOf,
  assertOptionalString,
  assertOptions,
  assertString,
  failOption
} from './assert-option.js'
import type {BlockCache} from './blocks/index.js'
import {readDocument, type ReadOptions} from './document.js'
import type {LocationsDocument} from './model.js'
import {viewNames} from './source/index.js'

export type {ReadOptions as ParseOptions} from './document.js'

/**
 * Read one view of a page into the model.
 *
 * Never throws on malformed input: what cannot be read becomes a diagnostic
 * in `diagnostics`. Only arguments of the wrong kind throw.
 *
 * @param text
 *   Raw text of the page.
 * @param options
 *   `view` (default `'published'`), `path` (recorded in `source.path`) and
 *   `cache` (default `true`; `false`, or a cache from `createBlockCache`).
 * @throws {TypeError}
 *   When `text` is not a string, `options` is not an object, `view` is
 *   neither `'published'` nor `'upstream'`, `path` is not a string, or
 *   `cache` is neither a boolean nor a block cache (`null` and `undefined`
 *   options are the defaults).
 */
export function parse(
  text: string,
  options?: ReadOptions | null | undefined
): LocationsDocument {
  assertString('text', text)
  assertOptions(options)
  if (options) {
    assertOneOf('view', options.view, viewNames)
    assertOptionalString('path', options.path)
    assertCacheOption(options.cache)
  }

  return readDocument(text, options).model
}

/**
 * Check the `cache` option: a boolean, a block cache, `null` or `undefined`.
 *
 * A block cache is recognized by its shape, as the type is an interface a
 * caller may hold on to (`createBlockCache` makes them).
 */
function assertCacheOption(
  value: unknown
): asserts value is BlockCache | boolean | null | undefined {
  if (value === null || value === undefined || typeof value === 'boolean')
    return
  if (isBlockCache(value)) return
  failOption(
    'cache',
    value,
    '`true`, `false` or a cache from `createBlockCache`'
  )
}

function isBlockCache(value: unknown): value is BlockCache {
  if (typeof value !== 'object' || value === null) return false
  const cache = value as Partial<Record<keyof BlockCache, unknown>>
  return (
    cache.entries instanceof Map &&
    typeof cache.size === 'number' &&
    typeof cache.limit === 'number'
  )
}
