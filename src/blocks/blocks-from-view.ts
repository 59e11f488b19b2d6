import {location} from 'vfile-location'
import type {Point} from 'unist'
import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../diagnostics.js'
import {
  createPlacer,
  toRawStartOffset,
  type Placer,
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
  const messages: VFileMessage[] = []
  let viewIndex: ReturnType<typeof location> | undefined

  const toRawPoint = (viewOffset: number) =>
    place(toRawStartOffset(view.map, viewOffset))

  const context: BlockContext = {
    text: view.text,
    toRawPoint,
    toViewPoint(viewOffset): Point {
      // Only recovered tables need view points: index the view lazily.
      if (!viewIndex) viewIndex = location(view.text)
      const point = viewIndex.toPoint(viewOffset)
      return point
        ? {line: point.line, column: point.column, offset: viewOffset}
        : endPoint(view.text, viewOffset)
    },
    omissions: createOmissions(view.text),
    messages
  }

  const parsed =
    settings.cache === false
      ? parseMarkdown(view.text)
      : parseMarkdownCached(view.text, settings.cache || sharedBlockCache)
  // Bilingual side-by-side pages are read as their English original, in
  // headings, paragraphs and cells alike; a copy, as the parse is cached.
  const tree = mayHoldSideBySide(view.text)
    ? englishOfTree(parsed, {
        report(reason, node) {
          messages.push(
            createMessage(
              'unpaired-side-by-side-span',
              reason,
              toRawPoint(node.position?.start.offset ?? 0)
            )
          )
        },
        omit: context.omissions.add
      })
    : parsed
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
    messages,
    toRawPoint
  }
}
