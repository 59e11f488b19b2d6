/**
 * Requests for parses: the texts the block cache did not answer are parsed
 * in one batch, the others are answered from the cache.
 */

import type {PhrasingContent, RootContent, TableCell} from 'mdast'
import {ok as assert} from 'devlop'
import type {BlockCache} from './block-cache.js'

/**
 * Where a block is: at the start of the document (front matter is read only
 * there), at its end (some constructs read differently there), or inside.
 */
export type Place = 'start' | 'end' | 'inside'

/** A block to parse as top-level nodes: a piece of prose, a table head. */
export interface BlockRequest {
  kind: 'block'
  key: string
  /** Text given to the parser. */
  source: string
  place: Place
  /** The nodes, positioned from 0, once parsed or found in the cache. */
  nodes?: RootContent[]
}

/** A cell to parse as the content of a table cell. */
export interface CellRequest {
  kind: 'cell'
  key: string
  /** Text given to the parser. */
  source: string
  /** The inline content, positioned from 0, once parsed or found in the cache. */
  nodes?: PhrasingContent[]
}

/** Text to parse, or parsed. */
export type Request = BlockRequest | CellRequest

/** What a key is of: its text is parsed differently for each. */
export type KeyKind =
  'start' | 'end' | 'prose' | 'head' | 'cell' | 'definitions'

/**
 * Key of a text to parse: its kind, its length (so that no text and suffix
 * can pass for another), the text, and the page's definitions when the text
 * may refer to one (it has a `[`).
 */
export function keyOf(kind: KeyKind, source: string, suffix: string): string {
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

/** Gets the request for a text: answered from the cache, or pending. */
export interface Requester {
  /** Request a block, by its key. */
  block: (key: string, source: string, place?: Place) => BlockRequest
  /** Request a cell, by its key. */
  cell: (key: string, source: string) => CellRequest
  /** The nodes the cache holds for a key, without asking for a parse. */
  cached: (key: string) => RootContent[] | undefined
  /** Requests the cache did not answer, by key, in the order asked. */
  pending: Map<string, Request>
}

/**
 * Create a requester that answers from a cache; one request a key.
 *
 * @param cache
 *   Cache to answer from.
 */
export function createRequester(cache: BlockCache): Requester {
  const pending = new Map<string, Request>()

  return {
    block(key, source, place = 'inside') {
      const nodes = cache.entries.get(key)
      if (nodes) return {kind: 'block', key, source, place, nodes}
      const existing = pending.get(key)
      if (existing && existing.kind === 'block') return existing
      const request: BlockRequest = {kind: 'block', key, source, place}
      pending.set(key, request)
      return request
    },
    cell(key, source) {
      const entry = cache.entries.get(key)
      if (entry) {
        const cell = entry[0]
        assert(cell && cell.type === 'tableCell', 'a cell key holds a cell')
        return {kind: 'cell', key, source, nodes: cell.children}
      }

      const existing = pending.get(key)
      if (existing && existing.kind === 'cell') return existing
      const request: CellRequest = {kind: 'cell', key, source}
      pending.set(key, request)
      return request
    },
    cached: (key) => cache.entries.get(key),
    pending
  }
}

/**
 * The cache entry of an answered request: a block's nodes, or a cell as one
 * `tableCell` node holding its content.
 */
export function entryOf(request: Request): RootContent[] {
  assert(
    request.nodes,
    'a batch that came out as planned answers every request'
  )
  if (request.kind === 'block') return request.nodes
  const cell: TableCell = {type: 'tableCell', children: request.nodes}
  return [cell]
}
