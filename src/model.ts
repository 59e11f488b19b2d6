/**
 * The model: what a page states, as plain JSON-able data.
 *
 * `null` always means "this page does not say"; it is never a change in a diff.
 *
 * This file is the documentation of the model: the first paragraph of each
 * record type's TSDoc is its `description` in `schema.json`, and the first
 * paragraph of a field's TSDoc is the text of its column in README's data
 * dictionary (where README says “empty”, the model has `null`).
 * `test/dataset/model-docs.test.ts` holds the three equal.
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
  /**
   * 1-indexed line in the raw file of the row, cell or list item the record
   * comes from.
   *
   * The raw file is the text as given, customization comments included, so
   * both views of a page give one place the same point:
   * `{line: 42, column: 3}`.
   */
  line: number
  /**
   * 1-indexed column in the raw file of the same place.
   *
   * In UTF-16 code units, as JavaScript counts a line: `3` for the `C` of
   * `| Cologix |`.
   */
  column: number
}

/** Where the document came from and what kind of page it is. */
export interface DocumentSource {
  /**
   * The page's path as given by the caller (the command line); `null` for
   * text without a path.
   *
   * Recorded as given, never resolved (the CLI makes an absolute path
   * relative to the working directory; `changelog --git` names a version
   * `<path>@<short commit>`):
   * `articles/expressroute/expressroute-locations.md`.
   */
  path: string | null
  /**
   * SHA-256 of the raw file (UTF-8), hex.
   *
   * Of the text as given, before a BOM or CR line endings are read away: 64
   * lowercase hex digits, `9f86d081…`.
   */
  sha256: string
  /**
   * Layout: `by-provider`, `by-location`, `regions-only` or `unknown`.
   *
   * Told by the tables: `by-provider` when a provider row lists locations
   * (or, without one, a provider table states services only), `by-location`
   * when a location row lists providers, `regions-only` for region maps
   * alone, `unknown` when no table says.
   */
  page: PageKind
  /**
   * How the page carries its metadata: `acom`, `yaml` or `none`.
   *
   * `acom`: the `<properties … />` and `<tags … />` headers of the
   * 2015–2016 pages; `yaml`: front matter; `none`: neither.
   */
  metadataFormat: MetadataFormat
  /**
   * `true` when the page has Azure China customization comments.
   *
   * `<!-- deleted by customization … -->` or `<!-- keep by customization:
   * begin -->`: then its two views (`published`, `upstream`) can differ.
   */
  customized: boolean
  /**
   * Which document this page is a version of: a history diffs the versions
   * of one document only.
   *
   * `{id: 'global/en/locations', edition: 'global', language: 'en', page:
   * 'locations'}`.
   */
  document: DocumentIdentity
}

/**
 * Edition of the docs: the global docs, or the Azure China docs
 * (`docs.azure.cn`).
 */
export type Edition = 'global' | 'china'

/**
 * Page of the docs: `locations` (`expressroute-locations.md`, by provider;
 * also the one page of 2015, under its earlier path) or
 * `locations-providers` (`expressroute-locations-providers.md`, by location,
 * split off in 2016).
 */
export type DocumentPage = 'locations' | 'locations-providers'

/**
 * The document a page is a version of: a history diffs the versions of one
 * document only.
 */
export interface DocumentIdentity {
  /**
   * `edition/language/page` (`global/en/locations-providers`); when the
   * language or the page cannot be told, `unknown/` and the first 16 digits
   * of the page's SHA-256: the page is a document of its own.
   */
  id: string
  /**
   * Edition: `china` when the page carries Azure China metadata or
   * customization comments.
   */
  edition: Edition
  /**
   * Lowercase language tag (`en`, `de`, `zh-cn`, `pt-br`), or `null` when it
   * cannot be told.
   */
  language: string | null
  /**
   * Page, or `null` when neither the path nor the tables tell.
   *
   * From the file name, else `ms.assetid`, else the layout:
   * `locations-providers`.
   */
  page: DocumentPage | null
}

/** Normalized page metadata. */
export interface Meta {
  /**
   * The page's title; `null` when it has none.
   *
   * `title` (YAML) or `pageTitle` (ACOM), trimmed, `null` also when blank:
   * `ExpressRoute Locations`.
   */
  title: string | null
  /**
   * `description`, trimmed; `null` when absent or blank.
   *
   * `This page provides a detailed overview of locations where services …`.
   */
  description: string | null
  /**
   * `ms.service`, `services` or `service`, the first not blank; `null` when
   * none: `expressroute`.
   */
  service: string | null
  /**
   * `author`, `authors` and `ms.author`, split on commas and semicolons, in
   * order, without repeats: `['cherylmc', 'pareshmu']`; `[]` when none.
   */
  authors: string[]
  /**
   * `ms.date` of the page, `YYYY-MM-DD`; `null` when the page has none.
   *
   * Read from `MM/DD/YYYY` (the docs' form) or ISO: `10/14/2024` →
   * `2024-10-14`. A value that is no real date is `null` too, with an
   * `invalid-date` diagnostic.
   */
  date: string | null
  /**
   * Footnote markers the page explains, from its legend paragraphs:
   * `{'+': 'coming soon'}`; `{}` when it explains none.
   */
  footnotes: Record<string, string>
  /**
   * Every metadata key as written, with its value as text (a repeated key:
   * the last): `{'ms.date': '10/14/2024', 'ms.service': 'expressroute'}`.
   */
  raw: Record<string, string>
}

/**
 * A geopolitical region: which Azure regions and ExpressRoute locations it
 * groups.
 */
export interface Region {
  /**
   * Slug of the geopolitical region's name.
   *
   * Of the name as written, not through the alias table: `us-government-cloud`.
   */
  id: string
  /**
   * The geopolitical region as the page names it.
   *
   * Whitespace collapsed: `US Government cloud`.
   */
  name: string
  /**
   * `commercial` or `national` (the national clouds table).
   *
   * Which map the row is of; the cloud of its locations is in
   * `Location.cloud`.
   */
  cloud: RegionCloud
  /**
   * Azure regions in the region.
   *
   * Names through the alias table, in page order, without repeats: `['West
   * Europe', 'North Europe']`; `[]` when the row lists none.
   */
  azureRegions: string[]
  /**
   * ExpressRoute locations in the region, one entry a location, sorted by
   * id; `[]` when the row lists none.
   */
  locations: Array<{
    /**
     * Location `id`, in the cloud of the region's locations: `amsterdam`.
     */
    location: string
    /**
     * The location's own `comingSoon` (`Location.comingSoon` of this id in
     * the cloud of the region's locations: commercial, or the national cloud
     * the region names), not only this entry's mark: one answer a model.
     */
    comingSoon: boolean
  }>
  /** Where the region's first row is: `{line: 30, column: 1}`. */
  source: SourcePoint
}

/** A facility (datacenter) at a peering location. */
export interface Facility {
  /**
   * The facility as the page names it: `Equinix AM5`; text without links
   * (an address) is one facility a line.
   */
  name: string
  /**
   * The facility's link: `https://www.equinix.com/…`; `null` when the page
   * gives none.
   */
  url: string | null
}

/** ExpressRoute Direct availability at a location. */
export interface ErDirect {
  /**
   * Whether ExpressRoute Direct is available: `true` for speeds, `&check;`
   * or `Supported`; `false` for `&cross;` or `n/a`.
   */
  available: boolean
  /**
   * Port speeds, written `<n>G`: `10 Gbps, 100G` → `['10G', '100G']`; `[]`
   * when the page gives none.
   */
  speeds: string[]
}

/** A peering location. */
export interface Location {
  /**
   * Slug of the location's canonical name; the same across spellings and
   * renames.
   *
   * `hong-kong-sar` for `Hong Kong` and `Hong Kong SAR`: lowercase, accents
   * folded, `-` between words.
   */
  id: string
  /**
   * The location as the page names it (spelling fixed, renames not applied).
   *
   * `Sao Paula` → `Sao Paulo`; a 2016 page's `Hong Kong` stays `Hong Kong`.
   */
  name: string
  /**
   * `commercial`, `us-government`, `china` or `germany`.
   *
   * One place can be a peering location of several clouds (Dallas), each a
   * record of its own.
   */
  cloud: Cloud
  /**
   * `true` when the page marks the location itself as coming soon (a
   * region-map entry or a by-location row key with `+`: see “The model”).
   *
   * A `+` after its name in a region map or as a by-location row's key,
   * anywhere on the page. A `+` on a provider in a by-location row, or on
   * the location in a by-provider row's list, marks an offering
   * (`Offering.comingSoon`), not the location.
   */
  comingSoon: boolean
  /**
   * The facilities (datacenters) at the location, from an address column:
   * `[{name: 'Equinix AM5', url: '…'}]`; `[]` for `n/a`; `null` when not
   * stated.
   */
  facilities: Facility[] | null
  /**
   * ExpressRoute zone (pricing zone) number; `null` when not stated.
   *
   * From a zone column (`2`, `Zone 2`) or a zone a region map gives its
   * locations: `1` to `4` in the pages; `n/a` is `null` too.
   */
  zone: number | null
  /**
   * Azure regions local to the location: `['West Europe']`; `[]` for `n/a`
   * (the page says there are none); `null` when not stated.
   */
  localAzureRegions: string[] | null
  /**
   * ExpressRoute Direct at the location: `{available: true, speeds: ['10G',
   * '100G']}`; `null` when not stated.
   */
  erDirect: ErDirect | null
  /**
   * Where the page names the location: of several mentions, the first of
   * those that state its details (rows, zoned region maps), else the first
   * other (`{line: 75, column: 5}`).
   */
  source: SourcePoint
}

/** A connectivity provider. */
export interface Provider {
  /**
   * Slug of the provider's canonical name.
   *
   * Through the alias table, so `Level3` and `Level 3 Communications` are
   * one provider: `level-3-communications`.
   */
  id: string
  /**
   * The provider as the page names it.
   *
   * Spelling fixed, renames not applied: `Level 3 Communications`.
   */
  name: string
  /**
   * The provider's link on the page; `null` when none.
   *
   * The first link of any of its mentions: `https://www.megaport.com/`.
   */
  url: string | null
  /** Where the provider is first named: `{line: 88, column: 3}`. */
  source: SourcePoint
}

/** A provider offering ExpressRoute at a location. */
export interface Offering {
  /**
   * Provider `id`.
   *
   * `megaport`.
   */
  provider: string
  /**
   * Location `id`.
   *
   * `amsterdam`.
   */
  location: string
  /**
   * The cloud of the offering.
   *
   * The cloud of the table that states it: `commercial`.
   */
  cloud: Cloud
  /**
   * `true` when the page marks this provider at this location as coming
   * soon.
   *
   * A `+` on the provider in a by-location row, on the location in a
   * by-provider row's list, or on the key of either row: `true`. Stated
   * twice, `true` only when both mentions mark it.
   */
  comingSoon: boolean
  /**
   * Azure status: `supported`, `not-supported`, `coming-soon`; `null` when
   * not stated.
   *
   * Only by-provider tables with a status column state it; a by-location
   * table never does.
   */
  azure: Status | null
  /**
   * Office 365 status, same values; `null` when not stated.
   *
   * As `azure`, from an Office 365 column: `supported`.
   */
  office365: Status | null
  /**
   * Where the offering is stated: the location in a by-provider row, or the
   * provider in a by-location row (`{line: 95, column: 40}`).
   */
  source: SourcePoint
}

/** Exchanges and exchange-connected providers at a location. */
export interface Exchange {
  /**
   * Location `id`.
   *
   * `silicon-valley`.
   */
  location: string
  /**
   * The cloud of the location.
   *
   * The cloud of the table that states it: `commercial`.
   */
  cloud: Cloud
  /**
   * Ids of the exchanges at the location.
   *
   * Canonical ids, sorted: `['equinix']`; `[]` when none.
   */
  exchanges: string[]
  /**
   * Ids of the exchange-connected providers at the location.
   *
   * Provider ids, sorted: `['xo-communications']`; `[]` when none.
   */
  providers: string[]
  /** Where the location's first exchange row is: `{line: 68, column: 1}`. */
  source: SourcePoint
}

/** A system integrator and the continent it serves. */
export interface SystemIntegrator {
  /**
   * Slug of the system integrator's name.
   *
   * Of its canonical name (through the alias table): `dotnet-solutions`.
   */
  id: string
  /**
   * The system integrator as the page names it.
   *
   * `Dotnet Solutions`.
   */
  name: string
  /**
   * Its link; `null` when none.
   *
   * `http://www.dotnetsolutions.co.uk/`.
   */
  url: string | null
  /**
   * The continent it serves, as the page names it.
   *
   * Whitespace collapsed: `EMEA`, `US`. An integrator on two continents is
   * two records.
   */
  continent: string
  /** Where the integrator is named: `{line: 109, column: 5}`. */
  source: SourcePoint
}

/** A satellite operator. */
export interface SatelliteOperator {
  /**
   * Slug of the satellite operator's name.
   *
   * Of its canonical name (through the alias table): `intelsat`.
   */
  id: string
  /**
   * The satellite operator as the page names it.
   *
   * `SES`.
   */
  name: string
  /**
   * Its link; `null` when none.
   *
   * `http://www.directcloud.viasatbusiness.com/`.
   */
  url: string | null
  /** Where the operator's list item is: `{line: 191, column: 3}`. */
  source: SourcePoint
}

/** A datacenter provider and the exchanges it connects to. */
export interface DatacenterProvider {
  /**
   * Slug of the datacenter provider's name.
   *
   * Of its canonical name (through the alias table): `digital-realty`.
   */
  id: string
  /**
   * The datacenter provider as the page names it.
   *
   * `Digital Realty`.
   */
  name: string
  /**
   * Its link; `null` when none.
   *
   * `https://www.digitalrealty.com/…`.
   */
  url: string | null
  /**
   * Ids of the exchanges it connects to.
   *
   * Canonical ids, sorted: `['megaport']`; `[]` when none.
   */
  exchanges: string[]
  /** Where the provider's first row is: `{line: 208, column: 1}`. */
  source: SourcePoint
}

/** A national research and education network (NREN). */
export interface ResearchNetwork {
  /**
   * Slug of the research network's (NREN's) name.
   *
   * Of its canonical name (through the alias table): `garr`.
   */
  id: string
  /**
   * The research network as the page names it.
   *
   * `GARR`.
   */
  name: string
  /**
   * Its link; `null` when none.
   *
   * `https://www.garr.it/`.
   */
  url: string | null
  /**
   * Id of the network it connects through (`GARR, through GÉANT` → `geant`);
   * `null` when direct.
   *
   * `null` also when the page does not say it connects through one.
   */
  via: string | null
  /** Where the network's row is: `{line: 219, column: 1}`. */
  source: SourcePoint
}

/** A diagnostic as it appears in the JSON model. */
export interface Diagnostic {
  /**
   * The rule (see “Diagnostics”).
   *
   * One of `rules.ts`: `alias-applied`, `unrecognized-row`.
   */
  ruleId: RuleId
  /**
   * `error`, `warning` or `info`.
   *
   * The rule's severity: `info` for `alias-applied`.
   */
  severity: Severity
  /**
   * What was found and what was done.
   *
   * One sentence of Markdown: ``Unexpected spelling `Sao Paula`, expected
   * `Sao Paulo`; …``.
   */
  message: string
  /** 1-indexed line of the diagnostic in the raw file: `42`. */
  line: number
  /** 1-indexed column of the diagnostic in the raw file: `3`. */
  column: number
}

/**
 * Everything one view of one Azure ExpressRoute locations page states (the
 * er-locations model, schemaVersion 1).
 */
export interface LocationsDocument {
  /** Version of this model's shape: `1`. */
  schemaVersion: typeof schemaVersion
  /**
   * Where the page came from, its layout and its document:
   * `{path: 'expressroute-locations.md', page: 'by-provider', …}`.
   */
  source: DocumentSource
  /**
   * `published` or `upstream`: which text of the page was read.
   *
   * `published`: what readers of a customized page saw (deleted text
   * removed, kept text included); `upstream`: the global text it was made
   * from. A page without customization reads the same in both.
   */
  view: ViewName
  /**
   * The page's metadata, normalized:
   * `{title: 'ExpressRoute Locations', date: '2016-04-27', …}`.
   */
  meta: Meta
  /**
   * Which kinds of fact the page states (`locations`, `offerings`, `regions`,
   * …); the page's records are complete only for the facets it states.
   *
   * Sorted; `[]` for a page that states no fact. A collection of a facet the
   * page lacks is empty because the page does not say, not because there is
   * nothing: `diff` does not compare it.
   */
  facets: Facet[]
  /** Geopolitical regions, sorted by `cloud`, then `id`. */
  regions: Region[]
  /** Peering locations, sorted by `cloud`, then `id`. */
  locations: Location[]
  /** Connectivity providers, sorted by `id`. */
  providers: Provider[]
  /** Offerings, sorted by `cloud`, then `provider`, then `location`. */
  offerings: Offering[]
  /** Exchanges by location, sorted by `cloud`, then `location`. */
  exchanges: Exchange[]
  /** System integrators, sorted by `id`, then `continent`. */
  systemIntegrators: SystemIntegrator[]
  /** Satellite operators, sorted by `id`. */
  satelliteOperators: SatelliteOperator[]
  /** Datacenter providers, sorted by `id`. */
  datacenterProviders: DatacenterProvider[]
  /** Research networks (NRENs), sorted by `id`. */
  researchNetworks: ResearchNetwork[]
  /**
   * What reading the page reported (repairs, facts not read, doubts), sorted
   * by `line`, then `column`, then `ruleId`; `[]` for a page read cleanly.
   */
  diagnostics: Diagnostic[]
}
