import type {Heading, Link} from 'mdast'
import {toString} from 'mdast-util-to-string'

/** A DocFX tab heading (`#### [A-C](#tab/a-c)`). */
export interface TabHeading {
  /** Link text: the tab's label. */
  label: string
  /** Link target without `#`: `tab/a-c`. */
  anchor: string
  /** The tab id: the anchor after `tab/`, without a condition (`a-c`). */
  id: string
  /** The id DocFX authors derive from the label: its slug (`a-c`). */
  expectedId: string
}

/**
 * Recognize a DocFX tab heading: a heading whose only content is one link to
 * `#tab/…`.
 *
 * @param heading
 *   Heading node.
 * @returns
 *   The tab, or `null` when the heading is not one.
 */
export function tabHeading(heading: Heading): TabHeading | null {
  let link: Link | undefined

  for (const child of heading.children) {
    if (child.type === 'link' && link === undefined) {
      link = child
    } else if (!(child.type === 'text' && child.value.trim() === '')) {
      return null
    }
  }

  if (!link || !link.url.startsWith('#tab/')) return null

  const label = toString(link).replace(/\s+/g, ' ').trim()
  const anchor = link.url.slice(1)
  // DocFX ids are case-sensitive, so `tab/a-C` for `A-C` is a mismatch too.
  // A condition (`#tab/linux/windows`) is not part of the id.
  const id = anchor.slice('tab/'.length).split('/')[0] ?? ''
  return {label, anchor, id, expectedId: tabSlug(label)}
}

/**
 * Slug of a tab label as DocFX authors write ids: lowercase, words joined by
 * `-`, punctuation dropped.
 *
 * @param label
 *   Tab label.
 */
function tabSlug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
}
