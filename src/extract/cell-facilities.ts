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
  for (const entry of entries) {
    // `[A](…) and [B](…)`: the second name is not in the first link.
    const parts = entry.name.split(/\s+and\s+/)
    if (parts.length > 1 && links.size > 1) {
      for (const part of parts) {
        const first = urls.findIndex(
          (url, index) => url !== undefined && text.startsWith(part, index)
        )
        facilities.push({name: part, url: first === -1 ? null : (urls[first] ?? null)})
      }
    } else {
      facilities.push({name: entry.name, url: entry.url})
    }
  }

  return facilities
}
