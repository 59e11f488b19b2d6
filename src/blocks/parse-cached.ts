/**
 * Parse Markdown through a content-addressed cache of top-level blocks.
 *
 * Versions of a page, and the two views of a customized page, are mostly the
 * same text: the text is cut at blank lines where no construct can carry on
 * across them, each piece is parsed once (keyed by its text), and its nodes
 * are re-based to where the piece is in the document. The result is the tree
 * a whole-document parse gives (a test proves the models equal for every
 * fixture).
 */

import type {Root, RootContent} from 'mdast'
import type {Position} from 'unist'
import {parseMarkdown} from './parse-markdown.js'

/** Parsed pieces by text. */
export interface BlockCache {
  /** Piece text (with the page's link definitions) → its top-level nodes, positioned from 0. */
  entries: Map<string, RootContent[]>
  /** Characters of piece text held; the cache empties past `limit`. */
  size: number
  /** Most characters to hold. */
  limit: number
}

/**
 * Create a block cache.
 *
 * @param limit
 *   Most characters of piece text to hold (default: 8 million, a few hundred
 *   page versions).
 */
export function createBlockCache(limit = 8_000_000): BlockCache {
  return {entries: new Map(), size: 0, limit}
}

/** The cache `parse` uses unless told otherwise: shared by views and versions. */
export const sharedBlockCache = createBlockCache()

/** A piece of a document: where it starts, and on which line (0-based). */
interface Piece {
  start: number
  end: number
  line: number
}

/** A link reference definition line; definitions resolve across the whole page. */
const definitionLine = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:.*$/gm

/**
 * Parse a document, reusing the parse of pieces seen before.
 *
 * @param text
 *   Markdown.
 * @param cache
 *   Cache to use.
 */
export function parseMarkdownCached(text: string, cache: BlockCache): Root {
  const pieces = splitPieces(text)
  if (pieces.length < 2) return parseMarkdown(text)

  // A reference in one piece may be defined in another: every piece is
  // parsed with all of the page's definitions after it.
  const definitions = (text.match(definitionLine) ?? []).join('\n')
  const children: RootContent[] = []

  for (const piece of pieces) {
    const source = text.slice(piece.start, piece.end)
    const key = definitions ? source + '\n\n' + definitions : source
    let nodes = cache.entries.get(key)
    if (!nodes) {
      nodes = parseMarkdown(key).children.filter(
        (node) => (node.position?.start.offset ?? 0) < source.length
      )
      if (cache.size + key.length > cache.limit) {
        cache.entries.clear()
        cache.size = 0
      }

      cache.entries.set(key, nodes)
      cache.size += key.length
    }

    for (const node of nodes) children.push(rebase(node, piece.start, piece.line))
  }

  const lines = text.split(/\r\n|\r|\n/)
  return {
    type: 'root',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: {
        line: lines.length,
        column: (lines[lines.length - 1] ?? '').length + 1,
        offset: text.length
      }
    }
  }
}

/**
 * Cut a document at blank lines after which nothing can continue what came
 * before: the next line starts at column 1, is not a list item (which would
 * continue a loose list), and no fenced code, HTML comment or front matter
 * is open.
 */
function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = []
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g
  let start = 0
  let startLine = 0
  let lineNumber = 0
  let previousBlank = false
  let fence: string | null = null
  let inComment = false
  /** Inside `<pre>`, `<script>`, `<style>` or `<textarea>`: blank lines do not end those. */
  let inRawHtml = false
  let inFrontMatter = text.startsWith('---')
  let match: RegExpExecArray | null

  while ((match = line.exec(text)) && match.index < text.length) {
    const content = match[1] as string
    const offset = match.index

    if (
      previousBlank &&
      fence === null &&
      !inComment &&
      !inFrontMatter &&
      offset > start &&
      !inRawHtml &&
      /^[^\s>*+\-\d]/.test(content)
    ) {
      pieces.push({start, end: offset, line: startLine})
      start = offset
      startLine = lineNumber
    }

    if (inFrontMatter && lineNumber > 0 && /^(?:---|\.\.\.)\s*$/.test(content)) {
      inFrontMatter = false
    }

    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(content)
    if (fence === null && fenceMatch) {
      fence = (fenceMatch[1] as string).charAt(0)
    } else if (fence !== null && fenceMatch && (fenceMatch[1] as string).charAt(0) === fence) {
      fence = null
    }

    if (fence === null) {
      const open = content.lastIndexOf('<!--')
      const close = content.lastIndexOf('-->')
      if (open > close) inComment = true
      else if (close !== -1) inComment = false
    }

    if (fence === null) {
      if (/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i.test(content)) inRawHtml = true
      if (inRawHtml && /<\/(?:pre|script|style|textarea)>/i.test(content)) inRawHtml = false
    }

    previousBlank = /^\s*$/.test(content)
    lineNumber++
    if (match[0].length === 0) break
  }

  pieces.push({start, end: text.length, line: startLine})
  return pieces
}

/** A copy of a node (and its descendants) moved by `offset` characters and `lines` lines. */
function rebase<T extends RootContent>(node: T, offset: number, lines: number): T {
  const copy = {...node} as T & {children?: RootContent[]; position?: Position}
  if (node.position) {
    copy.position = {
      start: {
        line: node.position.start.line + lines,
        column: node.position.start.column,
        offset: (node.position.start.offset ?? 0) + offset
      },
      end: {
        line: node.position.end.line + lines,
        column: node.position.end.column,
        offset: (node.position.end.offset ?? 0) + offset
      }
    }
  }

  if ('children' in node && Array.isArray(node.children)) {
    copy.children = (node.children as RootContent[]).map((child) =>
      rebase(child, offset, lines)
    )
  }

  return copy
}
