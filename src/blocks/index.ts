/**
 * Stage 2, **blocks**: one view of a page → mdast, a section tree with DocFX
 * tabs, and tolerant tables, positioned in the raw file.
 */

export {blocksFromView, type BlocksOptions} from './blocks-from-view.js'
export {createBlockCache, type BlockCache} from './block-cache.js'
export {rowSourceOf, type RowSource} from './sourced-row.js'
export type {
  Blocks,
  Cell,
  Directive,
  DirectiveKind,
  Row,
  Section,
  SectionKind,
  Table
} from './types.js'
