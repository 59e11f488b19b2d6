/**
 * The model as CSV tables: one table a record type, one row a record.
 *
 * Lists are joined with `; `; `null` ("the page does not say") is an empty
 * field. Every table starts with the document's date and view, so the tables
 * of several documents stack.
 */

import type {LocationsDocument} from '../model.js'
import {toCsv, type CsvValue} from './csv.js'

/** A CSV table: its columns and how a document gives its rows. */
interface TableSpec {
  columns: string[]
  rows: (document: LocationsDocument) => CsvValue[][]
}

const list = (values: string[] | null) =>
  values === null ? null : values.join('; ')

/** Every table, by file name. */
export const datasetTableSpecs: Record<string, TableSpec> = {
  'locations.csv': {
    columns: [
      'cloud',
      'id',
      'name',
      'comingSoon',
      'zone',
      'facilities',
      'facilityUrls',
      'localAzureRegions',
      'erDirect',
      'erDirectSpeeds',
      'line',
      'column'
    ],
    rows: (document) =>
      document.locations.map((record) => [
        record.cloud,
        record.id,
        record.name,
        record.comingSoon,
        record.zone,
        list(record.facilities?.map((facility) => facility.name) ?? null),
        list(record.facilities?.map((facility) => facility.url ?? '') ?? null),
        list(record.localAzureRegions),
        record.erDirect?.available ?? null,
        list(record.erDirect?.speeds ?? null),
        record.source.line,
        record.source.column
      ])
  },
  'providers.csv': {
    columns: ['id', 'name', 'url', 'line', 'column'],
    rows: (document) =>
      document.providers.map((record) => [
        record.id,
        record.name,
        record.url,
        record.source.line,
        record.source.column
      ])
  },
  'offerings.csv': {
    columns: [
      'cloud',
      'provider',
      'location',
      'comingSoon',
      'azure',
      'office365',
      'line',
      'column'
    ],
    rows: (document) =>
      document.offerings.map((record) => [
        record.cloud,
        record.provider,
        record.location,
        record.comingSoon,
        record.azure,
        record.office365,
        record.source.line,
        record.source.column
      ])
  },
  'regions.csv': {
    columns: [
      'cloud',
      'id',
      'name',
      'azureRegions',
      'locations',
      'comingSoonLocations',
      'line',
      'column'
    ],
    rows: (document) =>
      document.regions.map((record) => [
        record.cloud,
        record.id,
        record.name,
        list(record.azureRegions),
        list(record.locations.map((entry) => entry.location)),
        list(
          record.locations
            .filter((entry) => entry.comingSoon)
            .map((entry) => entry.location)
        ),
        record.source.line,
        record.source.column
      ])
  },
  'exchanges.csv': {
    columns: ['cloud', 'location', 'exchanges', 'providers', 'line', 'column'],
    rows: (document) =>
      document.exchanges.map((record) => [
        record.cloud,
        record.location,
        list(record.exchanges),
        list(record.providers),
        record.source.line,
        record.source.column
      ])
  },
  'system-integrators.csv': {
    columns: ['id', 'name', 'url', 'continent', 'line', 'column'],
    rows: (document) =>
      document.systemIntegrators.map((record) => [
        record.id,
        record.name,
        record.url,
        record.continent,
        record.source.line,
        record.source.column
      ])
  },
  'satellite-operators.csv': {
    columns: ['id', 'name', 'url', 'line', 'column'],
    rows: (document) =>
      document.satelliteOperators.map((record) => [
        record.id,
        record.name,
        record.url,
        record.source.line,
        record.source.column
      ])
  },
  'datacenter-providers.csv': {
    columns: ['id', 'name', 'url', 'exchanges', 'line', 'column'],
    rows: (document) =>
      document.datacenterProviders.map((record) => [
        record.id,
        record.name,
        record.url,
        list(record.exchanges),
        record.source.line,
        record.source.column
      ])
  },
  'research-networks.csv': {
    columns: ['id', 'name', 'url', 'via', 'line', 'column'],
    rows: (document) =>
      document.researchNetworks.map((record) => [
        record.id,
        record.name,
        record.url,
        record.via,
        record.source.line,
        record.source.column
      ])
  },
  'diagnostics.csv': {
    columns: ['ruleId', 'severity', 'message', 'line', 'column'],
    rows: (document) =>
      document.diagnostics.map((record) => [
        record.ruleId,
        record.severity,
        record.message,
        record.line,
        record.column
      ])
  }
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
