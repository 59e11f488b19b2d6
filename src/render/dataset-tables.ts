/**
 * The model as CSV tables: one table a record type, one row a record.
 *
 * Lists are joined with `; `; `null` ("the page does not say") is an empty
 * field. Every table starts with the document's date and view, so the tables
 * of several documents stack.
 */

import type {LocationsDocument, SourcePoint} from '../model.js'
import {toCsv, type CsvValue} from './csv.js'

/** A CSV table: its columns and how a document gives its rows. */
interface TableSpec {
  columns: string[]
  rows: (document: LocationsDocument) => CsvValue[][]
}

/** Columns a record gives by a function, by name, in column order. */
type DerivedCells<R> = Record<string, (record: NoInfer<R>) => CsvValue>

/** Lists as one cell; `null` stays an empty field. */
const list = (values: readonly string[] | null) =>
  values === null ? null : values.join('; ')

/** The last columns of a record's table: where it is on its page. */
const place = {
  line: (record: {source: SourcePoint}) => record.source.line,
  column: (record: {source: SourcePoint}) => record.source.column
}

/**
 * A table of one record type, one row a record: first the fields whose
 * values are cells as they are, then the derived cells.
 *
 * @param records
 *   The records of a document; its parameter typed, so that the record type
 *   is known before the fields are checked against it.
 * @param fields
 *   Fields of the record that are cells, in column order.
 * @param derived
 *   Further columns: name → how a record gives its cell.
 */
function recordTable<R extends Record<F, CsvValue>, F extends string>(
  records: (document: LocationsDocument) => readonly R[],
  fields: readonly F[],
  derived: DerivedCells<R>
): TableSpec {
  const cells = [
    ...fields.map((field) => [field, (record: R) => record[field]] as const),
    ...Object.entries(derived)
  ]
  return {
    columns: cells.map(([name]) => name),
    rows: (document) =>
      records(document).map((record) => cells.map(([, cell]) => cell(record)))
  }
}

/** Every table, by file name. */
export const datasetTableSpecs: Record<string, TableSpec> = {
  'locations.csv': recordTable(
    (document: LocationsDocument) => document.locations,
    ['cloud', 'id', 'name', 'comingSoon', 'zone'],
    {
      facilities: (record) =>
        list(record.facilities?.map((facility) => facility.name) ?? null),
      facilityUrls: (record) =>
        list(record.facilities?.map((facility) => facility.url ?? '') ?? null),
      localAzureRegions: (record) => list(record.localAzureRegions),
      erDirect: (record) => record.erDirect?.available ?? null,
      erDirectSpeeds: (record) => list(record.erDirect?.speeds ?? null),
      ...place
    }
  ),
  'providers.csv': recordTable(
    (document: LocationsDocument) => document.providers,
    ['id', 'name', 'url'],
    place
  ),
  'offerings.csv': recordTable(
    (document: LocationsDocument) => document.offerings,
    ['cloud', 'provider', 'location', 'comingSoon', 'azure', 'office365'],
    place
  ),
  'regions.csv': recordTable(
    (document: LocationsDocument) => document.regions,
    ['cloud', 'id', 'name'],
    {
      azureRegions: (record) => list(record.azureRegions),
      locations: (record) =>
        list(record.locations.map((entry) => entry.location)),
      comingSoonLocations: (record) =>
        list(
          record.locations
            .filter((entry) => entry.comingSoon)
            .map((entry) => entry.location)
        ),
      ...place
    }
  ),
  'exchanges.csv': recordTable(
    (document: LocationsDocument) => document.exchanges,
    ['cloud', 'location'],
    {
      exchanges: (record) => list(record.exchanges),
      providers: (record) => list(record.providers),
      ...place
    }
  ),
  'system-integrators.csv': recordTable(
    (document: LocationsDocument) => document.systemIntegrators,
    ['id', 'name', 'url', 'continent'],
    place
  ),
  'satellite-operators.csv': recordTable(
    (document: LocationsDocument) => document.satelliteOperators,
    ['id', 'name', 'url'],
    place
  ),
  'datacenter-providers.csv': recordTable(
    (document: LocationsDocument) => document.datacenterProviders,
    ['id', 'name', 'url'],
    {exchanges: (record) => list(record.exchanges), ...place}
  ),
  'research-networks.csv': recordTable(
    (document: LocationsDocument) => document.researchNetworks,
    ['id', 'name', 'url', 'via'],
    place
  ),
  // A diagnostic carries its place itself.
  'diagnostics.csv': recordTable(
    (document: LocationsDocument) => document.diagnostics,
    ['ruleId', 'severity', 'message', 'line', 'column'],
    {}
  )
}

/**
 * Serialize documents as CSV tables.
 *
 * @param documents
 *   One or more models; their rows stack, each led by its date, view and path.
 * @returns
 *   File name → CSV text.
 */
export function datasetTables(
  documents: LocationsDocument[]
): Record<string, string> {
  const tables: Record<string, string> = {}
  for (const [name, spec] of Object.entries(datasetTableSpecs)) {
    tables[name] = toCsv(
      ['date', 'view', 'path', ...spec.columns],
      documents.flatMap((document) =>
        spec
          .rows(document)
          .map((row) => [
            document.meta.date,
            document.view,
            document.source.path,
            ...row
          ])
      )
    )
  }

  return tables
}
