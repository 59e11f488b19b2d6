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

/** What to tell the caller while reading. */
export interface SideBySideOptions {
  /** Called with a message and the tag it is about, for each malformed pair. */
  report?: ((reason: string, node: Html) => void) | null | undefined
  /** Called with the view range of each node left out. */
  omit?: ((start: number, end: number) => void) | null | undefined
}

/** Options, normalized. */
interface Settings {
  report: (reason: string, node: Html) => void
  omit: (start: number, end: number) => void
}

/** What an inline HTML node is, as far as side-by-side reading goes. */
type TagKind = 'translation' | 'lookup' | 'original' | 'span' | 'close'

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
function settingsOf(options: SideBySideOptions | null | undefined): Settings {
  const settings = options || {}
  return {report: settings.report || noop, omit: settings.omit || noop}
}

function noop() {}

/** `englishOfPhrasing` with settings. */
function phrasing(
  children: PhrasingContent[],
  settings: Settings
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
function englishOfNode<T extends Nodes>(node: T, settings: Settings): T {
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

/**
 * One list of siblings with its pairs replaced by their English content (the
 * content itself is not looked into: the caller does that).
 *
 * One pass matches `<span …>` with `</span>` like a stack, one pass decides
 * which nodes to drop; each node is looked at a bounded number of times, so
 * the work is linear in the number of siblings.
 */
function englishSiblings(
  children: PhrasingContent[],
  settings: Settings
): PhrasingContent[] {
  const count = children.length
  const kinds: Array<TagKind | undefined> = []
  let any = false
  for (const child of children) {
    const kind = child.type === 'html' ? tagKind(child.value) : undefined
    if (kind === 'translation' || kind === 'lookup' || kind === 'original')
      any = true
    kinds.push(kind)
  }

  if (!any) return children

  // `partner[open]` is its `</span>`; an unclosed open reaches to `count`.
  const partner = new Int32Array(count).fill(-1)
  const stack: number[] = []
  for (let index = 0; index < count; index++) {
    const kind = kinds[index]
    if (kind === 'close') {
      const open = stack.pop()
      if (open !== undefined) partner[open] = index
    } else if (kind !== undefined) {
      stack.push(index)
    }
  }

  const drop = new Uint8Array(count)
  // Lookups already reported as part of a broken translation.
  const explained = new Uint8Array(count)

  for (let index = 0; index < count; index++) {
    if (drop[index]) continue
    const kind = kinds[index]

    if (kind === 'translation') {
      const close = partner[index] as number
      const next = close === -1 ? -1 : skipBlank(close + 1)
      const english = next === -1 ? undefined : originalOf(next)

      if (english && !english.blank) {
        // The pair: drop the translation whole and the English's tags.
        for (let at = index; at < next; at++) drop[at] = 1
        for (const tag of english.tags) drop[tag] = 1
        if (!english.closed) say(unclosed, next)
        index = close
        continue
      }

      drop[index] = 1
      if (close !== -1) drop[close] = 1

      if (english) {
        // Blank English: the translation is all there is.
        for (const tag of english.tags) drop[tag] = 1
        say(
          'Unexpected empty English text in a `sxs-lookup` span, expected the original of the translation before it; kept the translation',
          index
        )
        continue
      }

      const inner = lookupInside(index + 1, close === -1 ? count : close)
      if (inner === -1) {
        say(
          'Unexpected translated text (`data-ttu-id`) without its English original, expected a `<span class="sxs-lookup">` after it; kept the translation',
          index
        )
      } else {
        // `</span>` of the translation missing or after the lookup: the
        // lookup is still its original.
        for (let at = index + 1; at < inner; at++) drop[at] = 1
        explained[inner] = 1
        say(
          'Unexpected `sxs-lookup` span inside the translated span, expected it after the translation’s `</span>`; read its English text',
          index
        )
      }

      continue
    }

    if (kind === 'lookup' || kind === 'original') {
      const english = originalOf(index) as Original
      for (const tag of english.tags) drop[tag] = 1
      if (!explained[index]) {
        say(
          english.closed
            ? 'Unexpected English original (`' +
                (kind === 'lookup' ? 'sxs-lookup' : 'data-stu-id') +
                '`) without a translated span before it, expected a `data-ttu-id` span; read its English text'
            : unclosed,
          index
        )
      }
    }
  }

  const result: PhrasingContent[] = []
  for (let index = 0; index < count; index++) {
    const child = children[index] as PhrasingContent
    if (!drop[index]) {
      result.push(child)
    } else if (child.position) {
      settings.omit(
        child.position.start.offset ?? 0,
        child.position.end.offset ?? 0
      )
    }
  }

  return result

  /** English original of a lookup (or lone `data-stu-id`) span at `index`; `undefined` if none is there. */
  function originalOf(index: number): Original | undefined {
    const kind = kinds[index]
    if (kind !== 'lookup' && kind !== 'original') return undefined
    const close = partner[index] as number
    const end = close === -1 ? count : close
    const tags = [index]
    if (close !== -1) tags.push(close)
    let from = index + 1
    let to = end
    let closed = close !== -1

    if (kind === 'lookup') {
      const inner = skipBlank(from, end)
      if (inner !== -1 && kinds[inner] === 'original') {
        const innerClose = partner[inner] as number
        for (let at = from; at <= inner; at++) tags.push(at)
        from = inner + 1
        if (innerClose === -1) {
          closed = false
        } else {
          tags.push(innerClose)
          to = innerClose
        }
      }
    }

    let blank = true
    for (let at = from; at < to && blank; at++)
      blank = isBlank(children[at] as PhrasingContent)
    return {tags, blank, closed}
  }

  /** First sibling from `from` (before `end`) that is not blank text, or `-1`. */
  function skipBlank(from: number, end = count): number {
    for (let at = from; at < end; at++) {
      if (!isBlank(children[at] as PhrasingContent)) return at
    }

    return -1
  }

  /**
   * A lookup (or `data-stu-id`) span directly in `from`–`end`, not in a
   * nested span; `-1` if none. An unclosed nested span holds the rest, so
   * the search stops there (which keeps the search linear).
   */
  function lookupInside(from: number, end: number): number {
    for (let at = from; at < end; at++) {
      const kind = kinds[at]
      if (kind === 'lookup' || kind === 'original') return at
      if (kind === 'translation' || kind === 'span') {
        const close = partner[at] as number
        if (close === -1) return -1
        at = close
      }
    }

    return -1
  }

  function say(reason: string, index: number) {
    settings.report(reason, children[index] as Html)
  }
}

const unclosed =
  'Unexpected end of content in a `sxs-lookup` span, expected `</span>`; read its English text to the end'

/** The English part of a lookup span. */
interface Original {
  /** Indices of the tags (and blanks between them) to drop. */
  tags: number[]
  /** Whether the English content is blank. */
  blank: boolean
  /** Whether every tag found its `</span>`. */
  closed: boolean
}

/** Whether a node is text of white space only. */
function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && /^\s*$/.test(node.value)
}

/**
 * What an inline HTML node is: one of the three side-by-side spans, another
 * `<span>`, a `</span>`, or nothing of ours.
 *
 * @param value
 *   Value of an inline `html` node (one tag).
 */
function tagKind(value: string): TagKind | undefined {
  if (/^<\/span\s*>$/i.test(value)) return 'close'
  if (!/^<span(?=[\s/>])/i.test(value) || /\/>$/.test(value)) return undefined
  if (/\sdata-ttu-id\s*=/i.test(value)) return 'translation'
  if (/\sdata-stu-id\s*=/i.test(value)) return 'original'
  const match = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(value)
  const classes = match ? (match[1] ?? match[2] ?? match[3] ?? '') : ''
  return classes.split(/\s+/).includes('sxs-lookup') ? 'lookup' : 'span'
}
