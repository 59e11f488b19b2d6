/**
 * Read a status cell (`Windows Azure` / `Microsoft Azure` / `Office 365` …
 * columns of the by-provider tables).
 */

import type {PhrasingContent} from 'mdast'
import type {Status} from '../model.js'
import type {CellValue} from './cell-problem.js'
import {valueFromCell, type ValueGrammar} from './cell-value.js'

/**
 * Every status text of the survey, lowercased, whitespace collapsed.
 * Entities are decoded by the parser: `&check;` is `✓`, `&cross;` is `✗`.
 */
const statuses: Record<string, Status> = {
  supported: 'supported',
  'not supported': 'not-supported',
  'coming soon': 'coming-soon',
  '✓': 'supported',
  '✔': 'supported',
  '✔️': 'supported',
  '✗': 'not-supported',
  '✘': 'not-supported',
  // zh-cn.
  支持: 'supported',
  不支持: 'not-supported',
  即将支持: 'coming-soon',
  即将推出: 'coming-soon',
  // zh-tw.
  支援: 'supported',
  不支援: 'not-supported',
  敬請期待: 'coming-soon',
  // ko.
  지원됨: 'supported',
  '지원되지 않음': 'not-supported',
  '서비스 예정': 'coming-soon',
  // fr.
  'pris en charge': 'supported',
  'non pris en charge': 'not-supported',
  'bientôt disponible': 'coming-soon',
  // es.
  compatible: 'supported',
  compatibles: 'supported',
  'no compatible': 'not-supported',
  próximamente: 'coming-soon',
  // it.
  supportato: 'supported',
  'non supportato': 'not-supported',
  'presto disponibile': 'coming-soon',
  // pt-br.
  suportado: 'supported',
  'com suporte': 'supported',
  'sem suporte': 'not-supported',
  'em breve': 'coming-soon'
}

/** A status cell's grammar: one of the `statuses`. */
const statusGrammar: ValueGrammar<Status> = {
  name: 'status',
  expected:
    '`Supported`, `Not Supported`, `Coming soon`, `&check;` or `&cross;`',
  read(text) {
    const key = text.toLowerCase()
    return Object.hasOwn(statuses, key) ? statuses[key] : undefined
  }
}

/**
 * The status a cell states.
 *
 * @param children
 *   Phrasing content of one table cell.
 * @returns
 *   The status; `null` value without problem for an empty cell (the page does
 *   not say); `null` with an `unknown-cell-value` problem for other text.
 */
export function statusFromCell(
  children: ReadonlyArray<PhrasingContent>
): CellValue<Status> {
  return valueFromCell(children, statusGrammar)
}
