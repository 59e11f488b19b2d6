/**
 * Stage 1, **source**: raw text → metadata and the customization layer,
 * materialized as two views with maps back to the raw file.
 */

import type {VFileMessage} from 'vfile-message'
import type {ViewName} from '../model.js'
import {
  customizationLayer,
  type CustomizationRegion
} from './customization-markers.js'
import {viewFromLayer} from './customization-views.js'
import {createPlacer, type Placer} from './place.js'
import type {View} from './view.js'

export type {CustomizationRegion, Range} from './customization-markers.js'
export {metadataFromView, isoDate, type Metadata} from './metadata.js'
export {createPlacer, type Placer} from './place.js'
export {
  identitySourceMap,
  sourceMapFromOffsets,
  toRawOffset,
  toRawStartOffset,
  type SourceMap,
  type SourceMapSegment
} from './source-map.js'
export {viewNames, type View} from './view.js'

/** A raw page with its customization layer read. */
export interface Source {
  /** The raw text. */
  raw: string
  /** Turns raw offsets into points of the raw file. */
  place: Placer
  /** Whether the page has customization comments. */
  customized: boolean
  /** The matched customization comments, in order. */
  regions: CustomizationRegion[]
  /** What readers of the page saw. */
  published: View
  /** The global page the customization started from. */
  upstream: View
  /** Diagnostics of the customization layer, at raw positions. */
  messages: VFileMessage[]
}

/**
 * Read the customization layer of a raw page and build both views.
 *
 * @param raw
 *   The raw file's text.
 */
export function sourceFromText(raw: string): Source {
  const place = createPlacer(raw)
  const layer = customizationLayer(raw, place)
  return {
    raw,
    place,
    customized: layer.regions.length > 0,
    regions: layer.regions,
    published: viewFromLayer(raw, layer, 'published'),
    upstream: viewFromLayer(raw, layer, 'upstream'),
    messages: layer.messages
  }
}

/**
 * Pick one view of a source.
 *
 * @param source
 *   The read source.
 * @param name
 *   Which view.
 */
export function viewOf(source: Source, name: ViewName): View {
  return name === 'published' ? source.published : source.upstream
}
