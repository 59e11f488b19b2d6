/**
 * Read bilingual side-by-side ("sxs") content as its English original.
 *
 * Machine-translated docs pages were published with both texts in every
 * heading, paragraph and cell:
 *
 * ```markdown
 * <span data-ttu-id="b3f58-116">**Area geopolitica**</span><span class="sxs-lookup"><span data-stu-id="b3f58-116">**Geopolitical region**</span></span>
 * ```
 *
 * The translation is in the `data-ttu-id` span, the English original in the
 * `data-stu-id` span inside the `sxs-lookup` one. Names (providers,
 * locations, links) and the words tables are recognized by are those of the
 * English page, so the English nodes are kept and the rest is dropped. remark
 * makes each inline tag its own `html` node, so a pair is a run of siblings:
 *
 * ```text
 * html(<span data-ttu-id>) …translation… html(</span>)
 * html(<span class="sxs-lookup">) html(<span data-stu-id>) …English… html(</span>) html(</span>)
 * ```
 *
 * The nodes kept are the parser's own, so their positions stay those of the
 * view (and so of the raw file).
 *
 * How malformed input is read (never thrown on, nothing dropped that has no
 * English stand-in):
 *
 * * A translation followed by a lookup span is a pair whatever their ids:
 *   adjacency is what pairs them on the rendered page, and ids that differ
 *   are a slip of the tool that wrote them, not another text.
 * * A translation with no lookup after it keeps its text; a lookup (or a
 *   lone `data-stu-id` span) with no translation before it gives its English
 *   text; a pair whose English is blank keeps the translation.
 * * A lookup inside the translation span (its `</span>` missing or
 *   misplaced) still gives the English, and the translated text before it is
 *   dropped.
 * * An open tag without its `</span>` reaches to the end of its parent, as in
 *   HTML.
 *
 * Each of these is reported (`unpaired-side-by-side-span`). Only the tags of
 * the three kinds and the `</span>` that close them are removed; other
 * inline HTML (`<a name>` anchors, `<br/>`) stays.
 */

import type {Html, Nodes, PhrasingContent, Root} from 'mdast'
import {englishSiblings, type SiblingSettings} from './english-siblings.js'

/** What to tell the caller while reading. */
export interface SideBySideOptions {
  /** Called with a message and the tag it is about, for each malformed pair. */
  report?: ((reason: string, node: Html) => void) | null | undefined
  /** Called with the view range of each node left out. */
  omit?: ((start: number, end: number) => void) | null | undefined
}

/**
 * Whether a text may hold side-by-side spans: lets pages without any skip
 * the walk (the walk itself is correct on any page).
 *
 * @param text
 *   Markdown.
 */
export function mayHoldSideBySide(text: string): boolean {
  return /data-[st]tu-id|sxs-lookup/i.test(text)
}

/**
 * A tree with every side-by-side pair in its phrasing content replaced by
 * the English original. Copy on write: nodes without pairs are the same
 * objects, nothing given is changed (the tree may hold cached nodes).
 *
 * @param tree
 *   Tree of a view.
 * @param report
 *   Called for each malformed pair (optional).
 * @returns
 *   `tree` itself when it holds no pair.
 */
export function englishOfTree(
  tree: Root,
  options?: SideBySideOptions | null | undefined
): Root {
  return englishOfNode(tree, settingsOf(options))
}

/**
 * Inline content with every side-by-side pair replaced by the English
 * original, at every depth (pairs in `**…**` and links too). Copy on write.
 *
 * @param children
 *   Phrasing content of one parent.
 * @param report
 *   Called for each malformed pair (optional).
 * @returns
 *   `children` itself when it holds no pair.
 */
export function englishOfPhrasing(
  children: PhrasingContent[],
  options?: SideBySideOptions | null | undefined
): PhrasingContent[] {
  return phrasing(children, settingsOf(options))
}

/** Options with their defaults (do nothing). */
function settingsOf(
  options: SideBySideOptions | null | undefined
): SiblingSettings {
  const settings = options || {}
  return {report: settings.report || noop, omit: settings.omit || noop}
}

function noop() {}

/** `englishOfPhrasing` with settings. */
function phrasing(
  children: PhrasingContent[],
  settings: SiblingSettings
): PhrasingContent[] {
  const own = englishSiblings(children, settings)
  let changed = own !== children
  const result = own.map((child) => {
    const english = englishOfNode(child, settings)
    if (english !== child) changed = true
    return english
  })
  return changed ? result : children
}

/** Parents whose children are phrasing content. */
const phrasingParents = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference'
])

/**
 * A node with the pairs below it read as English (copy on write).
 *
 * Note: recursion follows the tree's depth, which the input limits bound.
 */
function englishOfNode<T extends Nodes>(node: T, settings: SiblingSettings): T {
  if (!('children' in node)) return node
  const children = node.children as Nodes[]
  if (phrasingParents.has(node.type)) {
    const english = phrasing(children as PhrasingContent[], settings)
    return english === children ? node : ({...node, children: english} as T)
  }

  let changed = false
  const result = children.map((child) => {
    const english = englishOfNode(child, settings)
    if (english !== child) changed = true
    return english
  })
  return changed ? ({...node, children: result} as T) : node
}
