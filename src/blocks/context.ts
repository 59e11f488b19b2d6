import type {Point} from 'unist'
import type {VFileMessage} from 'vfile-message'
import type {RawPoint} from '../diagnostics.js'
import type {Omissions} from './omissions.js'

/** What the steps of stage 2 share while reading one view. */
export interface BlockContext {
  /** The view's text. */
  text: string
  /** Turn a view offset into a point of the raw file. */
  toRawPoint: (viewOffset: number) => RawPoint
  /** Turn a view offset into a point of the view (for mdast positions). */
  toViewPoint: (viewOffset: number) => Point
  /** Ranges of the view left out of the reading (side-by-side translations). */
  omissions: Omissions
  /** Diagnostics found so far, in document order. */
  messages: VFileMessage[]
  /**
   * Whether the raw points of a line move with it and its reading is its
   * own: the view is the raw text (a page without customization), so a
   * line's points are its line, its columns and its offsets moved by as
   * much as its start; and no side-by-side content, whose reading leaves
   * ranges out of the view (`omissions`).
   */
  rowsMove: boolean
}
