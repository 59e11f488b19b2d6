/**
 * The model as NDJSON: one JSON object a line, each with a `type`: first the
 * document (source, view, meta, facets), then every record in model order.
 */

import type {LocationsDocument} from '../model.js'

/** Collection of the model → `type` of its records. */
const recordTypes = {
  regions: 'region',
  locations: 'location',
  providers: 'provider',
  offerings: 'offering',
  exchanges: 'exchange',
  systemIntegrators: 'systemIntegrator',
  satelliteOperators: 'satelliteOperator',
  datacenterProviders: 'datacenterProvider',
  researchNetworks: 'researchNetwork',
  diagnostics: 'diagnostic'
} as const

/**
 * Serialize a model as NDJSON.
 *
 * @param document
 *   The model.
 */
export function ndjsonFromModel(document: LocationsDocument): string {
  const lines = [
    JSON.stringify({
      type: 'document',
      schemaVersion: document.schemaVersion,
      source: document.source,
      view: document.view,
      meta: document.meta,
      facets: document.facets
    })
  ]
  for (const [collection, type] of Object.entries(recordTypes)) {
    for (const record of document[collection as keyof typeof recordTypes]) {
      lines.push(JSON.stringify({type, ...record}))
    }
  }

  return lines.map((line) => line + '\n').join('')
}
