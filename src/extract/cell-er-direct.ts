/**
 * Read an ER Direct cell of the by-location tables.
 */

import type {PhrasingContent} from 'mdast'
import type {ErDirect} from '../model.js'
import type {CellValue} from './cell-problem.js'
import {valueFromCell, type ValueGrammar} from './cell-value.js'

/** Texts that say ER Direct is available without saying at which speeds. */
const available = new Set(['✓', '✔', 'supported', 'yes'])

/** Texts that say it is not. */
const unavailable = new Set(['✗', '✘', 'n/a', 'not supported', 'no'])

/** A port speed: `10G`, `100G`, `10 Gbps`. */
const speed = /^\d+(?:\.\d+)?\s*g(?:bps)?$/i

/** An ER Direct cell's grammar: speeds, or a word that says whether. */
const erDirectGrammar: ValueGrammar<ErDirect> = {
  name: 'ER Direct value',
  expected: 'speeds (`10G, 100G`), `&check;`, `&cross;` or `n/a`',
  read(text) {
    const key = text.toLowerCase()
    if (available.has(key)) return {available: true, speeds: []}
    if (unavailable.has(key)) return {available: false, speeds: []}
    const speeds = text
      .split(/[,，、]|\s+and\s+/)
      .map((d) => d.trim())
      .filter(Boolean)
    if (speeds.length === 0 || !speeds.every((d) => speed.test(d))) {
      return undefined
    }

    return {
      available: true,
      speeds: speeds.map((d) =>
        d.replace(/\s+/g, '').replace(/gbps$/i, 'G').toUpperCase()
      )
    }
  }
}

/**
 * ER Direct availability.
 *
 * `10G, 100G` → `{available: true, speeds: ['10G', '100G']}`;
 * `&check;`, `Supported` → `{available: true, speeds: []}`;
 * `&cross;`, `n/a` → `{available: false, speeds: []}`.
 *
 * @param children
 *   Phrasing content of one table cell.
 * @returns
 *   The value; `null` for an empty cell; `null` with a problem for other text.
 */
export function erDirectFromCell(
  children: ReadonlyArray<PhrasingContent>
): CellValue<ErDirect> {
  return valueFromCell(children, erDirectGrammar)
}
