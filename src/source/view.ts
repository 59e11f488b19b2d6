import type {ViewName} from '../model.js'
import type {SourceMap} from './source-map.js'

/** The names of the views, in the order the docs give them. */
export const viewNames: readonly ViewName[] = ['published', 'upstream']

/** One materialized text of a page (published or upstream), with its map to the raw file. */
export interface View {
  /** Which view this is. */
  name: ViewName
  /** The text of the view. */
  text: string
  /** Map from offsets in `text` to offsets in the raw file. */
  map: SourceMap
}
