import {location} from 'vfile-location'
import type {Point} from 'unist'
import type {Root} from 'mdast'
import {createMessage, type RawPoint} from '../diagnostics.js'
import {
  createPlacer,
  toRawStartOffset,
  type Placer,
  type SourceMap,
  type View
} from '../source/index.js'
import type {BlockContext} from './context.js'
import {directiveOf} from './directive-of.js'
import {endPoint} from '../util/end-point.js'
import {sharedBlockCache, type BlockCache} from './block-cache.js'
import {parseMarkdownCached} from './parse-cached.js'
import {createOmissions} from './omissions.js'
import {parseMarkdown} from './parse-markdown.js'
import {sectionTree} from './section-tree.js'
import {englishOfTree, mayHoldSideBySide} from './side-by-side.js'
import {createTableCollector} from './table-collector.js'
import type {Blocks, Directive} from './types.js'

/** Configuration. */
export interface BlocksOptions {
  /** Placer of the raw file, when the caller has one already (default: made from `raw`). */
  place?: Placer | null | undefined
  /**
   * Cache of parsed blocks to reuse across views and versions (default: the
   * shared one); `false` parses the whole text afresh.
   */
  cache?: BlockCache | false | null | undefined
}

/**
 * Read one view of a page into blocks: its mdast, its section tree (DocFX
 * tabs included), its tables (tolerantly: refused pipe tables recovered), and
 * its DocFX/ACOM directives. Every reported position is in the raw file.
 *
 * Bilingual side-by-side content (`<span data-ttu-id>` translation,
 * `<span class="sxs-lookup">` English original) is read as the English.
 *
 * The view is parsed once and its top-level blocks walked once; only
 * paragraphs that contain `|` are looked at again.
 *
 * @param view
 *   The view to read.
 * @param raw
 *   The raw file the view was made from.
 * @param options
 *   Configuration (optional).
 */
export function blocksFromView(
  view: View,
  raw: string,
  options?: BlocksOptions | null | undefined
): Blocks {
  const settings = options || {}
  const place = settings.place || createPlacer(raw)
  const toRawPoint = (viewOffset: number) =>
    place(toRawStartOffset(view.map, viewOffset))
  // A scan of the whole text: done once.
  const sideBySide = mayHoldSideBySide(view.text)
  const context = createBlockContext(
    view.text,
    toRawPoint,
    view.text === raw && isIdentity(view.map) && !sideBySide
  )
  const parsed =
    settings.cache === false
      ? parseMarkdown(view.text)
      : parseMarkdownCached(view.text, settings.cache || sharedBlockCache)
  const tree = sideBySide ? englishTree(parsed, context) : parsed
  const collector = createTableCollector(context)
  const directives: Directive[] = []

  const {root, sections} = sectionTree(tree, context, (node, section) => {
    const directive = directiveOf(node, view.text)

    if (directive) {
      directives.push({
        ...directive,
        node,
        section,
        position: toRawPoint(node.position?.start.offset ?? 0)
      })
    }

    collector.add(node, section)
  })

  return {
    tree,
    root,
    sections,
    tables: collector.tables,
    directives,
    messages: context.messages,
    toRawPoint
  }
}

/**
 * The state the steps share while reading a view.
 *
 * @param text
 *   The view's text.
 * @param toRawPoint
 *   Turn a view offset into a point of the raw file.
 */
function createBlockContext(
  text: string,
  toRawPoint: (viewOffset: number) => RawPoint,
  rowsMove: boolean
): BlockContext {
  let viewIndex: ReturnType<typeof location> | undefined

  return {
    text,
    toRawPoint,
    toViewPoint(viewOffset): Point {
      // Only recovered tables need view points: index the view lazily.
      if (!viewIndex) viewIndex = location(text)
      const point = viewIndex.toPoint(viewOffset)
      return point
        ? {line: point.line, column: point.column, offset: viewOffset}
        : endPoint(text, viewOffset)
    },
    omissions: createOmissions(text),
    messages: [],
    rowsMove
  }
}

/** Whether a view's map takes every offset to itself. */
function isIdentity(map: SourceMap): boolean {
  const [segment, ...rest] = map.segments
  return (
    rest.length === 0 &&
    map.viewLength === map.rawLength &&
    (segment === undefined
      ? map.viewLength === 0
      : segment.viewStart === 0 &&
        segment.rawStart === 0 &&
        segment.length === map.viewLength)
  )
}

/**
 * The tree of a page that may hold side-by-side content read as its English
 * original, in headings, paragraphs and cells alike; a copy, as the parse
 * is cached. Malformed pairs are reported (`unpaired-side-by-side-span`) and
 * the translations left out of the reading.
 */
function englishTree(parsed: Root, context: BlockContext): Root {
  return englishOfTree(parsed, {
    report(reason, node) {
      context.messages.push(
        createMessage(
          'unpaired-side-by-side-span',
          reason,
          context.toRawPoint(node.position?.start.offset ?? 0)
        )
      )
    },
    omit: context.omissions.add
  })
}
