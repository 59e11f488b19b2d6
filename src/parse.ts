/**
 * Public `parse`: a page → its model (SPEC §3).
 */

import {readDocument, type ReadOptions} from './document.js'
import type {LocationsDocument} from './model.js'

export type {ReadOptions as ParseOptions} from './document.js'

/**
 * Read one view of a page into the model.
 *
 * Never throws on malformed input: what cannot be read becomes a diagnostic
 * in `diagnostics`.
 *
 * @param text
 *   Raw text of the page.
 * @param options
 *   `view` (default `'published'`) and `path` (recorded in `source.path`).
 */
export function parse(
  text: string,
  options?: ReadOptions | null | undefined
): LocationsDocument {
  return readDocument(text, options).model
}
