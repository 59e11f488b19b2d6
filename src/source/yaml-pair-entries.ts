/**
 * Top-level YAML pairs → metadata entries, with aliases resolved within
 * bounds.
 *
 * A value is its text: a scalar as written in JavaScript (`1`, `true`,
 * `2020-01-02` — the YAML 1.2 core schema has no dates —, `''` for null), a
 * list its items joined with `, ` (nested lists flattened), a map its JSON.
 * An alias (`description: *t`) is the text of what it refers to, as if the
 * anchored value were written in its place; anchors (`&t`) are never part
 * of a text.
 *
 * Why bounds: an alias bomb (`a: &a [x,x,…]`, `b: &b [*a,*a,…]`, … nine
 * levels) stands for 10^9 values in a few hundred bytes. `yaml` stops the
 * expansion itself (`maxAliasCount`); its own bookkeeping, though, walks the
 * whole document for some aliases, so aliases are resolved only in a small
 * front matter, and the texts they make are bounded too. Past any bound, no
 * alias is resolved: every value holding one is kept as written, with one
 * `invalid-front-matter`.
 */

import type {VFileMessage} from 'vfile-message'
import {
  isAlias,
  isNode,
  isScalar,
  visit,
  YAMLSeq,
  type Document,
  type Pair
} from 'yaml'
import {createMessage} from '../diagnostics.js'
import {inputLimits} from '../input-limits.js'
import type {MetadataEntry} from './metadata-entry.js'
import type {Placer} from './place.js'

/** A top-level pair of a front matter, with the text it was parsed from. */
export interface FrontMatterPair {
  pair: Pair<unknown, unknown>
  /** The YAML text the pair's ranges are offsets in. */
  source: string
  /** Offset of `source` in the view. */
  start: number
}

/** The bounds of alias resolution (README's “Limits and performance”). */
export const aliasLimits = {
  /** `yaml`'s own limit on expansion (its default, 100). */
  maxAliasCount: 100,
  /**
   * Most YAML nodes (scalars, collections, aliases) in a front matter whose
   * aliases are resolved: `yaml` may walk the whole document for every
   * alias of every alias (100 aliases of aliases in 200 000 nodes: 45 s).
   * Real front matters have about 20.
   */
  maxNodes: 1000,
  /** Most characters of text all resolved values make together (1 MiB, as a page). */
  maxLength: inputLimits.maxBytes
} as const

/**
 * Read top-level pairs into entries, in order.
 *
 * @param document
 *   The document holding every pair (aliases resolve within it).
 * @param pairs
 *   The pairs, in page order.
 * @param messages
 *   Diagnostics are pushed here.
 * @param at
 *   Turns view offsets into raw points.
 * @returns
 *   One entry a pair.
 */
export function entriesOfPairs(
  document: Document,
  pairs: readonly FrontMatterPair[],
  messages: VFileMessage[],
  at: (offset: number) => ReturnType<Placer>
): MetadataEntry[] {
  const entries: MetadataEntry[] = []
  /** Indices of the entries whose key or value holds an alias. */
  const holders: number[] = []

  for (const {pair, start} of pairs) {
    const offset = start + pairStart(pair)
    if (holdsAlias(pair.key) || holdsAlias(pair.value)) {
      holders.push(entries.length)
      entries.push({key: '', value: '', offset})
    } else {
      entries.push({
        key: keyText(pair.key),
        value: valueText(pair.value),
        offset
      })
    }
  }

  if (holders.length === 0) return entries

  const held = holders.map((index) => pairs[index] as FrontMatterPair)
  const resolved = resolveAliases(document, held)
  if (typeof resolved === 'string') {
    messages.push(
      createMessage(
        'invalid-front-matter',
        'Unexpected YAML aliases: ' +
          resolved +
          '; values that hold an alias are kept as written',
        at((entries[holders[0] as number] as MetadataEntry).offset)
      )
    )
  }

  for (const [position, index] of holders.entries()) {
    const {pair, source} = held[position] as FrontMatterPair
    const entry = entries[index] as MetadataEntry
    if (typeof resolved === 'string') {
      entry.key = isAlias(pair.key)
        ? written(pair.key, source)
        : keyText(pair.key)
      entry.value = written(pair.value, source)
    } else {
      const [key, value] = resolved[position] as [unknown, unknown]
      entry.key = isAlias(pair.key) ? textOf(key) : keyText(pair.key)
      entry.value = textOf(value)
    }
  }

  return entries
}

/** Where a pair starts in its document: at its value, else its key. */
function pairStart(pair: FrontMatterPair['pair']): number {
  const range = isScalar(pair.value)
    ? pair.value.range
    : isScalar(pair.key)
      ? pair.key.range
      : undefined
  return range?.[0] ?? 0
}

/**
 * Resolve the keys and values of some pairs, in one pass so that `yaml`
 * counts every alias of the document against one `maxAliasCount`.
 *
 * @returns
 *   `[key, value]` a pair, or why they could not be resolved.
 */
function resolveAliases(
  document: Document,
  pairs: readonly FrontMatterPair[]
): Array<[unknown, unknown]> | string {
  let nodes = 0
  let aliases = 0
  visit(document, {
    Node(_, node) {
      nodes++
      if (isAlias(node)) aliases++
    }
  })

  if (nodes > aliasLimits.maxNodes) {
    return (
      'a front matter of ' +
      nodes +
      ' nodes, expected at most ' +
      aliasLimits.maxNodes +
      ' to resolve aliases in'
    )
  }

  // `yaml` counts uses of each anchor, not alias nodes; bounding those too
  // bounds its walks of the document (a few per alias).
  if (aliases > aliasLimits.maxAliasCount) {
    return aliases + ' aliases, expected at most ' + aliasLimits.maxAliasCount
  }

  const list = new YAMLSeq()
  list.items = pairs.flatMap(({pair}) => [pair.key, pair.value])
  let values: unknown[]
  try {
    values = list.toJS(document, {
      maxAliasCount: aliasLimits.maxAliasCount
    }) as unknown[]
  } catch (error) {
    // `yaml` throws a `ReferenceError` for an alias before its anchor and
    // past `maxAliasCount`; anything else is a bug, not the page's.
    if (error instanceof ReferenceError) return error.message
    throw error
  }

  const lengths = new Map<object, number>()
  let length = 0
  for (const value of values) length += textLength(value, lengths)
  if (length > aliasLimits.maxLength) {
    return (
      'they expand to ' +
      (Number.isFinite(length)
        ? 'more than ' + aliasLimits.maxLength + ' characters'
        : 'a value that holds itself')
    )
  }

  return pairs.map((_, index) => [values[index * 2], values[index * 2 + 1]])
}

/** Whether a node is or holds an alias. */
function holdsAlias(node: unknown): boolean {
  if (isAlias(node)) return true
  if (!isNode(node) || isScalar(node)) return false
  let found = false
  visit(node, {
    Alias() {
      found = true
      return visit.BREAK
    }
  })
  return found
}

/** Text of a key without aliases. */
function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key)
}

/** Text of a value without aliases. */
function valueText(value: unknown): string {
  if (isScalar(value)) return value.value === null ? '' : String(value.value)
  return isNode(value) ? textOf(value.toJSON()) : ''
}

/** A node as written in its source (its anchor and tag aside). */
function written(node: unknown, source: string): string {
  if (!isNode(node) || !node.range) return ''
  return source.slice(node.range[0], node.range[1]).trim()
}

/** Text of a JavaScript value of YAML: lists joined with commas. */
function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => textOf(item)).join(', ')
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/**
 * About how long `textOf` of a value is, counting a shared value (an
 * anchor's) each time it appears, without building the text: `Infinity`
 * for a value that holds itself (`a: &a [*a]`).
 *
 * @param value
 *   JavaScript value of YAML (shared objects where aliases were).
 * @param lengths
 *   Lengths of the objects measured so far; `Infinity` while being measured.
 */
function textLength(value: unknown, lengths: Map<object, number>): number {
  if (value === null || value === undefined) return 0
  if (typeof value !== 'object') return String(value).length
  const known = lengths.get(value)
  if (known !== undefined) return known
  lengths.set(value, Number.POSITIVE_INFINITY)
  let length = 2
  for (const [key, item] of Array.isArray(value)
    ? value.entries()
    : Object.entries(value)) {
    length +=
      (Array.isArray(value) ? 0 : String(key).length) +
      textLength(item, lengths) +
      4
  }

  lengths.set(value, length)
  return length
}
