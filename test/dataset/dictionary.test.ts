/**
 * README's data dictionary lists every column of every CSV table of a
 * dataset, in order, one line each: this keeps it equal to the code.
 */

import {describe, expect, it} from 'vitest'
import {
  documentsTableColumns,
  documentsTableName
} from '../../src/render/dataset-documents.js'
import {datasetTableSpecs} from '../../src/render/dataset-tables.js'
import {renderDataset} from '../../src/render/dataset.js'
import {documentOf} from '../diff/builders.js'
import {commonHeading, readmeDictionary} from './readme-dictionary.js'

/** Columns `datasetTables` puts before every table's own. */
const leading = ['date', 'view', 'path']
/** Columns every table's spec ends with. */
const trailing = ['line', 'column']

describe('README data dictionary', () => {
  const documented = readmeDictionary()
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
