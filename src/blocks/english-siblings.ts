/**
 * Pair the side-by-side spans among one list of siblings: the translation
 * (`data-ttu-id`) is dropped, the English original (`sxs-lookup`, with its
 * `data-stu-id` span) is kept without its tags. See `side-by-side.ts` for the
 * format and how malformed pairs are read.
 */

import type {Html, PhrasingContent} from 'mdast'

/** What to do while reading, normalized. */
export interface SiblingSettings {
  /** Called with a message and the tag it is about, for each malformed pair. */
  report: (reason: string, node: Html) => void
  /** Called with the view range of each node left out. */
  omit: (start: number, end: number) => void
}

/** What an inline HTML node is, as far as side-by-side reading goes. */
type TagKind = 'translation' | 'lookup' | 'original' | 'span' | 'close'

/** One list of siblings, as the passes over it see it. */
interface Siblings {
  children: PhrasingContent[]
  /** Tag kind of each sibling; `undefined` for what is not a tag of ours. */
  kinds: Array<TagKind | undefined>
  /** `partner[open]` is the index of its `</span>`; `-1`: unclosed, it reaches to the end. */
  partner: Int32Array
  /** Siblings to drop. */
  drop: Uint8Array
  /** Lookups already reported as part of a broken translation. */
  explained: Uint8Array
  settings: SiblingSettings
}

/** The English part of a lookup span. */
interface Original {
  /** Indices of the tags (and blanks between them) to drop. */
  tags: number[]
  /** Whether the English content is blank. */
  blank: boolean
  /** Whether every tag found its `</span>`. */
  closed: boolean
}

const unclosed =
  'Unexpected end of content in a `sxs-lookup` span, expected `</span>`; read its English text to the end'

/**
 * One list of siblings with its pairs replaced by their English content (the
 * content itself is not looked into: the caller does that).
 *
 * One pass matches `<span …>` with `</span>` like a stack, one pass decides
 * which nodes to drop; each node is looked at a bounded number of times, so
 * the work is linear in the number of siblings.
 *
 * @returns
 *   `children` itself when it holds no pair.
 */
export function englishSiblings(
  children: PhrasingContent[],
  settings: SiblingSettings
): PhrasingContent[] {
  const kinds = tagKindsOf(children)
  if (!kinds) return children
  const siblings: Siblings = {
    children,
    kinds,
    partner: partnersOf(kinds),
    drop: new Uint8Array(children.length),
    explained: new Uint8Array(children.length),
    settings
  }

  for (let index = 0; index < children.length; index++) {
    if (siblings.drop[index]) continue
    const kind = kinds[index]

    if (kind === 'translation') {
      index = readTranslation(siblings, index)
    } else if (kind === 'lookup' || kind === 'original') {
      readLoneOriginal(siblings, index, kind)
    }
  }

  return keptSiblings(siblings)
}

/**
 * The tag kind of each sibling, or `undefined` when none is a side-by-side
 * span (then there is nothing to do).
 */
function tagKindsOf(
  children: PhrasingContent[]
): Array<TagKind | undefined> | undefined {
  const kinds: Array<TagKind | undefined> = []
  let any = false
  for (const child of children) {
    const kind = child.type === 'html' ? tagKind(child.value) : undefined
    if (kind === 'translation' || kind === 'lookup' || kind === 'original')
      any = true
    kinds.push(kind)
  }

  return any ? kinds : undefined
}

/** Match each `<span …>` with its `</span>`, like a stack. */
function partnersOf(kinds: Array<TagKind | undefined>): Int32Array {
  const partner = new Int32Array(kinds.length).fill(-1)
  const stack: number[] = []
  for (const [index, kind] of kinds.entries()) {
    if (kind === 'close') {
      const open = stack.pop()
      if (open !== undefined) partner[open] = index
    } else if (kind !== undefined) {
      stack.push(index)
    }
  }

  return partner
}

/**
 * Read a translation span at `index`: with the lookup after it, the pair;
 * otherwise the translation alone, or the lookup inside it.
 *
 * @returns
 *   The index the walk goes on after.
 */
function readTranslation(siblings: Siblings, index: number): number {
  const {drop} = siblings
  const close = partnerOf(siblings, index)
  const next = close === -1 ? -1 : skipBlank(siblings, close + 1)
  const english = next === -1 ? undefined : originalOf(siblings, next)

  if (english && !english.blank) {
    // The pair: drop the translation whole and the English's tags.
    for (let at = index; at < next; at++) drop[at] = 1
    for (const tag of english.tags) drop[tag] = 1
    if (!english.closed) say(siblings, unclosed, next)
    return close
  }

  drop[index] = 1
  if (close !== -1) drop[close] = 1

  if (english) {
    // Blank English: the translation is all there is.
    for (const tag of english.tags) drop[tag] = 1
    say(
      siblings,
      'Unexpected empty English text in a `sxs-lookup` span, expected the original of the translation before it; kept the translation',
      index
    )
    return index
  }

  const end = close === -1 ? siblings.children.length : close
  const inner = lookupInside(siblings, index + 1, end)
  if (inner === -1) {
    say(
      siblings,
      'Unexpected translated text (`data-ttu-id`) without its English original, expected a `<span class="sxs-lookup">` after it; kept the translation',
      index
    )
  } else {
    // `</span>` of the translation missing or after the lookup: the lookup
    // is still its original.
    for (let at = index + 1; at < inner; at++) drop[at] = 1
    siblings.explained[inner] = 1
    say(
      siblings,
      'Unexpected `sxs-lookup` span inside the translated span, expected it after the translation’s `</span>`; read its English text',
      index
    )
  }

  return index
}

/**
 * Read a lookup (or `data-stu-id`) span at `index` that no translation
 * before it claimed: its English text stays, its tags go.
 */
function readLoneOriginal(
  siblings: Siblings,
  index: number,
  kind: 'lookup' | 'original'
) {
  const english = originalOf(siblings, index)
  if (!english) return
  for (const tag of english.tags) siblings.drop[tag] = 1
  if (siblings.explained[index]) return
  say(
    siblings,
    english.closed
      ? 'Unexpected English original (`' +
          (kind === 'lookup' ? 'sxs-lookup' : 'data-stu-id') +
          '`) without a translated span before it, expected a `data-ttu-id` span; read its English text'
      : unclosed,
    index
  )
}

/** The siblings not dropped; the view range of each dropped one is omitted. */
function keptSiblings(siblings: Siblings): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const [index, child] of siblings.children.entries()) {
    if (!siblings.drop[index]) {
      result.push(child)
    } else if (child.position) {
      siblings.settings.omit(
        child.position.start.offset ?? 0,
        child.position.end.offset ?? 0
      )
    }
  }

  return result
}

/**
 * English original of a lookup (or lone `data-stu-id`) span at `index`;
 * `undefined` if none is there.
 */
function originalOf(siblings: Siblings, index: number): Original | undefined {
  const {kinds} = siblings
  const kind = kinds[index]
  if (kind !== 'lookup' && kind !== 'original') return undefined
  const close = partnerOf(siblings, index)
  const end = close === -1 ? siblings.children.length : close
  const tags = [index]
  if (close !== -1) tags.push(close)
  let from = index + 1
  let to = end
  let closed = close !== -1

  if (kind === 'lookup') {
    const inner = skipBlank(siblings, from, end)
    if (inner !== -1 && kinds[inner] === 'original') {
      const innerClose = partnerOf(siblings, inner)
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
  for (let at = from; at < to && blank; at++) blank = isBlankAt(siblings, at)
  return {tags, blank, closed}
}

/** First sibling from `from` (before `end`) that is not blank text, or `-1`. */
function skipBlank(
  siblings: Siblings,
  from: number,
  end = siblings.children.length
): number {
  for (let at = from; at < end; at++) {
    if (!isBlankAt(siblings, at)) return at
  }

  return -1
}

/**
 * A lookup (or `data-stu-id`) span directly in `from`–`end`, not in a
 * nested span; `-1` if none. An unclosed nested span holds the rest, so
 * the search stops there (which keeps the search linear).
 */
function lookupInside(siblings: Siblings, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const kind = siblings.kinds[at]
    if (kind === 'lookup' || kind === 'original') return at
    if (kind === 'translation' || kind === 'span') {
      const close = partnerOf(siblings, at)
      if (close === -1) return -1
      at = close
    }
  }

  return -1
}

/** Index of the `</span>` of the span at `index`; `-1` if it has none. */
function partnerOf(siblings: Siblings, index: number): number {
  return siblings.partner[index] ?? -1
}

/** Whether the sibling at `index` is text of white space only. */
function isBlankAt(siblings: Siblings, index: number): boolean {
  const node = siblings.children[index]
  return node !== undefined && node.type === 'text' && /^\s*$/.test(node.value)
}

/** Report a malformed pair at the tag at `index`. */
function say(siblings: Siblings, reason: string, index: number) {
  const node = siblings.children[index]
  if (node && node.type === 'html') siblings.settings.report(reason, node)
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
