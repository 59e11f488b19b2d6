/**
 * The pipeline, composed: raw text → source → metadata (→ later stages).
 */

import type {VFileMessage} from 'vfile-message'
import type {ViewName} from './model.js'
import {
  metadataFromView,
  sourceFromText,
  viewOf,
  type Metadata,
  type Source,
  type View
} from './source/index.js'

/** Options for reading a document. */
export interface ReadOptions {
  /** Which view to read (default: `'published'`). */
  view?: ViewName | null | undefined
}

/** A page read through every stage so far. */
export interface ReadDocument {
  source: Source
  view: View
  metadata: Metadata
  /** Every diagnostic, in raw-file order. */
  messages: VFileMessage[]
}

/**
 * Read a page through the pipeline.
 *
 * @param text
 *   Raw text of the page.
 * @param options
 *   Configuration (optional).
 */
export function readDocument(
  text: string,
  options?: ReadOptions | null | undefined
): ReadDocument {
  const settings = options || {}
  const source = sourceFromText(text)
  const view = viewOf(source, settings.view || 'published')
  const metadata = metadataFromView(view, source.place)
  const messages = [...source.messages, ...metadata.messages].sort(
    (a, b) =>
      (a.place && 'offset' in a.place ? (a.place.offset ?? 0) : 0) -
      (b.place && 'offset' in b.place ? (b.place.offset ?? 0) : 0)
  )
  return {source, view, metadata, messages}
}
