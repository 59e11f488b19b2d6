/**
 * Read an address cell of the by-location tables: the facility or
 * facilities (datacenters) of a location.
 */

import type {PhrasingContent} from 'mdast'
import type {Facility} from '../model.js'
import {charsFromCell} from './cell-chars.js'
import {listFromCell} from './cell-list.js'

/**
 * The facilities of a location.
 *
 * `[Cologix MTL3](…)<br/>[Cologix MTL7](…)` → two facilities with URLs;
 * `[Equinix DC2](…), [Equinix DC6](…)` and `[Cologix MIN1](…) and
 * [Cologix MIN3](…)` likewise; plain text (`Etisalat KDC`) → one facility
 * without URL.
 *
 * Note: a plain-text address is one facility even if it holds a comma, as a
 * street address would; only links are split on ` and ` or commas.
 *
 * @param children
 *   Phrasing content of one table cell.
 * @returns
 *   The facilities; `[]` for `n/a`; `null` for an empty cell.
 */
export function facilitiesFromCell(
  children: ReadonlyArray<PhrasingContent>
): Facility[] | null {
  const chars = charsFromCell(children)
  const {text} = chars
  const urls = Array.from(chars.runs, (run) => chars.runUrls[run])
  const links = new Set(urls.filter((url) => url !== undefined))
  const entries = listFromCell(children)
  if (entries === null) return null

  // Without links, a comma is part of the address; only breaks separate.
  if (links.size === 0) {
    const lines = text
      .split('\n')
      .map((d) => d.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
    return entries.length === 0 ? [] : lines.map((name) => ({name, url: null}))
  }

  const facilities: Facility[] = []
  const linkAt = linkFinder(text, urls)
  for (const entry of entries) {
    // `[A](…) and [B](…)`: the second name is not in the first link.
    const parts = entry.name.split(/\s+and\s+/)
    if (parts.length > 1 && links.size > 1) {
      for (const part of parts) {
        facilities.push({name: part, url: linkAt(part)})
      }
    } else {
      facilities.push({name: entry.name, url: entry.url})
    }
  }

  return facilities
}

/**
 * URL of the first linked place in `text` where `part` starts, `null` if
 * none.
 *
 * Searching all of `text` once per part is quadratic in a cell of many
 * parts (`[A](…) and [B](…) and …`, issue 10 §1): parts come in the order of
 * the text, so each search starts where the previous part was found, and a
 * part already looked up is answered from a memo. A part not in the text
 * (its markup or whitespace changed) would scan the rest of the text each
 * time: searches stop once failed ones (and unlinked places) have scanned,
 * together, twice the text. In the pages this gives what the search from the start gave.
 */
function linkFinder(
  text: string,
  urls: ReadonlyArray<string | null | undefined>
): (part: string) => string | null {
  const found = new Map<string, string | null>()
  let cursor = 0
  let budget = 2 * text.length
  return function (part) {
    const known = found.get(part)
    if (known !== undefined) return known
    let url: string | null = null
    if (budget > 0) {
      let index = text.indexOf(part, cursor)
      while (index !== -1 && urls[index] === undefined && budget > 0) {
        budget -= part.length + 1
        index = text.indexOf(part, index + 1)
      }

      if (index !== -1 && urls[index] !== undefined) {
        url = urls[index] ?? null
        cursor = index + part.length
      } else {
        budget -= text.length - cursor
      }
    }

    found.set(part, url)
    return url
  }
}
