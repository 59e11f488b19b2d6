/**
 * Page metadata: ACOM headers (`<properties … />` + `<tags … />`, 2015-2016
 * pages) or YAML front matter (2016 on), normalized into `meta`.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../diagnostics.js'
import type {Meta, MetadataFormat} from '../model.js'
import {frontMatterEntries} from './front-matter.js'
import {rawFromEntries, type MetadataEntry} from './metadata-entry.js'
import type {Placer} from './place.js'
import {toRawStartOffset} from './source-map.js'
import type {View} from './view.js'

/** Metadata of a page, as read from one view. */
export interface Metadata {
  /** How the page carries its metadata. */
  format: MetadataFormat
  /** Normalized metadata; `footnotes` is filled by later stages. */
  meta: Meta
  /** Diagnostics, at raw positions. */
  messages: VFileMessage[]
}

/**
 * Read the metadata of a page.
 *
 * @param view
 *   View to read (metadata sits before any customization, but a view is
 *   what later stages see).
 * @param place
 *   Turns raw offsets into points, for diagnostics.
 */
export function metadataFromView(view: View, place: Placer): Metadata {
  const messages: VFileMessage[] = []
  const at = (offset: number) => place(toRawStartOffset(view.map, offset))
  const {format, entries} = metadataEntries(view.text, messages, at)
  const byKey = new Map(
    entries.map((entry) => [entry.key.toLowerCase(), entry])
  )

  return {
    format,
    meta: {
      title: firstText(byKey, ['title', 'pagetitle']),
      description: firstText(byKey, ['description']),
      service: firstText(byKey, ['ms.service', 'services', 'service']),
      authors: authorsOf(byKey),
      date: dateOf(byKey, messages, at),
      footnotes: {},
      raw: rawFromEntries(entries)
    },
    messages
  }
}

/** Metadata entries by lowercased key, the last of a repeated key winning. */
type EntriesByKey = ReadonlyMap<string, MetadataEntry>

/** Turns a view offset into a point of the raw file. */
type At = (offset: number) => ReturnType<Placer>

/** How the page carries its metadata, and its entries in page order. */
function metadataEntries(
  text: string,
  messages: VFileMessage[],
  at: At
): {format: MetadataFormat; entries: MetadataEntry[]} {
  const start = leadingSpace(text)
  if (/^<properties\b/i.test(text.slice(start, start + 12))) {
    return {format: 'acom', entries: acomEntries(text, start, messages, at)}
  }

  if (/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
    const found = frontMatterEntries(text, messages, at)
    if (found) return {format: 'yaml', entries: found}
  }

  return {format: 'none', entries: []}
}

/** The trimmed value of the first of `keys` that has one, else `null`. */
function firstText(
  byKey: EntriesByKey,
  keys: readonly string[]
): string | null {
  for (const key of keys) {
    const value = byKey.get(key)?.value.trim()
    if (value) return value
  }

  return null
}

/** Authors of every author key, each once, in order. */
function authorsOf(byKey: EntriesByKey): string[] {
  const authors: string[] = []
  for (const key of ['author', 'authors', 'ms.author']) {
    for (const name of (byKey.get(key)?.value ?? '').split(/[,;]/)) {
      const author = name.trim()
      if (author && !authors.includes(author)) authors.push(author)
    }
  }

  return authors
}

/** `ms.date` as ISO; `null`, reported, when it is no date. */
function dateOf(
  byKey: EntriesByKey,
  messages: VFileMessage[],
  at: At
): string | null {
  const entry = byKey.get('ms.date')
  if (!entry || !entry.value.trim()) return null
  const date = isoDate(entry.value.trim())
  if (!date) {
    messages.push(
      createMessage(
        'invalid-date',
        'Unexpected `ms.date` value `' +
          entry.value.trim() +
          '`, expected a date such as `MM/DD/YYYY`; `meta.date` is `null`',
        at(entry.offset)
      )
    )
  }

  return date
}

/**
 * Turn a `ms.date` into ISO `YYYY-MM-DD`.
 *
 * @param value
 *   `MM/DD/YYYY` (the docs' form; one-digit month and day too) or ISO.
 * @returns
 *   The ISO date, or `null` when it is not a real date.
 */
export function isoDate(value: string): string | null {
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  let year: number
  let month: number
  let day: number
  if (match) {
    month = Number(match[1])
    day = Number(match[2])
    year = Number(match[3])
  } else {
    match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
    if (!match) return null
    year = Number(match[1])
    month = Number(match[2])
    day = Number(match[3])
  }

  const time = new Date(Date.UTC(year, month - 1, day))
  if (
    time.getUTCFullYear() !== year ||
    time.getUTCMonth() !== month - 1 ||
    time.getUTCDate() !== day
  ) {
    return null
  }

  return time.toISOString().slice(0, 10)
}

/** Offset of the first character that is not whitespace or a BOM. */
function leadingSpace(text: string): number {
  const match = /^[\uFEFF\s]*/.exec(text)
  return match ? match[0].length : 0
}

/** Attributes of `<properties … />` and the `<tags … />` that follows it. */
function acomEntries(
  text: string,
  start: number,
  messages: VFileMessage[],
  at: At
): MetadataEntry[] {
  const entries: MetadataEntry[] = []
  let offset = start

  for (const name of ['properties', 'tags']) {
    const open = new RegExp('^<' + name + '\\b', 'i').exec(
      text.slice(offset, offset + name.length + 2)
    )
    if (!open) break
    // Attribute values are quoted, so a `>` inside one does not end the tag.
    const tag =
      /^<[a-z]+((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'/>]+))*)\s*(\/?>)?/i.exec(
        text.slice(offset)
      )
    if (!tag || !tag[2]) {
      messages.push(
        createMessage(
          'invalid-acom-metadata',
          'Unexpected unclosed `<' +
            name +
            '`, expected `/>`; its attributes are read up to where they stop',
          at(offset)
        )
      )
    }

    const attributes = tag?.[1] ?? ''
    const attributesStart = offset + 1 + name.length
    const attribute = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))/g
    let match: RegExpExecArray | null
    while ((match = attribute.exec(attributes))) {
      const value = match[2] ?? match[3] ?? match[4] ?? ''
      entries.push({
        key: match[1] as string,
        value,
        offset:
          attributesStart +
          match.index +
          match[0].length -
          value.length -
          (match[4] === undefined ? 1 : 0)
      })
    }

    offset += tag ? tag[0].length : name.length + 1
    offset += leadingSpace(text.slice(offset, offset + 200))
  }

  return entries
}
