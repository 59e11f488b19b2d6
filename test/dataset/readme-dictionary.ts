/**
 * README's data dictionary (`### Data dictionary`), read as data: each
 * `#### ` heading (a table's file name, or the part common to every record
 * table) with the `` - `column` — description `` items under it.
 */

import {readFileSync} from 'node:fs'
import path from 'node:path'
import {root} from '../helpers.js'

/** One documented column. */
export interface DictionaryEntry {
  /** Column name, as in the CSV header. */
  column: string
  /** What README says the column holds, one line. */
  description: string
}

/** Heading of the columns every record table has. */
export const commonHeading = 'Every record table'

/**
 * The dictionary: heading (table file name, or `commonHeading`) → documented
 * columns, in README order.
 */
export function readmeDictionary(): Map<string, DictionaryEntry[]> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const start = readme.indexOf('\n### Data dictionary\n')
  if (start === -1) throw new Error('README has no `### Data dictionary`')
  const rest = readme.slice(start + 1)
  const end = rest.search(/\n#{1,3} /)
  const section = end === -1 ? rest : rest.slice(0, end)

  const tables = new Map<string, DictionaryEntry[]>()
  let current: DictionaryEntry[] | undefined
  for (const line of section.split('\n')) {
    const heading = /^#### (?:`([^`]+)`|(.+))$/.exec(line)
    if (heading) {
      current = []
      tables.set((heading[1] ?? heading[2]) as string, current)
      continue
    }

    const item = /^- `([^`]+)` — (.+)$/.exec(line)
    if (item && current)
      current.push({column: item[1] as string, description: item[2] as string})
  }

  return tables
}
