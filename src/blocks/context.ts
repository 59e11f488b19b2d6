import type {Point} from 'unist'
import type {VFileMessage} from 'vfile-message'
import type {RawPoint} from '../diagnostics.js'

/** What the steps of stage 2 share while reading one view. */
export interface BlockContext {
  /** The view's text. */
  text: string
  /** Turn a view offset into a point of the raw file. */
  toRawPoint: (viewOffset: number) => RawPoint
  /** Turn a view offset into a point of the view (for mdast positions). */
  toViewPoint: (viewOffset: number) => Point
  /** Diagnostics found so far, in document order. */
  messages: VFileMessage[]
}
