/**
 * Types of stage 3, **extract**: the facts of a page as the page writes
 * them — names as written (markup and markers removed), not yet canonical.
 * Stage 4 (normalize) turns these into the model (`src/model.ts`).
 *
 * Every `position` is a point of the raw file.
 */

import type {VFileMessage} from 'vfile-message'
import type {RawPoint} from '../diagnostics.js'
import type {
  Cloud,
  ErDirect,
  Facet,
  Facility,
  RegionCloud,
  Status
} from '../model.js'

/** A name in a cell, as written, with what the cell says about it. */
export interface NameRef {
  /** The name as the page writes it (markup, `+` and footnote markers removed). */
  name: string
  /** URL of its link, if any. */
  url: string | null
  /** Whether a `+` marks it as coming soon. */
  comingSoon: boolean
  /** Where it is in the raw file. */
  position: RawPoint
}

/** A row of a region map. */
export interface RegionRecord {
  /** The geopolitical region as written (`US`, `Europe`, `US Government cloud`). */
  name: string
  /** Whether the row is of the commercial or the national-clouds map. */
  cloud: RegionCloud
  /** Cloud of the locations the row lists. */
  locationCloud: Cloud
  azureRegions: NameRef[]
  locations: NameRef[]
  position: RawPoint
}

/** A row of a locations-by-location table. */
export interface LocationRecord {
  location: NameRef
  cloud: Cloud
  facilities: Facility[] | null
  zone: number | null
  localAzureRegions: string[] | null
  erDirect: ErDirect | null
  /** Providers the row lists; `null` when the cell is empty (the page does not say). */
  providers: NameRef[] | null
  position: RawPoint
}

/** A row of a providers-by-provider (or services-by-provider) table. */
export interface ProviderRecord {
  provider: NameRef
  cloud: Cloud
  azure: Status | null
  office365: Status | null
  /** Locations the row lists; `null` for a table without a locations column. */
  locations: NameRef[] | null
  position: RawPoint
}

/** Exchanges and exchange-connected providers at one location (one row, or one location of a row). */
export interface ExchangeRecord {
  location: NameRef
  cloud: Cloud
  exchanges: NameRef[]
  providers: NameRef[]
  position: RawPoint
}

/** A system integrator on one continent. */
export interface IntegratorRecord {
  integrator: NameRef
  continent: string
  position: RawPoint
}

/** A datacenter provider and its exchanges. */
export interface DatacenterRecord {
  provider: NameRef
  exchanges: NameRef[]
  position: RawPoint
}

/** A research network and the network it connects through. */
export interface ResearchNetworkRecord {
  network: NameRef
  via: NameRef | null
  position: RawPoint
}

/** Everything stage 3 reads from one view. */
export interface Extraction {
  regions: RegionRecord[]
  locations: LocationRecord[]
  providers: ProviderRecord[]
  exchanges: ExchangeRecord[]
  systemIntegrators: IntegratorRecord[]
  satelliteOperators: NameRef[]
  datacenterProviders: DatacenterRecord[]
  researchNetworks: ResearchNetworkRecord[]
  /** Footnote markers the page explains (`{'+': 'coming soon'}`). */
  footnotes: Record<string, string>
  /** Which kinds of fact the page states. */
  facets: Facet[]
  /** Diagnostics, at raw positions. */
  messages: VFileMessage[]
}
