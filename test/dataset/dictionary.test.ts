/**
 * README's data dictionary lists every column of every CSV table of a
 * dataset, in order, one line each: this keeps it equal to the code.
 */

import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  documentsTableColumns,
  documentsTableName
} from '../../src/render/dataset-documents.js'
import {datasetTableSpecs} from '../../src/render/dataset-tables.js'
import {renderDataset} from '../../src/render/dataset.js'
import {documentOf} from '../diff/builders.js'
import {root} from '../helpers.js'

/** Columns `datasetTables` puts before every table's own. */
const leading = ['date', 'view', 'path']
/** Columns every table's spec ends with. */
const trailing = ['line', 'column']
const commonHeading = 'Every record table'

/** The dictionary: heading (table file name, or the common part) → documented columns. */
function dictionary(): Map<
  string,
  Array<{column: string; description: string}>
> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const start = readme.indexOf('\n### Data dictionary\n')
  expect(start, 'README has no `### Data dictionary`').toBeGreaterThan(-1)
  const rest = readme.slice(start + 1)
  const end = rest.search(/\n#{1,3} /)
  const section = end === -1 ? rest : rest.slice(0, end)

  const tables = new Map<string, Array<{column: string; description: string}>>()
  let current: Array<{column: string; description: string}> | undefined
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

describe('README data dictionary', () => {
  const documented = dictionary()
  const columns = (name: string) =>
    (documented.get(name) ?? []).map((entry) => entry.column)

  it('should document the columns every record table has', () => {
    expect(columns(commonHeading)).toEqual([...leading, ...trailing])
  })

  it('should document every column of every record table, in order', () => {
    for (const [name, spec] of Object.entries(datasetTableSpecs)) {
      expect(spec.columns.slice(-trailing.length), name).toEqual(trailing)
      expect(columns(name), name).toEqual(
        spec.columns.slice(0, -trailing.length)
      )
    }
  })

  it('should document every column of documents.csv', () => {
    expect(columns(documentsTableName)).toEqual([...documentsTableColumns])
  })

  it('should document no table a dataset does not have, and every one it has', () => {
    const tables = [...renderDataset([documentOf()]).keys()].filter((name) =>
      name.endsWith('.csv')
    )
    expect(
      [...documented.keys()].filter((name) => name !== commonHeading).sort()
    ).toEqual(tables.sort())
  })

  it('should describe each column in a sentence', () => {
    for (const [name, entries] of documented) {
      for (const {column, description} of entries)
        expect(description.length, name + ' ' + column).toBeGreaterThan(10)
    }
  })
})
