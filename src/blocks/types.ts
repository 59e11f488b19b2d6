/**
 * Types of stage 2, **blocks**: one view of a page as mdast, cut into a
 * section tree, with its tables read tolerantly.
 *
 * Positions named `position` are points of the raw file; the mdast nodes
 * themselves (`node`, `nodes`, `Cell.children`) keep their positions in the
 * view, which `Blocks.toRawPoint` turns into raw points.
 */

import type {
  Heading,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table as MdastTable
} from 'mdast'
import type {VFileMessage} from 'vfile-message'
import type {RawPoint} from '../diagnostics.js'

/** What made a section: the document itself, a heading, or a DocFX tab heading. */
export type SectionKind = 'root' | 'heading' | 'tab'

/** A part of the page: a heading (or tab) and the blocks up to the next one. */
export interface Section {
  /** What made the section. */
  kind: SectionKind
  /** Heading depth (`1`–`6`); `0` for the root. */
  depth: number
  /** Plain text of the heading without HTML anchors; a tab's link text; `''` for the root. */
  title: string
  /** `name`/`id` of an `<a>` anchor in the heading, a tab's `tab/…` id, or `null`. */
  anchor: string | null
  /** Titles from the top section down to this one (the root's is `[]`). */
  path: string[]
  /** Where the heading starts in the raw file (the root: the start of the file). */
  position: RawPoint
  /** The heading node; `null` for the root. */
  node: Heading | null
  /** Its own block nodes, in order (not the heading, not those of child sections). */
  nodes: RootContent[]
  /** Sections below it, in order. */
  children: Section[]
}

/** One cell of a table. */
export interface Cell {
  /** Inline content, positioned in the view. */
  children: PhrasingContent[]
  /**
   * Source text of the cell in the view, trimmed (`''` for empty and padded
   * cells): the text of its children, so only the English of a side-by-side
   * cell.
   */
  text: string
  /** Where the cell's content starts in the raw file (padded cells: the end of their row). */
  position: RawPoint
  /** Whether the row lacked this cell and it was added empty. */
  padded: boolean
}

/** One row of a table. */
export interface Row {
  /** Cells: as many as the header, plus excess cells that have content. */
  cells: Cell[]
  /** Where the row starts in the raw file. */
  position: RawPoint
}

/** A pipe table, as GFM read it or recovered from a paragraph GFM refused. */
export interface Table {
  /** Section the table is in. */
  section: Section
  /** Header cells; their count is the table's column count (at least 1). */
  header: Cell[]
  /** Body rows, in order. */
  rows: Row[]
  /** Whether any part was read from paragraphs GFM did not take as a table. */
  recovered: boolean
  /** Where the header row starts in the raw file. */
  position: RawPoint
  /** The mdast nodes the table was read from (a table, paragraphs, or both when rows continue after comments). */
  nodes: Array<MdastTable | Paragraph>
}

/** Kind of a DocFX or ACOM directive that carries no facts. */
export type DirectiveKind = 'alert' | 'div' | 'include' | 'selector'

/** A DocFX or ACOM directive (`> [!NOTE]`, `> [!div …]`, `[!INCLUDE …]`, `> [AZURE.SELECTOR]`). */
export interface Directive {
  /** What it is. */
  kind: DirectiveKind
  /** Its name as written: `NOTE`, `div`, `INCLUDE`, `AZURE.SELECTOR`, `AZURE.NOTE`. */
  name: string
  /** The block it is. */
  node: RootContent
  /** Section it is in. */
  section: Section
  /** Where it starts in the raw file. */
  position: RawPoint
}

/** Everything stage 2 reads from one view. */
export interface Blocks {
  /**
   * The mdast of the view, as remark parsed it (positions in the view), with
   * bilingual side-by-side spans replaced by their English original.
   */
  tree: Root
  /** The section tree. */
  root: Section
  /** Every section in document order, the root first. */
  sections: Section[]
  /** Every table, in document order. */
  tables: Table[]
  /** Every DocFX/ACOM directive, in document order. */
  directives: Directive[]
  /** Diagnostics, positioned in the raw file. */
  messages: VFileMessage[]
  /** Turn an offset in the view (e.g. of an mdast node) into a point of the raw file. */
  toRawPoint: (viewOffset: number) => RawPoint
}
