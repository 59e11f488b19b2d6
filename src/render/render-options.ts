/**
 * The one check of the options of `renderChangelog` and `renderDiff`.
 */

import {assertOneOf, assertOptions} from '../assert-option.js'
import type {RenderOptions} from './changelog.js'

/** The formats a changelog is rendered in. */
export const changelogFormats = ['markdown', 'json'] as const

/**
 * Check and normalize render options.
 *
 * @param options
 *   Options as given.
 * @returns
 *   The format to render (`'markdown'` unless `'json'` is asked for).
 * @throws {TypeError}
 *   When `options` is not an object or `format` is not `'markdown'` or
 *   `'json'` (`null` and `undefined` are the default).
 */
export function renderFormat(
  options: RenderOptions | null | undefined
): (typeof changelogFormats)[number] {
  assertOptions(options)
  const format: unknown = options?.format
  assertOneOf('format', format, changelogFormats)
  return format ?? 'markdown'
}
