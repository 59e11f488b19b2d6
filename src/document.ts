/**
 * The pipeline, composed: raw text → source → blocks → extract → normalize.
 */

import {createHash} from 'node:crypto'
import type {VFileMessage} from 'vfile-message'
import {blocksFromView, type Blocks} from './blocks/index.js'
import {extractFromBlocks} from './extract/index.js'
import type {LocationsDocument, ViewName} from './model.js'
import {modelFromExtraction} from './normalize/index.js'
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
  /** Path of the file, recorded in `source.path` (default: `null`). */
  path?: string | null | undefined
}

/** A page read through every stage. */
export interface ReadDocument {
  source: Source
  view: View
  metadata: Metadata
  blocks: Blocks
  model: LocationsDocument
  /** Every diagnostic of every stage, as vfile messages, in raw-file order. */
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
  const viewName = settings.view || 'published'
  const source = sourceFromText(text)
  const view = viewOf(source, viewName)
  const metadata = metadataFromView(view, source.place)
  const blocks = blocksFromView(view, text, {place: source.place})
  const extraction = extractFromBlocks(blocks)
  const earlier = [...source.messages, ...metadata.messages, ...blocks.messages]
  const model = modelFromExtraction(extraction, {
    source: {
      path: settings.path ?? null,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      metadataFormat: metadata.format,
      customized: source.customized
    },
    view: viewName,
    meta: metadata.meta,
    messages: earlier
  })
  const messages = [...earlier, ...extraction.messages].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  )
  return {source, view, metadata, blocks, model, messages}
}
