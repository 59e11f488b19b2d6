/**
 * Read an ER Direct cell of the by-location tables.
 */

import type {PhrasingContent} from 'mdast'
import type {ErDirect} from '../model.js'
import type {CellValue} from './cell-problem.js'
import {textFromCell} from './cell-text.js'

/** Texts that say ER Direct is available without saying at which speeds. */
const available = new Set(['✓', '✔', 'supported', 'yes'])

/** Texts that say it is not. */
const unavailable = new Set(['✗', '✘', 'n/a', 'not supported', 'no'])

/** A port speed: `10G`, `100G`, `10 Gbps`. */
const speed = /^\d+(?:\.\d+)?\s*g(?:bps)?$/i

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
  const text = textFromCell(children)
  if (text === '') return {value: null, problem: null}
  const key = text.toLowerCase()
  if (available.has(key)) {
    return {value: {available: true, speeds: []}, problem: null}
  }

  if (unavailable.has(key)) {
    return {value: {available: false, speeds: []}, problem: null}
  }

  const speeds = text
    .split(/[,，、]|\s+and\s+/)
    .map((d) => d.trim())
    .filter(Boolean)
  if (speeds.length > 0 && speeds.every((d) => speed.test(d))) {
    return {
      value: {
        available: true,
        speeds: speeds.map((d) =>
          d.replace(/\s+/g, '').replace(/gbps$/i, 'G').toUpperCase()
        )
      },
      problem: null
    }
  }

  return {
    value: null,
    problem: {
      ruleId: 'unknown-cell-value',
      reason:
        'Unexpected ER Direct value `' +
        text +
        '`, expected speeds (`10G, 100G`), `&check;`, `&cross;` or `n/a`',
      offset: children[0]?.position?.start.offset ?? null
    }
  }
}
