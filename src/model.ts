/**
 * The model: what a page states, as plain JSON-able data.
 *
 * `null` always means "this page does not say"; it is never a change in a diff.
 */

import type {RuleId} from './rules.js'

/** Version of the JSON model; bumped on any incompatible change. */
export const schemaVersion = 1

/** Which text of a customized page a model was read from. */
export type ViewName = 'published' | 'upstream'

/** Which layout of the page a document has. */
export type PageKind =
  'by-provider' | 'by-location' | 'regions-only' | 'unknown'

/** How the page carries its metadata. */
export type MetadataFormat = 'acom' | 'yaml' | 'none'

/** Which Azure cloud a table speaks of. */
export type Cloud = 'commercial' | 'us-government' | 'china' | 'germany'

/** Whether a region table is the commercial one or the national-clouds one. */
export type RegionCloud = 'commercial' | 'national'

/** Status of a service at a provider, as the by-provider tables state it. */
export type Status = 'supported' | 'not-supported' | 'coming-soon'

/**
 * A kind of fact a page states: a page has a facet when its tables or lists
 * state at least one fact of that kind, and `diff` compares a collection
 * only when both pages have one of its facets.
 *
 * - `regions` — a region map
 * - `locations` — peering locations, named anywhere (region map, by-location
 *   row, by-provider list)
 * - `offerings` — which provider is at which location (a by-provider list of
 *   locations, or a by-location list of providers)
 * - `offeringStatus`, `office365Status` — an Azure, an Office 365 status of
 *   such a by-provider row
 * - `providers` — connectivity providers
 * - `locationDetails` — facilities, local Azure regions or ExpressRoute
 *   Direct of a location
 * - `zones` — ExpressRoute zones of locations
 * - `exchanges`, `systemIntegrators`, `satelliteOperators`,
 *   `datacenterProviders`, `researchNetworks` — a record of that collection
 */
export type Facet =
  | 'datacenterProviders'
  | 'exchanges'
  | 'locationDetails'
  | 'locations'
  | 'offeringStatus'
  | 'offerings'
  | 'office365Status'
  | 'providers'
  | 'regions'
  | 'researchNetworks'
  | 'satelliteOperators'
  | 'systemIntegrators'
  | 'zones'

/** Severity of a diagnostic. */
export type Severity = 'error' | 'warning' | 'info'

/** A point in the raw file (1-indexed line and column). */
export interface SourcePoint {
  /** 1-indexed line in the raw file. */
  line: number
  /** 1-indexed column in the raw file. */
  column: number
}

/** Where the document came from and what kind of page it is. */
export interface DocumentSource {
  /** Path as given by the caller (`null` for text without a path). */
  path: string | null
  /** SHA-256 of the raw text (UTF-8), hex. */
  sha256: string
  /** Layout of the page. */
  page: PageKind
  /** How the page carries its metadata. */
  metadataFormat: MetadataFormat
  /** Whether the page has Azure China customization comments. */
  customized: boolean
  /** Which document this page is a version of: a history diffs the versions of one document only. */
  document: DocumentIdentity
}

/** Edition of the docs: the global docs, or the Azure China docs (`docs.azure.cn`). */
export type Edition = 'global' | 'china'

/**
 * Page of the docs: `locations` (`expressroute-locations.md`, by provider;
 * also the one page of 2015, under its earlier path) or
 * `locations-providers` (`expressroute-locations-providers.md`, by location,
 * split off in 2016).
 */
export type DocumentPage = 'locations' | 'locations-providers'

/** The document a page is a version of. */
export interface DocumentIdentity {
  /**
   * `edition/language/page` (`global/en/locations-providers`); when the
   * language or the page cannot be told, `unknown/` and the first 16 digits
   * of the page's SHA-256: the page is a document of its own.
   */
  id: string
  /** Edition: `china` when the page carries Azure China metadata or customization comments. */
  edition: Edition
  /** Lowercase language tag (`en`, `de`, `zh-cn`, `pt-br`), or `null` when it cannot be told. */
  language: string | null
  /** Page, or `null` when neither the path nor the tables tell. */
  page: DocumentPage | null
}

/** Normalized page metadata. */
export interface Meta {
  /** `title` (YAML) or `pageTitle` (ACOM); `null` when absent. */
  title: string | null
  /** `description`; `null` when absent. */
  description: string | null
  /** `ms.service` or `services`; `null` when absent. */
  service: string | null
  /** `author`, `authors` and `ms.author`, split on commas, in order, without repeats. */
  authors: string[]
  /** `ms.date` as ISO `YYYY-MM-DD`; `null` when absent or unparseable. */
  date: string | null
  /** Footnote markers the page explains, e.g. `{'+': 'coming soon'}`. */
  footnotes: Record<string, string>
  /** Every metadata key as written, with its value as text. */
  raw: Record<string, string>
}

/** A geopolitical region: which Azure regions and ExpressRoute locations it groups. */
export interface Region {
  id: string
  name: string
  cloud: RegionCloud
  azureRegions: string[]
  locations: Array<{
    location: string
    /**
     * The location's own `comingSoon` (`Location.comingSoon` of this id in
     * the cloud of the region's locations: commercial, or the national cloud
     * the region names), not only this entry's mark: one answer a model.
     */
    comingSoon: boolean
  }>
  source: SourcePoint
}

/** A facility (datacenter) at a peering location. */
export interface Facility {
  name: string
  url: string | null
}

/** ExpressRoute Direct availability at a location. */
export interface ErDirect {
  available: boolean
  speeds: string[]
}

/** A peering location. */
export interface Location {
  id: string
  name: string
  cloud: Cloud
  /**
   * Whether the page marks the location itself coming soon: a `+` after its
   * name in a region map or as a by-location row's key, anywhere on the
   * page. A `+` on a provider in a by-location row, or on the location in a
   * by-provider row's list, marks an offering (`Offering.comingSoon`), not
   * the location.
   */
  comingSoon: boolean
  facilities: Facility[] | null
  zone: number | null
  localAzureRegions: string[] | null
  erDirect: ErDirect | null
  source: SourcePoint
}

/** A connectivity provider. */
export interface Provider {
  id: string
  name: string
  url: string | null
  source: SourcePoint
}

/** A provider offering ExpressRoute at a location. */
export interface Offering {
  provider: string
  location: string
  cloud: Cloud
  comingSoon: boolean
  azure: Status | null
  office365: Status | null
  source: SourcePoint
}

/** Exchanges and exchange-connected providers at a location. */
export interface Exchange {
  location: string
  cloud: Cloud
  exchanges: string[]
  providers: string[]
  source: SourcePoint
}

/** A system integrator and the continent it serves. */
export interface SystemIntegrator {
  id: string
  name: string
  url: string | null
  continent: string
  source: SourcePoint
}

/** A satellite operator. */
export interface SatelliteOperator {
  id: string
  name: string
  url: string | null
  source: SourcePoint
}

/** A datacenter provider and the exchanges it connects to. */
export interface DatacenterProvider {
  id: string
  name: string
  url: string | null
  exchanges: string[]
  source: SourcePoint
}

/** A national research and education network (NREN). */
export interface ResearchNetwork {
  id: string
  name: string
  url: string | null
  /** The network it connects through (`GARR, through GÉANT`), or `null`. */
  via: string | null
  source: SourcePoint
}

/** A diagnostic as it appears in the JSON model. */
export interface Diagnostic {
  ruleId: RuleId
  severity: Severity
  message: string
  line: number
  column: number
}

/** Everything one view of one page states. */
export interface LocationsDocument {
  schemaVersion: typeof schemaVersion
  source: DocumentSource
  view: ViewName
  meta: Meta
  /** Which kinds of fact this page states. */
  facets: Facet[]
  regions: Region[]
  locations: Location[]
  providers: Provider[]
  offerings: Offering[]
  exchanges: Exchange[]
  systemIntegrators: SystemIntegrator[]
  satelliteOperators: SatelliteOperator[]
  datacenterProviders: DatacenterProvider[]
  researchNetworks: ResearchNetwork[]
  diagnostics: Diagnostic[]
}
