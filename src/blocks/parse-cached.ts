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

import type {Root, RootContent, Table, TableRow} from 'mdast'
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
  const pieces = groupProse(text, splitPieces(text))
  if (pieces.length < 2) return parseMarkdown(text)

  // A reference in one piece may be defined in another: every piece is
  // parsed with all of the page's definitions after it.
  const definitions = (text.match(definitionLine) ?? []).join('\n')
  const children: RootContent[] = []

  const suffix = definitions ? '\n\n' + definitions : ''
  for (const piece of pieces) {
    const source = text.slice(piece.start, piece.end)
    const nodes = tableNodes(source, suffix, cache) ?? parsePiece(source, suffix, cache)
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

/** The top-level nodes of a piece, positioned from 0, through the cache. */
function parsePiece(source: string, suffix: string, cache: BlockCache): RootContent[] {
  const key = source + suffix
  let nodes = cache.entries.get(key)
  if (!nodes) {
    nodes = parseMarkdown(key).children.filter(
      (node) => (node.position?.start.offset ?? 0) < source.length
    )
    store(cache, key, nodes)
  }

  return nodes
}

/** A delimiter row: `|---|:--:|`. */
const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

/**
 * The nodes of a piece that is a pipe table (after at most one ATX heading),
 * parsed a row at a time: rows of a table are read independently once its
 * header and delimiter row are known, and from one version of a page to the
 * next most rows do not change. `undefined` for any other piece.
 */
function tableNodes(source: string, suffix: string, cache: BlockCache): RootContent[] | undefined {
  const lines: Array<{text: string; start: number}> = []
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g
  let match: RegExpExecArray | null
  while ((match = line.exec(source)) && match.index < source.length) {
    lines.push({text: match[1] as string, start: match.index})
    if (match[0].length === 0) break
  }

  while (lines.length > 0 && /^\s*$/.test((lines[lines.length - 1] as {text: string}).text)) lines.pop()
  const heading = lines[0] && /^ {0,3}#{1,6}(?:[ \t]|$)/.test(lines[0].text) ? 1 : 0
  const header = lines[heading]
  const delimiter = lines[heading + 1]
  const rows = lines.slice(heading + 2)
  if (
    !header ||
    !delimiter ||
    rows.length === 0 ||
    !/^ {0,3}\|/.test(header.text) ||
    !delimiterRow.test(delimiter.text) ||
    !rows.every((row) => /^ {0,3}\|/.test(row.text))
  ) {
    return undefined
  }

  const head = header.text + '\n' + delimiter.text + '\n'
  const headKey = '\u0000table\u0000' + head + suffix
  const rowKey = (text: string) => '\u0000row\u0000' + head + text + suffix
  const missing = rows.filter((row) => !cache.entries.has(rowKey(row.text)))

  if (missing.length > 0 || !cache.entries.has(headKey)) {
    // One parse for every row not seen under this header: the rows of a
    // table do not depend on each other.
    const table = parseMarkdown(head + missing.map((row) => row.text).join('\n') + suffix)
      .children[0]
    if (!table || table.type !== 'table' || table.children.length !== missing.length + 1) {
      return undefined
    }

    // Stored as if each row started the text: offset 0, line 1.
    store(cache, headKey, [{...table, children: [table.children[0] as TableRow]}])
    let offset = head.length
    for (const [index, row] of missing.entries()) {
      store(cache, rowKey(row.text), [
        rebase(table.children[index + 1] as RootContent, -offset, -(index + 2))
      ])
      offset += row.text.length + 1
    }
  }

  // The cache may have emptied itself while storing: then parse the piece whole.
  if (!cache.entries.has(headKey) || rows.some((row) => !cache.entries.has(rowKey(row.text)))) {
    return undefined
  }

  const template = (cache.entries.get(headKey) as RootContent[])[0] as Table
  const nodes: RootContent[] = []
  if (heading) {
    const headingNode = parsePiece((lines[0] as {text: string}).text, suffix, cache)[0]
    if (!headingNode || headingNode.type !== 'heading') return undefined
    nodes.push(headingNode)
  }

  const tableRows = [rebase(template.children[0] as TableRow, header.start, heading)]
  for (const [index, row] of rows.entries()) {
    const stored = (cache.entries.get(rowKey(row.text)) as RootContent[])[0] as TableRow
    tableRows.push(rebase(stored, row.start, heading + 2 + index))
  }

  const last = tableRows[tableRows.length - 1] as TableRow
  nodes.push({
    ...template,
    children: tableRows,
    position: {
      start: {
        line: heading + 1,
        column: template.position?.start.column ?? 1,
        offset: header.start + (template.position?.start.offset ?? 0)
      },
      end: {...(last.position as Position).end}
    }
  })
  return nodes
}

/** Put an entry in the cache, emptying it first when it would grow past its limit. */
function store(cache: BlockCache, key: string, nodes: RootContent[]) {
  if (cache.size + key.length > cache.limit) {
    cache.entries.clear()
    cache.size = 0
  }

  cache.entries.set(key, nodes)
  cache.size += key.length
}

/** A piece that starts (after at most one heading) with a pipe table. */
const tableStart = /^(?: {0,3}#{1,6}[ \t][^\r\n]*(?:\r\n|\r|\n))? {0,3}\|[^\r\n]*(?:\r\n|\r|\n) {0,3}\|?[ \t]*:?-/

/**
 * Join runs of pieces that are not tables: every parse has a cost of its own,
 * and prose between tables changes little and is cached whole just as well.
 */
function groupProse(text: string, pieces: Piece[]): Piece[] {
  const result: Piece[] = []
  let previousProse = false
  for (const piece of pieces) {
    const prose = !tableStart.test(text.slice(piece.start, Math.min(piece.end, piece.start + 2000)))
    const last = result[result.length - 1]
    if (prose && previousProse && last) {
      last.end = piece.end
    } else {
      result.push({...piece})
    }

    previousProse = prose
  }

  return result
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
function rebase<T extends RootContent | TableRow>(node: T, offset: number, lines: number): T {
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
