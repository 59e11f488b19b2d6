/**
 * Stage 4, **normalize**: records with names as written → the model
 * (`src/model.ts`): canonical names and ids, one record a thing, sorted.
 */

import type {VFileMessage} from 'vfile-message'
import {
  createMessage,
  diagnosticFromMessage,
  type RawPoint
} from '../diagnostics.js'
import type {Extraction, NameRef} from '../extract/index.js'
import {
  schemaVersion,
  type Cloud,
  type DatacenterProvider,
  type DocumentSource,
  type Exchange,
  type Location,
  type LocationsDocument,
  type Meta,
  type Offering,
  type PageKind,
  type Provider,
  type Region,
  type ResearchNetwork,
  type SatelliteOperator,
  type SourcePoint,
  type SystemIntegrator,
  type ViewName
} from '../model.js'
import {crossChecks} from './cross-checks.js'
import {documentIdentity} from './document-identity.js'
import {isComingSoon, locationMarks} from './location-marks.js'
import {repairLists} from './repair-lists.js'
import {resolveName, type NameTable} from './resolve-name.js'
import {slug} from '../util/slug.js'
import {untranslatedNames} from './untranslated-names.js'

/** What the model says about the document besides its facts. */
export interface ModelContext {
  source: Omit<DocumentSource, 'page' | 'document'>
  view: ViewName
  meta: Meta
  /** Text of the view: its prose tells the page's language. */
  text: string
  /** Diagnostics of earlier stages. */
  messages: VFileMessage[]
}

/**
 * Build the model of one view from its extraction.
 *
 * @param extraction
 *   Records of the view.
 * @param context
 *   Source, view, metadata and earlier diagnostics.
 */
export function modelFromExtraction(
  extraction: Extraction,
  context: ModelContext
): {document: LocationsDocument; messages: VFileMessage[]} {
  const messages = [
    ...context.messages,
    ...extraction.messages,
    ...repairLists(extraction),
    // After the repairs, which split and join names.
    ...untranslatedNames(extraction)
  ]

  /** Resolve a name through the alias table, reporting spelling fixes. */
  function resolve(table: NameTable, reference: NameRef) {
    const resolved = resolveName(table, reference.name)
    for (const alias of resolved.spellings) {
      messages.push(
        createMessage(
          'alias-applied',
          'Unexpected spelling `' +
            reference.name +
            '`, expected `' +
            alias.canonical +
            '`; ' +
            alias.reason,
          reference.position
        )
      )
    }

    return resolved
  }

  // One answer on coming soon: the location record and each of its region
  // entries read the same location-level marks (`location-marks.ts`).
  const marks = locationMarks(extraction)
  const locations = new Map<string, Location>()
  const providers = new Map<string, Provider>()
  const offerings = new Map<string, Offering>()

  /** Note a location, merging what every mention says. */
  function location(
    reference: NameRef,
    cloud: Cloud,
    details?: Partial<Location>
  ): string {
    const {name, id} = resolve('locations', reference)
    const key = cloud + ':' + id
    let record = locations.get(key)
    if (!record) {
      record = {
        id,
        name,
        cloud,
        comingSoon: false,
        facilities: null,
        zone: null,
        localAzureRegions: null,
        erDirect: null,
        source: point(reference.position)
      }
      locations.set(key, record)
    }

    if (details) {
      for (const [field, value] of Object.entries(details) as Array<
        [keyof Location, unknown]
      >) {
        if (value !== null && value !== undefined && record[field] === null) {
          ;(record as unknown as Record<string, unknown>)[field] = value
        }
      }
    }

    return id
  }

  function provider(reference: NameRef): string {
    const {name, id} = resolve('providers', reference)
    const record = providers.get(id)
    if (!record) {
      providers.set(id, {
        id,
        name,
        url: reference.url,
        source: point(reference.position)
      })
    } else if (record.url === null && reference.url !== null) {
      record.url = reference.url
    }

    return id
  }

  function offering(
    record: Offering,
    position: RawPoint,
    names: [string, string]
  ) {
    const key = record.cloud + ':' + record.provider + ':' + record.location
    const existing = offerings.get(key)
    if (!existing) {
      offerings.set(key, record)
      return
    }

    // The same fact stated twice (by-location and by-provider tables of one
    // page, or a name twice in one cell): keep one, fill what it lacks.
    existing.comingSoon &&= record.comingSoon
    existing.azure ??= record.azure
    existing.office365 ??= record.office365
    messages.push(
      createMessage(
        'duplicate-entry',
        'Unexpected second mention of `' +
          names[0] +
          '` at `' +
          names[1] +
          '`; merged with the first',
        position
      )
    )
  }

  // Location details first, so a location's name and source come from its own row.
  for (const record of extraction.locations) {
    const id = location(record.location, record.cloud, {
      facilities: record.facilities,
      zone: record.zone,
      localAzureRegions: record.localAzureRegions,
      erDirect: record.erDirect
    })
    for (const reference of record.providers ?? []) {
      offering(
        {
          provider: provider(reference),
          location: id,
          cloud: record.cloud,
          comingSoon: reference.comingSoon || record.location.comingSoon,
          azure: null,
          office365: null,
          source: point(reference.position)
        },
        reference.position,
        [reference.name, record.location.name]
      )
    }
  }

  const regions = new Map<string, Region>()
  const regionsSeen = new Map<
    Region,
    {azureRegions: Set<string>; locations: Set<string>}
  >()
  for (const record of extraction.regions) {
    const name = record.name.replace(/\s+/g, ' ').trim()
    const id = slug(name)
    const key = record.cloud + ':' + id
    const region = regions.get(key) ?? {
      id,
      name,
      cloud: record.cloud,
      azureRegions: [],
      locations: [],
      source: point(record.position)
    }
    regions.set(key, region)
    // Sets beside the lists: a region row of thousands of names stays linear.
    let seen = regionsSeen.get(region)
    if (!seen) {
      seen = {azureRegions: new Set(), locations: new Set()}
      regionsSeen.set(region, seen)
    }

    for (const azureRegion of record.azureRegions) {
      const value = resolve('azureRegions', azureRegion).name
      if (!seen.azureRegions.has(value)) {
        seen.azureRegions.add(value)
        region.azureRegions.push(value)
      }
    }

    for (const reference of record.locations) {
      const locationId = location(reference, record.locationCloud)
      if (!seen.locations.has(locationId)) {
        seen.locations.add(locationId)
        region.locations.push({
          location: locationId,
          comingSoon: isComingSoon(
            marks.get(record.locationCloud + ':' + locationId)
          )
        })
      }
    }
  }

  for (const record of extraction.providers) {
    const providerId = provider(record.provider)
    for (const reference of record.locations ?? []) {
      offering(
        {
          provider: providerId,
          location: location(reference, record.cloud),
          cloud: record.cloud,
          comingSoon: reference.comingSoon || record.provider.comingSoon,
          azure: record.azure,
          office365: record.office365,
          source: point(reference.position)
        },
        reference.position,
        [record.provider.name, reference.name]
      )
    }
  }

  const exchanges = new Map<string, Exchange>()
  for (const record of extraction.exchanges) {
    const locationId = resolve('locations', record.location).id
    const key = record.cloud + ':' + locationId
    const exchange = exchanges.get(key) ?? {
      location: locationId,
      cloud: record.cloud,
      exchanges: [],
      providers: [],
      source: point(record.position)
    }
    exchanges.set(key, exchange)
    addAll(
      exchange.exchanges,
      record.exchanges.map((entry) => resolve('providers', entry).id)
    )
    addAll(
      exchange.providers,
      record.providers.map((entry) => provider(entry))
    )
  }

  const systemIntegrators = new Map<string, SystemIntegrator>()
  for (const record of extraction.systemIntegrators) {
    const {name, id} = resolve('providers', record.integrator)
    const continent = record.continent.replace(/\s+/g, ' ').trim()
    const key = id + ':' + continent
    if (!systemIntegrators.has(key)) {
      systemIntegrators.set(key, {
        id,
        name,
        url: record.integrator.url,
        continent,
        source: point(record.integrator.position)
      })
    }
  }

  const satelliteOperators = new Map<string, SatelliteOperator>()
  for (const reference of extraction.satelliteOperators) {
    const {name, id} = resolve('providers', reference)
    if (!satelliteOperators.has(id)) {
      satelliteOperators.set(id, {
        id,
        name,
        url: reference.url,
        source: point(reference.position)
      })
    }
  }

  const datacenterProviders = new Map<string, DatacenterProvider>()
  for (const record of extraction.datacenterProviders) {
    const {name, id} = resolve('providers', record.provider)
    const entry = datacenterProviders.get(id) ?? {
      id,
      name,
      url: record.provider.url,
      exchanges: [],
      source: point(record.position)
    }
    datacenterProviders.set(id, entry)
    addAll(
      entry.exchanges,
      record.exchanges.map((exchange) => resolve('providers', exchange).id)
    )
  }

  const researchNetworks = new Map<string, ResearchNetwork>()
  for (const record of extraction.researchNetworks) {
    const {name, id} = resolve('providers', record.network)
    if (!researchNetworks.has(id)) {
      researchNetworks.set(id, {
        id,
        name,
        url: record.network.url,
        via: record.via ? resolve('providers', record.via).id : null,
        source: point(record.position)
      })
    }
  }

  const locationList: Location[] = [...locations.values()].map((record) => ({
    ...record,
    comingSoon: isComingSoon(marks.get(record.cloud + ':' + record.id))
  }))

  const page = pageKind(extraction)
  const identity = documentIdentity({
    path: context.source.path,
    sha256: context.source.sha256,
    raw: context.meta.raw,
    customized: context.source.customized,
    page,
    locationClouds: locationList.map((location) => location.cloud),
    text: context.text
  })
  // Only a page that states facts can be misplaced in a history; an empty
  // or refused page is no version of anything, and says nothing of it.
  if (identity.unknown && extraction.facets.length > 0) {
    messages.push(
      createMessage(
        'document-unknown',
        'Cannot tell the ' +
          identity.unknown +
          ' of this page from its path or content; it is a document of its own (`' +
          identity.document.id +
          '`), so no history compares it with another page',
        {line: 1, column: 1, offset: 0}
      )
    )
  }

  const document: LocationsDocument = {
    schemaVersion,
    source: {
      path: context.source.path,
      sha256: context.source.sha256,
      page,
      metadataFormat: context.source.metadataFormat,
      customized: context.source.customized,
      document: identity.document
    },
    view: context.view,
    meta: {
      ...context.meta,
      footnotes: {...context.meta.footnotes, ...extraction.footnotes}
    },
    facets: extraction.facets,
    regions: sortBy([...regions.values()], (record) => [
      record.cloud,
      record.id
    ]).map((region) => ({
      ...region,
      locations: sortBy(region.locations, (entry) => [entry.location])
    })),
    locations: sortBy(locationList, (record) => [record.cloud, record.id]),
    providers: sortBy([...providers.values()], (record) => [record.id]),
    offerings: sortBy([...offerings.values()], (record) => [
      record.cloud,
      record.provider,
      record.location
    ]),
    exchanges: sortBy([...exchanges.values()], (record) => [
      record.cloud,
      record.location
    ]).map((record) => ({
      ...record,
      exchanges: [...record.exchanges].sort(),
      providers: [...record.providers].sort()
    })),
    systemIntegrators: sortBy([...systemIntegrators.values()], (record) => [
      record.id,
      record.continent
    ]),
    satelliteOperators: sortBy([...satelliteOperators.values()], (record) => [
      record.id
    ]),
    datacenterProviders: sortBy([...datacenterProviders.values()], (record) => [
      record.id
    ]).map((record) => ({...record, exchanges: [...record.exchanges].sort()})),
    researchNetworks: sortBy([...researchNetworks.values()], (record) => [
      record.id
    ]),
    diagnostics: []
  }

  messages.push(...crossChecks(extraction, document))
  messages.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(String(a.ruleId), String(b.ruleId)) ||
      compare(a.reason, b.reason)
  )
  document.diagnostics = messages.map((message) =>
    diagnosticFromMessage(message)
  )
  return {document, messages}
}

/** Which layout a page has, from what its tables state. */
function pageKind(extraction: Extraction): PageKind {
  if (extraction.providers.some((record) => record.locations !== null))
    return 'by-provider'
  if (extraction.locations.some((record) => record.providers !== null))
    return 'by-location'
  if (extraction.providers.length > 0) return 'by-provider'
  if (extraction.regions.length > 0) return 'regions-only'
  return 'unknown'
}

function point(position: RawPoint): SourcePoint {
  return {line: position.line, column: position.column}
}

/** Add the values not in `list` yet, in order; linear however long both are. */
function addAll(list: string[], values: string[]) {
  const seen = new Set(list)
  for (const value of values) {
    if (!seen.has(value)) {
      seen.add(value)
      list.push(value)
    }
  }
}

/** Code-point order: the same on every machine, unlike `localeCompare`. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sortBy<T>(values: T[], key: (value: T) => string[]): T[] {
  return values
    .map((value) => ({value, key: key(value)}))
    .sort((a, b) => {
      for (let index = 0; index < a.key.length; index++) {
        const order = compare(a.key[index] as string, b.key[index] as string)
        if (order !== 0) return order
      }

      return 0
    })
    .map((entry) => entry.value)
}
