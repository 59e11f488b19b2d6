/**
 * Every name reference of an extraction, with the alias table it is looked
 * up in: the one walk over the record kinds that checks of names share.
 */

import type {Extraction, NameRef} from '../extract/index.js'
import type {NameTable} from './resolve-name.js'

/**
 * Call `visit` for every name reference of an extraction that stands for a
 * location or a company (Azure regions and geopolitical regions have no
 * ids of the alias table's kind and are left out).
 *
 * @param extraction
 *   Records of one view.
 * @param visit
 *   Called with each reference and its table, in record order.
 */
export function namesOfExtraction(
  extraction: Extraction,
  visit: (reference: NameRef, table: NameTable) => void
): void {
  const locations = (references: ReadonlyArray<NameRef>) => {
    for (const reference of references) visit(reference, 'locations')
  }

  const providers = (references: ReadonlyArray<NameRef>) => {
    for (const reference of references) visit(reference, 'providers')
  }

  for (const record of extraction.regions) locations(record.locations)
  for (const record of extraction.locations) {
    visit(record.location, 'locations')
    providers(record.providers ?? [])
  }

  for (const record of extraction.providers) {
    visit(record.provider, 'providers')
    locations(record.locations ?? [])
  }

  for (const record of extraction.exchanges) {
    visit(record.location, 'locations')
    providers(record.exchanges)
    providers(record.providers)
  }

  for (const record of extraction.systemIntegrators)
    visit(record.integrator, 'providers')
  providers(extraction.satelliteOperators)
  for (const record of extraction.datacenterProviders) {
    visit(record.provider, 'providers')
    providers(record.exchanges)
  }

  for (const record of extraction.researchNetworks) {
    visit(record.network, 'providers')
    if (record.via) visit(record.via, 'providers')
  }
}
