/**
 * The dataset's table of documents: one row a document, what the other
 * tables' `date`, `view` and `path` columns refer to.
 *
 * Note: kept out of `datasetTableSpecs`, which are the record tables that
 * `parse --format csv` writes for one document too.
 */

import type {LocationsDocument} from '../model.js'
import {toCsv, type CsvValue} from './csv.js'

/** File name of the table. */
export const documentsTableName = 'documents.csv'

/** Columns of the table. */
export const documentsTableColumns = [
  'date',
  'view',
  'path',
  'sha256',
  'page',
  'metadataFormat',
  'customized',
  'document',
  'title',
  'facets',
  'errors',
  'warnings'
] as const

/**
 * Serialize the documents of a dataset as one CSV table.
 *
 * @param documents
 *   Models, in dataset order.
 */
export function documentsTable(
  documents: readonly LocationsDocument[]
): string {
  return toCsv(
    [...documentsTableColumns],
    documents.map((document): CsvValue[] => [
      document.meta.date,
      document.view,
      document.source.path,
      document.source.sha256,
      document.source.page,
      document.source.metadataFormat,
      document.source.customized,
      document.source.document.id,
      document.meta.title,
      document.facets.join('; '),
      document.diagnostics.filter(
        (diagnostic) => diagnostic.severity === 'error'
      ).length,
      document.diagnostics.filter(
        (diagnostic) => diagnostic.severity === 'warning'
      ).length
    ])
  )
}
