/**
 * Parse Markdown through a content-addressed cache of blocks and table cells.
 *
 * Versions of a page, and the two views of a customized page, are mostly the
 * same text: the text is cut at blank lines where no construct can carry on
 * across them. A piece of prose is cached whole, keyed by its text; a pipe
 * table is laid out into rows and cells here, and the inline content of each
 * cell is cached by its text, because from one version to the next a row
 * changes one cell, not all of them. Everything not in the cache is parsed in
 * one batch, and the nodes are re-based to where they are in the document.
 * Definitions resolve across the page: every piece that may refer to one is
 * parsed and keyed with the page's definition lines, and a page whose
 * definitions turn out to be other than those lines is parsed whole.
 * The result is the tree a whole-document parse gives (tests prove it for
 * every fixture and for generated tables).
 */

import type {Root, RootContent} from 'mdast'
import {ok as assert} from 'devlop'
import type {Point} from 'unist'
import {endPoint} from '../util/end-point.js'
import {storeEntry, type BlockCache} from './block-cache.js'
import {splitPieces, type Piece} from './markdown-pieces.js'
import {parseBatch} from './parse-batch.js'
import {paragraphNodes} from './paragraph-nodes.js'
import {parseMarkdown} from './parse-markdown.js'
import {
  paragraphReadsAlone,
  planParagraph,
  type ParagraphPlan
} from './plan-paragraph.js'
import {planTable, type TablePlan} from './plan-table.js'
import {rebase} from './rebase.js'
import {
  createRequester,
  entryOf,
  keyOf,
  type BlockRequest,
  type Requester
} from './request.js'
import {tableLayoutsOf, type TableLayouts} from './table-layouts.js'
import {tableNodes} from './table-nodes.js'

/** How a piece is rebuilt once its requests are answered. */
type Plan =
  | {kind: 'prose'; piece: Piece; request: BlockRequest}
  | TablePlan
  | ParagraphPlan

/** A link reference definition line; definitions resolve across the whole page. */
const definitionLine = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:.*$/gm

/**
 * Parse a document, reusing the parse of pieces and cells seen before.
 *
 * @param text
 *   Markdown.
 * @param cache
 *   Cache to use.
 */
export function parseMarkdownCached(text: string, cache: BlockCache): Root {
  const pieces = splitPieces(text)
  // micromark drops a leading BOM and counts no offset for it.
  if (pieces.length < 2 || text.charCodeAt(0) === 0xfeff)
    return parseMarkdown(text)

  // A reference in one piece may be defined in another: pieces with a `[`
  // are parsed with the lines that look like the page's definitions after
  // them. Whether those are its definitions is known after the parse, and
  // checked then.
  const definitions = text.match(definitionLine) ?? []
  const suffix = definitions.length > 0 ? '\n\n' + definitions.join('\n') : ''
  const requester = createRequester(cache)
  const layouts = tableLayoutsOf(cache)
  const plans = pieces.map((piece) =>
    planPiece(text, piece, suffix, requester, layouts)
  )
  const {pending} = requester

  if (pending.size > 0 && !parseBatch([...pending.values()], suffix)) {
    return parseMarkdown(text)
  }

  // A paragraph with a line that did not read alone is parsed whole, in a
  // second batch (next time, that line is known at once).
  const answered = pending.size
  for (const [index, plan] of plans.entries()) {
    if (plan.kind === 'paragraph' && !paragraphReadsAlone(plan))
      plans[index] = prosePlan(text, plan.piece, suffix, requester)
  }

  if (
    pending.size > answered &&
    !parseBatch([...pending.values()].slice(answered), suffix)
  ) {
    return parseMarkdown(text)
  }

  const children = childrenOf(plans)
  // Nothing is cached from a page whose definitions are not those guessed:
  // its pieces saw other definitions than their keys say.
  if (!children || !definitionsAgree(children, suffix, cache))
    return parseMarkdown(text)
  for (const request of pending.values())
    storeEntry(cache, request.key, entryOf(request))
  for (const plan of plans) {
    if (plan.kind === 'table' && plan.newKey !== undefined)
      layouts.set(plan.newKey, plan.layout)
  }

  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: endOf(text, pieces)}
  }
}

/**
 * The point at the end of a document, counted in its last piece only: the
 * pieces know their lines.
 */
function endOf(text: string, pieces: Piece[]): Point {
  const last = pieces.at(-1)
  assert(last, 'a document has pieces')
  const end = endPoint(text.slice(last.start), text.length - last.start)
  return {line: last.line + end.line, column: end.column, offset: text.length}
}

/**
 * Plan a piece: a table, a paragraph parsed a line at a time, or prose
 * parsed whole.
 */
function planPiece(
  text: string,
  piece: Piece,
  suffix: string,
  requester: Requester,
  layouts: TableLayouts
): Plan {
  const table = planTable(text, piece, suffix, requester, layouts)
  if (table) return table
  // The first and last pieces read otherwise alone (front matter, the end).
  if (piece.start > 0 && piece.end < text.length) {
    const source = text.slice(piece.start, piece.end)
    const paragraph = planParagraph(source, piece, suffix, requester)
    if (paragraph) return paragraph
  }

  return prosePlan(text, piece, suffix, requester)
}

/** Plan a piece as prose, parsed whole. */
function prosePlan(
  text: string,
  piece: Piece,
  suffix: string,
  requester: Requester
): Plan {
  const source = text.slice(piece.start, piece.end)
  const place =
    piece.start === 0 ? 'start' : piece.end === text.length ? 'end' : 'inside'
  return {
    kind: 'prose',
    piece,
    request: requester.block(
      keyOf(place === 'inside' ? 'prose' : place, source, suffix),
      source,
      place
    )
  }
}

/**
 * The top-level nodes of the document, positioned in it; `undefined` when
 * the parse did not come out as planned.
 */
function childrenOf(plans: Plan[]): RootContent[] | undefined {
  const children: RootContent[] = []
  for (const plan of plans) {
    if (plan.kind === 'table' || plan.kind === 'paragraph') {
      const nodes =
        plan.kind === 'table' ? tableNodes(plan) : paragraphNodes(plan)
      if (!nodes) return undefined
      children.push(...nodes)
    } else {
      const nodes = plan.request.nodes
      if (!nodes) return undefined
      children.push(...placedNodes(nodes, plan.piece))
    }
  }

  return children
}

/**
 * The copies of a piece's cached nodes last placed, and where: a piece
 * above the line a version changed is where it was in the version before,
 * and its copies are those of that version (no stage changes a tree).
 * Weak: held while the cache holds the nodes.
 */
const lastPlaced = new WeakMap<
  readonly RootContent[],
  {start: number; line: number; copies: RootContent[]}
>()

/** The nodes of a piece, parsed at its start, placed where it is. */
function placedNodes(
  nodes: readonly RootContent[],
  piece: Piece
): RootContent[] {
  const placed = lastPlaced.get(nodes)
  if (placed && placed.start === piece.start && placed.line === piece.line)
    return placed.copies
  const copies = nodes.map((node) => rebase(node, piece.start, piece.line, 0))
  lastPlaced.set(nodes, {start: piece.start, line: piece.line, copies})
  return copies
}

/**
 * Whether the definitions in a page's tree are exactly those of `suffix`, no
 * label twice (the first would win, so order would matter): then every piece
 * saw the definitions the whole page has.
 */
function definitionsAgree(
  children: RootContent[],
  suffix: string,
  cache: BlockCache
): boolean {
  const key = keyOf('definitions', suffix, '')
  let stated = cache.entries.get(key)
  if (!stated) {
    stated = suffix ? parseMarkdown(suffix).children : []
    storeEntry(cache, key, stated)
  }

  const found = definitionSignatures(children)
  const expected = definitionSignatures(stated)
  return (
    found.length === expected.length &&
    new Set(found.map((signature) => signature.split('\u0000', 2).join(' ')))
      .size === found.length &&
    found.sort().join('\n') === expected.sort().join('\n')
  )
}

/** `kind, identifier, url, title` of every definition among `nodes`, containers included. */
function definitionSignatures(
  nodes: readonly RootContent[],
  found: string[] = []
): string[] {
  for (const node of nodes) {
    if (node.type === 'definition') {
      found.push(
        ['definition', node.identifier, node.url, node.title ?? ''].join(
          '\u0000'
        )
      )
    } else if (node.type === 'footnoteDefinition') {
      found.push(['footnote', node.identifier].join('\u0000'))
    }

    if (
      node.type === 'list' ||
      node.type === 'listItem' ||
      node.type === 'blockquote' ||
      node.type === 'footnoteDefinition'
    ) {
      definitionSignatures(node.children, found)
    }
  }

  return found
}
