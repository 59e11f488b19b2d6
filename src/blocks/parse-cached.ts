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

import type {
  PhrasingContent,
  Root,
  RootContent,
  TableCell,
  TableRow
} from 'mdast'
import type {Point, Position} from 'unist'
import {assertOptionalPositiveInteger} from '../assert-option.js'
import {endPoint} from '../util/end-point.js'
import {
  countLines,
  isTableHead,
  splitPieces,
  type Piece
} from './markdown-pieces.js'
import {parseMarkdown} from './parse-markdown.js'
import {layoutPipeRow, type RowLayout} from './pipe-row-layout.js'
import {rebase} from './rebase.js'

/** Parsed blocks and cells by text. */
export interface BlockCache {
  /**
   * Key (piece or cell text, with the page's link definitions where they
   * matter) → nodes, positioned from 0.
   */
  entries: Map<string, RootContent[] | PhrasingContent[]>
  /**
   * Characters of keys held, plus `entryCost` an entry; the cache empties
   * past `limit`.
   */
  size: number
  /** Most `size` to hold. */
  limit: number
}

/**
 * What an entry counts for besides its key: the nodes of a short cell
 * (`*a*`) weigh far more than its few characters.
 */
const entryCost = 64

/**
 * Create a block cache.
 *
 * @param limit
 *   Most characters of keys to hold, an entry counting 64 more (default: 4
 *   million: more than ten times the distinct text of the 38 dated corpus
 *   versions; on real pages the nodes take about 26 bytes of heap a
 *   character, so about 100 MB when full).
 * @throws {TypeError}
 *   When `limit` is not a positive integer (`null` and `undefined` are the
 *   default).
 */
export function createBlockCache(
  limit?: number | null | undefined
): BlockCache {
  assertOptionalPositiveInteger('limit', limit)
  return {entries: new Map(), size: 0, limit: limit ?? 4_000_000}
}

/** The cache `parse` uses unless told otherwise: shared by views and versions. */
export const sharedBlockCache = createBlockCache()

/** Text to parse, or parsed: a piece of prose, a table head, a cell. */
interface Request {
  key: string
  /** Text given to the parser. */
  source: string
  /** A block, parsed as top-level nodes; a cell, parsed as the content of a table cell. */
  kind: 'block' | 'cell'
  /**
   * Whether the block starts the document (front matter is read only
   * there) or ends it (some constructs read differently at the end).
   */
  place: 'start' | 'end' | 'inside'
  nodes?: RootContent[] | PhrasingContent[]
}

/** Get the request for a text: answered from the cache, or pending. */
type Requester = (
  key: string,
  source: string,
  kind: Request['kind'],
  place?: Request['place']
) => Request

/** What a key is of: its text is parsed differently for each. */
type KeyKind = 'start' | 'end' | 'prose' | 'head' | 'cell' | 'definitions'

/**
 * Key of a text to parse: its kind, its length (so that no text and suffix
 * can pass for another), the text, and the page's definitions when the text
 * may refer to one (it has a `[`).
 */
function keyOf(kind: KeyKind, source: string, suffix: string): string {
  return (
    '\u0000' +
    kind +
    '\u0000' +
    source.length +
    '\u0000' +
    source +
    (source.includes('[') ? suffix : '')
  )
}

/** How a piece is rebuilt once its requests are answered. */
type Plan =
  | {kind: 'prose'; piece: Piece; request: Request}
  | {
      kind: 'table'
      piece: Piece
      heading: Request | undefined
      head: Request
      /** Offset where the header row's line starts. */
      headStart: number
      rows: PlannedRow[]
    }

/** A body row of a table: its line, its layout, and a request per cell (`null`: plain text). */
interface PlannedRow {
  /** 1-based line in the document. */
  line: number
  /** Offset where the row's line starts. */
  lineStart: number
  /** The line. */
  text: string
  layout: RowLayout
  cells: Array<Request | null>
}

/** A link reference definition line; definitions resolve across the whole page. */
const definitionLine = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:.*$/gm

/**
 * Text of a cell that is a single text node: no character that can start
 * inline markup (escapes, code, emphasis, links, images, HTML, autolinks,
 * references, strikethrough), nothing GFM would autolink, no tab (micromark
 * expands those) and no NUL (replaced).
 */
const plainCell = /^[^\\`*_[\]!<>&~@\t\0]*$/
const autolinkLike = /www\.|https?:/i

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

  const pending = new Map<string, Request>()
  const request: Requester = (key, source, kind, place = 'inside') => {
    const nodes = cache.entries.get(key)
    if (nodes) return {key, source, kind, place, nodes}
    let existing = pending.get(key)
    if (!existing) {
      existing = {key, source, kind, place}
      pending.set(key, existing)
    }

    return existing
  }

  const plans = pieces.map((piece): Plan => {
    const table = planTable(text, piece, suffix, request)
    if (table) return table
    const source = text.slice(piece.start, piece.end)
    const place =
      piece.start === 0 ? 'start' : piece.end === text.length ? 'end' : 'inside'
    return {
      kind: 'prose',
      piece,
      request: request(
        keyOf(place === 'inside' ? 'prose' : place, source, suffix),
        source,
        'block',
        place
      )
    }
  })

  if (pending.size > 0 && !parseBatch([...pending.values()], suffix)) {
    return parseMarkdown(text)
  }

  const children: RootContent[] = []
  for (const plan of plans) {
    if (plan.kind === 'table') {
      const nodes = tableNodes(plan)
      if (!nodes) return parseMarkdown(text)
      children.push(...nodes)
    } else {
      const nodes = plan.request.nodes as RootContent[] | undefined
      if (!nodes) return parseMarkdown(text)
      for (const node of nodes)
        children.push(rebase(node, plan.piece.start, plan.piece.line, 0))
    }
  }

  // Nothing is cached from a page whose definitions are not those guessed:
  // its pieces saw other definitions than their keys say.
  if (!definitionsAgree(children, suffix, cache)) return parseMarkdown(text)
  for (const request of pending.values())
    store(cache, request.key, request.nodes ?? [])

  return {
    type: 'root',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: endPoint(text, text.length)
    }
  }
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
  let stated = cache.entries.get(key) as RootContent[] | undefined
  if (!stated) {
    stated = suffix ? parseMarkdown(suffix).children : []
    store(cache, key, stated)
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
      definitionSignatures(node.children as RootContent[], found)
    }
  }

  return found
}

/**
 * Plan a piece that is a pipe table (after at most one ATX heading): its head
 * (header and delimiter rows) as one request, and each body cell as plain
 * text or a request of its own. `undefined` for any other piece, and for a
 * table this layout does not cover (tabs, rows without a leading pipe, a
 * header GFM refuses): those are parsed whole.
 */
function planTable(
  text: string,
  piece: Piece,
  suffix: string,
  request: Requester
): Plan | undefined {
  // Cheap refusals first: most pieces are prose.
  const source = text.slice(piece.start, piece.end)
  if (!source.includes('|') || source.includes('\t')) return undefined

  const lines: Array<{text: string; start: number}> = []
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g
  let match: RegExpExecArray | null
  while ((match = line.exec(source)) && match.index < source.length) {
    lines.push({text: match[1] as string, start: piece.start + match.index})
    if (match[0].length === 0) break
  }

  while (
    lines.length > 0 &&
    /^ *$/.test((lines[lines.length - 1] as {text: string}).text)
  )
    lines.pop()
  const heading = lines[0] && /^ {0,3}#{1,6}(?: |$)/.test(lines[0].text) ? 1 : 0
  const header = lines[heading]
  const delimiter = lines[heading + 1]
  if (!header || !delimiter || !isTableHead(header.text, delimiter.text))
    return undefined

  if (lines.length <= heading + 2) return undefined
  const rows: PlannedRow[] = []
  for (let index = heading + 2; index < lines.length; index++) {
    const row = lines[index] as {text: string; start: number}
    const layout = layoutPipeRow(row.text)
    if (!layout) return undefined
    rows.push({
      line: piece.line + index + 1,
      lineStart: row.start,
      text: row.text,
      layout,
      cells: layout.cells.map((cell) => {
        const content = row.text.slice(cell.contentStart, cell.contentEnd)
        if (plainCell.test(content) && !autolinkLike.test(content)) return null
        return request(keyOf('cell', content, suffix), content, 'cell')
      })
    })
  }

  const head = header.text + '\n' + delimiter.text
  const headingLine = heading ? (lines[0] as {text: string}).text : undefined
  return {
    kind: 'table',
    piece,
    heading:
      headingLine === undefined
        ? undefined
        : request(keyOf('prose', headingLine, suffix), headingLine, 'block'),
    head: request(keyOf('head', head, suffix), head, 'block'),
    headStart: header.start,
    rows
  }
}

/**
 * Parse every request in one document, stretches separated by a blank line:
 * the document's first piece (if asked for), the page's definitions, the
 * other blocks (each was cut where nothing carries on across a blank line,
 * so none reaches into the next), every cell as a row of a one-column table
 * (a cell's content is read on its own, whatever its row), and the
 * document's last piece (if asked for). Put the nodes, positioned from 0, in
 * the requests. `false` if the parse does not come out as planned.
 */
function parseBatch(requests: Request[], suffix: string): boolean {
  const blocks = requests.filter((request) => request.kind === 'block')
  const cells = requests.filter((request) => request.kind === 'cell')
  const first = blocks.find((block) => block.place === 'start')
  const last = blocks.find((block) => block.place === 'end')
  const segments: Segment[] = []
  // Front matter is read only at the very start: a batch without the
  // document's first piece starts with a line break.
  let document = first ? '' : '\n'
  let line = document.length

  const append = (text: string) => {
    // Count the line breaks the text adds: a piece that ends in a lone CR
    // makes one CRLF with a following LF.
    const before = document.slice(-1)
    line += countLines(before + text) - countLines(before)
    document += text
  }

  const add = (text: string, segment: Pick<Segment, 'block' | 'cells'>) => {
    if (document) append('\n\n')
    segments.push({
      ...segment,
      start: document.length,
      line,
      end: document.length + text.length
    })
    append(text)
  }

  if (first) add(first.source, {block: first})
  if (suffix) add(suffix.slice(2), {})
  for (const block of blocks) {
    if (block !== first && block !== last) add(block.source, {block})
  }

  if (cells.length > 0) {
    add('|x|\n|-|\n' + cells.map((cell) => '|' + cell.source + '\n').join(''), {
      cells: true
    })
  }

  // The document's last piece ends the batch as it ends the document: some
  // constructs read differently at the end of the text.
  if (last) {
    add(last.source, {block: last})
  } else {
    // Anything left open (a fence the cutter took for closed) runs past its
    // segment into these, and the parse is refused below.
    append('\n\n')
  }

  const root = parseMarkdown(document)
  const nodes = new Map<Request, RootContent[]>(
    blocks.map((block) => [block, []])
  )
  let cellTable: RootContent | undefined
  let index = 0

  for (const node of root.children) {
    const start = node.position?.start.offset ?? 0
    while (
      index + 1 < segments.length &&
      start >= (segments[index + 1] as Segment).start
    )
      index++
    const segment = segments[index] as Segment
    if ((node.position?.end.offset ?? 0) > segment.end) return false
    if (segment.cells) {
      if (cellTable) return false
      cellTable = node
    } else if (segment.block) {
      nodes
        .get(segment.block)
        ?.push(rebase(node, -segment.start, -segment.line, 0))
    }
  }

  if (cells.length > 0) {
    if (
      !cellTable ||
      cellTable.type !== 'table' ||
      cellTable.children.length !== cells.length + 1
    ) {
      return false
    }

    for (const [index, cell] of cells.entries()) {
      const row = cellTable.children[index + 1] as TableRow
      const only = row.children[0]
      if (row.children.length !== 1 || !only) return false
      // In the batch the content starts after the row's pipe, at column 2.
      const start = (row.position as Position).start
      cell.nodes = only.children.map((child) =>
        rebase(child, -((start.offset ?? 0) + 1), -(start.line - 1), -1)
      )
    }
  }

  for (const [block, found] of nodes) block.nodes = found
  return true
}

/** A stretch of the batch document: a block, the cells, or definitions (skipped). */
interface Segment {
  start: number
  end: number
  /** Line breaks before it (its 0-based line). */
  line: number
  block?: Request
  cells?: true
}

/**
 * The nodes of a planned table, positioned in the document: the heading and
 * the header row as parsed, each body row laid out here with its cells'
 * content as parsed (or as one text node, for plain text).
 */
function tableNodes(
  plan: Extract<Plan, {kind: 'table'}>
): RootContent[] | undefined {
  const nodes: RootContent[] = []
  const {piece} = plan
  if (plan.heading) {
    const heading = plan.heading.nodes as RootContent[] | undefined
    if (!heading || heading.length !== 1 || heading[0]?.type !== 'heading')
      return undefined
    nodes.push(rebase(heading[0], piece.start, piece.line, 0))
  }

  const template = (plan.head.nodes as RootContent[] | undefined)?.[0]
  if (!template || template.type !== 'table' || template.children.length !== 1)
    return undefined
  const headLine = piece.line + (plan.heading ? 1 : 0)
  const headOffset = plan.headStart
  const tableRows: TableRow[] = [
    rebase(template.children[0] as TableRow, headOffset, headLine, 0)
  ]

  for (const row of plan.rows) {
    const point = (offset: number): Point => ({
      line: row.line,
      column: offset - row.lineStart + 1,
      offset
    })
    const cells: TableCell[] = []
    for (const [index, cell] of row.layout.cells.entries()) {
      const request = row.cells[index]
      const contentStart = row.lineStart + cell.contentStart
      let children: PhrasingContent[] = []
      if (request) {
        if (!request.nodes) return undefined
        children = (request.nodes as PhrasingContent[]).map((child) =>
          rebase(child, contentStart, row.line - 1, cell.contentStart)
        )
      } else if (cell.contentEnd > cell.contentStart) {
        children = [
          {
            type: 'text',
            value: row.text.slice(cell.contentStart, cell.contentEnd),
            position: {
              start: point(contentStart),
              end: point(row.lineStart + cell.contentEnd)
            }
          }
        ]
      }

      cells.push({
        type: 'tableCell',
        children,
        position: {
          start: point(row.lineStart + cell.start),
          end: point(row.lineStart + cell.end)
        }
      })
    }

    tableRows.push({
      type: 'tableRow',
      children: cells,
      position: {
        start: point(row.lineStart + row.layout.start),
        end: point(row.lineStart + row.layout.end)
      }
    })
  }

  const last = tableRows[tableRows.length - 1] as TableRow
  const start = template.position?.start
  nodes.push({
    ...template,
    children: tableRows,
    position: {
      start: {
        line: headLine + 1,
        column: start?.column ?? 1,
        offset: headOffset + (start?.offset ?? 0)
      },
      end: {...(last.position as Position).end}
    }
  })
  return nodes
}

/** Put an entry in the cache, emptying it first when it would grow past its limit (one larger than the limit is not kept). */
function store(
  cache: BlockCache,
  key: string,
  nodes: RootContent[] | PhrasingContent[]
) {
  const cost = key.length + entryCost
  if (cost > cache.limit) return
  if (cache.size + cost > cache.limit) {
    cache.entries.clear()
    cache.size = 0
  }

  cache.entries.set(key, nodes)
  cache.size += cost
}
