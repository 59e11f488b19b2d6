/**
 * YAML front matter (2016 pages on) → metadata entries: found with
 * remark-frontmatter, read with `yaml`, key by key when it does not parse
 * as a whole.
 */

import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFileMessage} from 'vfile-message'
import {Document, isMap, parseDocument, YAMLMap, type Pair} from 'yaml'
import {createMessage} from '../diagnostics.js'
import type {RuleId} from '../rules.js'
import type {MetadataEntry} from './metadata-entry.js'
import type {Placer} from './place.js'
import {entriesOfPairs, type FrontMatterPair} from './yaml-pair-entries.js'

/** Front matter parser: only the front matter construct matters here. */
const frontmatterProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])

/**
 * `yaml` options: no console warnings (a collection as a map key is
 * stringified, which is what `meta.raw` wants anyway).
 */
const yamlOptions = {logLevel: 'error'} as const

/**
 * Front matters read before, by the text up to the closing fence: versions
 * of a page mostly share theirs (reading one is a Markdown and a YAML
 * parse). What the text gives holds view offsets only, the same for the
 * same text at the start of a view: the entries, and each diagnostic's rule,
 * reason and offset, turned into a point of the view at hand when given
 * back. Bounded: emptied past 256 entries or a million characters.
 */
interface ReadFrontMatter {
  entries: MetadataEntry[] | undefined
  messages: Array<{ruleId: RuleId; reason: string; offset: number}>
}

const readBefore = new Map<string, ReadFrontMatter>()
let readCharacters = 0

function remember(head: string, read: ReadFrontMatter) {
  if (readBefore.size >= 256 || readCharacters + head.length > 1_000_000) {
    readBefore.clear()
    readCharacters = 0
  }

  if (head.length > 1_000_000) return
  readBefore.set(head, read)
  readCharacters += head.length
}

/**
 * Read the top-level keys of the YAML front matter of a view.
 *
 * @param text
 *   The view's text.
 * @param messages
 *   Diagnostics are pushed here.
 * @param at
 *   Turns view offsets into raw points.
 * @returns
 *   The entries, or `undefined` when the text has no front matter.
 */
export function frontMatterEntries(
  text: string,
  messages: VFileMessage[],
  at: (offset: number) => ReturnType<Placer>
): MetadataEntry[] | undefined {
  // Front matter can only be at the very start: parse just that part, up to
  // its closing fence, not the whole page.
  const fence = /^(?:---|\.\.\.)[ \t]*\r?$/gm
  fence.lastIndex = text.indexOf('---') + 3
  const close = fence.exec(text)
  if (!close) return undefined
  const head = text.slice(0, close.index + close[0].length)
  let read = readBefore.get(head)
  if (!read) {
    // Which view offset each point given out was of.
    const offsets = new Map<object, number>()
    const found: VFileMessage[] = []
    const entries = readFrontMatter(head, found, (offset) => {
      const point = at(offset)
      offsets.set(point, offset)
      return point
    })
    read = {entries: entries?.map((entry) => ({...entry})), messages: []}
    let kept = true
    for (const message of found) {
      const offset = offsets.get(message.place as object)
      if (
        offset === undefined ||
        typeof message.ruleId !== 'string' ||
        message.cause !== undefined
      ) {
        kept = false
        break
      }

      read.messages.push({
        ruleId: message.ruleId as RuleId,
        reason: message.reason,
        offset
      })
    }

    messages.push(...found)
    if (kept) remember(head, read)
    return entries
  }

  for (const message of read.messages)
    messages.push(
      createMessage(message.ruleId, message.reason, at(message.offset))
    )
  return read.entries?.map((entry) => ({...entry}))
}

/** Read the front matter `head` (up to its closing fence) into entries. */
function readFrontMatter(
  head: string,
  messages: VFileMessage[],
  at: (offset: number) => ReturnType<Placer>
): MetadataEntry[] | undefined {
  const tree = frontmatterProcessor.parse(head)
  const node = tree.children[0]
  if (!node || node.type !== 'yaml') return undefined

  const valueStart = head.indexOf('\n') + 1
  const document = parseDocument(node.value, yamlOptions)
  if (document.errors.length === 0) {
    if (!isMap(document.contents)) return []
    const pairs = document.contents.items.map((pair) => ({
      pair,
      source: node.value,
      start: valueStart
    }))
    return entriesOfPairs(document, pairs, messages, at)
  }

  const error = document.errors[0] as (typeof document.errors)[number]
  messages.push(
    createMessage(
      'invalid-front-matter',
      'Unexpected YAML: ' +
        error.message.split('\n')[0] +
        '; front matter read key by key',
      at(valueStart + (error.pos[0] ?? 0))
    )
  )
  return groupEntries(node.value, valueStart, messages, at)
}

/**
 * Recover what a broken front matter says: each top-level key, with its
 * indented lines, is parsed on its own; a key whose value still does not
 * parse (`title: Locations: Azure | Azure`, valid for the docs' own
 * tooling) keeps the text after its first `: `.
 *
 * The keys that parse are then read as one document of their own, so that
 * an alias in one (`description: *t`) resolves to an anchor of an earlier
 * one (`title: &t …`), with the same bounds as a whole front matter.
 */
function groupEntries(
  value: string,
  valueStart: number,
  messages: VFileMessage[],
  at: (offset: number) => ReturnType<Placer>
): MetadataEntry[] {
  const line = /^([^\s#:][^:\r\n]*):(?:[ \t]+|$)(.*)$((?:\r?\n[ \t-].*$)*)/gm
  /** Entries in order; a parsed key waits for the aliases to be resolved. */
  const slots: Array<MetadataEntry | FrontMatterPair> = []
  let match: RegExpExecArray | null

  while ((match = line.exec(value))) {
    const start = valueStart + match.index
    const group = parseDocument(match[0], yamlOptions)
    if (group.errors.length === 0 && isMap(group.contents)) {
      for (const pair of group.contents.items)
        slots.push({pair, source: match[0], start})
    } else {
      const text = (match[2] as string).trim()
      slots.push({
        key: (match[1] as string).trim(),
        value: text.replace(/^(["'])(.*)\1$/, '$2'),
        offset: start + match[0].indexOf(text)
      })
    }
  }

  const pairs = slots.filter((slot): slot is FrontMatterPair => 'pair' in slot)
  const combined = new Document(undefined, yamlOptions)
  const map = new YAMLMap()
  map.items = pairs.map((slot) => slot.pair as Pair<unknown, unknown>)
  combined.contents = map
  const parsed = entriesOfPairs(combined, pairs, messages, at)
  let next = 0
  return slots.map((slot) =>
    'pair' in slot ? (parsed[next++] as MetadataEntry) : slot
  )
}
