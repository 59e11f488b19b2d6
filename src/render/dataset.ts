/**
 * A dataset: the files `er-locations dataset` writes for a set of documents,
 * as text. Pure: same documents, same bytes (LF, sorted, no timestamps).
 */

import type {LocationsDocument} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import {documentsJson, documentJson} from './dataset-json.js'
import {documentsTable, documentsTableName} from './dataset-documents.js'
import {datasetTables} from './dataset-tables.js'
import {modelSchema} from './model-schema.js'
import {compareDocumentOrder} from './order-documents.js'

/** File of the model when the dataset has one document. */
export const singleModelName = 'model.json'
/** File of the models when the dataset has several documents. */
export const modelsName = 'models.json'
/** File of the JSON Schema of the model. */
export const schemaName = 'schema.json'

/**
 * Order documents for a dataset: in the one order of documents
 * (`compareDocumentOrder`: by date, undated last, then path), and the views
 * of one file at one date by view (`published` first), so that the bytes do
 * not depend on the order the documents came in.
 *
 * Note: unlike a changelog, a dataset does not need a history, so a page
 * without a date is kept (its `date` columns are empty) rather than refused.
 *
 * @param documents
 *   Models in any order.
 */
export function orderDatasetDocuments(
  documents: readonly LocationsDocument[]
): LocationsDocument[] {
  return [...documents].sort(
    (a, b) => compareDocumentOrder(a, b) || compareCodeUnits(a.view, b.view)
  )
}

/**
 * Render a dataset.
 *
 * @param documents
 *   One or more models, in any order.
 * @returns
 *   File name → file text, names sorted: `model.json` (one document) or
 *   `models.json` (several, in the order of `orderDatasetDocuments`),
 *   `schema.json`, `documents.csv` and the record tables of `datasetTables`.
 */
export function renderDataset(
  documents: readonly LocationsDocument[]
): Map<string, string> {
  const ordered = orderDatasetDocuments(documents)
  const files: Array<[string, string]> = [
    ordered.length === 1
      ? [singleModelName, documentJson(ordered[0] as LocationsDocument)]
      : [modelsName, documentsJson(ordered)],
    [schemaName, JSON.stringify(modelSchema, null, 2) + '\n'],
    [documentsTableName, documentsTable(ordered)],
    ...Object.entries(datasetTables(ordered))
  ]
  return new Map(files.sort(([a], [b]) => compareCodeUnits(a, b)))
}
