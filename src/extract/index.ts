/**
 * Stage 3, **extract**: tables, lists and legends of one view → records with
 * names as the page writes them.
 */

export {extractFromBlocks} from './extract-from-blocks.js'
export type {
  DatacenterRecord,
  ExchangeRecord,
  Extraction,
  IntegratorRecord,
  LocationRecord,
  NameRef,
  ProviderRecord,
  RegionRecord,
  ResearchNetworkRecord
} from './types.js'
