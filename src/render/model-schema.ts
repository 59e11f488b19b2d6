/**
 * JSON Schema (2020-12) of the model, `LocationsDocument` (`src/model.ts`): what the
 * dataset writes as `schema.json`.
 *
 * Written with the typed builders of `model-schema-builders.ts`, each record
 * as `object<Type>({...})`: a field added to, removed from or retyped in
 * `src/model.ts` (a new key, a `| null`, a new member of a string union)
 * without the same change here fails `tsc`, so the schema cannot drift from
 * the types. `test/dataset/schema-drift.test.ts` proves it by compiling this
 * file against edited copies of the model. The two unions that grow between
 * releases, `RuleId` and `Facet`, are written as any string (`openString`).
 *
 * The record types' descriptions are the summaries of their TSDoc in
 * `src/model.ts` (`test/dataset/model-docs.test.ts`).
 */

import {
  type Cloud,
  type DatacenterProvider,
  type Diagnostic,
  type DocumentIdentity,
  type DocumentPage,
  type DocumentSource,
  type Edition,
  type ErDirect,
  type Exchange,
  type Facet,
  type Facility,
  type Location,
  type LocationsDocument,
  type Meta,
  type MetadataFormat,
  type Offering,
  type PageKind,
  type Provider,
  type Region,
  type RegionCloud,
  type ResearchNetwork,
  type SatelliteOperator,
  type Severity,
  type SourcePoint,
  type Status,
  type SystemIntegrator,
  type ViewName,
  schemaVersion
} from '../model.js'
import {
  type JsonSchema,
  type Schema,
  array,
  boolean,
  constant,
  enumeration,
  integer,
  nullable,
  object,
  openString,
  record,
  reference,
  string
} from './model-schema-builders.js'
import type {RuleId} from '../rules.js'

// String unions: every member, no other (checked by the compiler).
const viewName: Schema<ViewName> = enumeration(['published', 'upstream'])
const pageKind: Schema<PageKind> = enumeration([
  'by-provider',
  'by-location',
  'regions-only',
  'unknown'
])
const metadataFormat: Schema<MetadataFormat> = enumeration([
  'acom',
  'yaml',
  'none'
])
const edition: Schema<Edition> = enumeration(['global', 'china'])
const documentPage: Schema<DocumentPage> = enumeration([
  'locations',
  'locations-providers'
])
const cloudDefinition: Schema<Cloud> = enumeration([
  'commercial',
  'us-government',
  'china',
  'germany'
])
const regionCloud: Schema<RegionCloud> = enumeration(['commercial', 'national'])
const statusDefinition: Schema<Status> = enumeration([
  'supported',
  'not-supported',
  'coming-soon'
])
const severity: Schema<Severity> = enumeration(['error', 'warning', 'info'])

const cloud = reference('cloud', cloudDefinition)
const status = reference('status', statusDefinition)
const strings = array(string())

const sourcePointDefinition = object<SourcePoint>(
  {line: integer(1), column: integer(1)},
  'A point in the raw file (1-indexed line and column).'
)
const source = reference('sourcePoint', sourcePointDefinition)

const documentIdentity = object<DocumentIdentity>(
  {
    id: string(
      '^(?:(?:global|china)/[a-z]{2,3}(?:-[a-z]{2})?/(?:locations|locations-providers)|unknown/[0-9a-f]{16})$'
    ),
    edition,
    language: nullable(string('^[a-z]{2,3}(?:-[a-z]{2})?$')),
    page: nullable(documentPage)
  },
  'The document a page is a version of: a history diffs the versions of one document only.'
)

const documentSource = object<DocumentSource>(
  {
    path: nullable(string()),
    sha256: string('^[0-9a-f]{64}$'),
    page: pageKind,
    metadataFormat,
    customized: boolean(),
    document: documentIdentity
  },
  'Where the document came from and what kind of page it is.'
)

const meta = object<Meta>(
  {
    title: nullable(string()),
    description: nullable(string()),
    service: nullable(string()),
    authors: strings,
    date: nullable(string('^\\d{4}-\\d{2}-\\d{2}$')),
    footnotes: record(string()),
    raw: record(string())
  },
  'Normalized page metadata.'
)

const region = object<Region>(
  {
    id: string(),
    name: string(),
    cloud: regionCloud,
    azureRegions: strings,
    locations: array(
      object<Region['locations'][number]>({
        location: string(),
        comingSoon: boolean()
      })
    ),
    source
  },
  'A geopolitical region: which Azure regions and ExpressRoute locations it groups.'
)

const facility = object<Facility>(
  {name: string(), url: nullable(string())},
  'A facility (datacenter) at a peering location.'
)

const erDirect = object<ErDirect>(
  {available: boolean(), speeds: strings},
  'ExpressRoute Direct availability at a location.'
)

const location = object<Location>(
  {
    id: string(),
    name: string(),
    cloud,
    comingSoon: boolean(),
    facilities: nullable(array(facility)),
    zone: nullable(integer()),
    localAzureRegions: nullable(strings),
    erDirect: nullable(erDirect),
    source
  },
  'A peering location.'
)

const provider = object<Provider>(
  {id: string(), name: string(), url: nullable(string()), source},
  'A connectivity provider.'
)

const offering = object<Offering>(
  {
    provider: string(),
    location: string(),
    cloud,
    comingSoon: boolean(),
    azure: nullable(status),
    office365: nullable(status),
    source
  },
  'A provider offering ExpressRoute at a location.'
)

const exchange = object<Exchange>(
  {location: string(), cloud, exchanges: strings, providers: strings, source},
  'Exchanges and exchange-connected providers at a location.'
)

const systemIntegrator = object<SystemIntegrator>(
  {
    id: string(),
    name: string(),
    url: nullable(string()),
    continent: string(),
    source
  },
  'A system integrator and the continent it serves.'
)

const satelliteOperator = object<SatelliteOperator>(
  {id: string(), name: string(), url: nullable(string()), source},
  'A satellite operator.'
)

const datacenterProvider = object<DatacenterProvider>(
  {
    id: string(),
    name: string(),
    url: nullable(string()),
    exchanges: strings,
    source
  },
  'A datacenter provider and the exchanges it connects to.'
)

const researchNetwork = object<ResearchNetwork>(
  {
    id: string(),
    name: string(),
    url: nullable(string()),
    via: nullable(string()),
    source
  },
  'A national research and education network (NREN).'
)

const diagnostic = object<Diagnostic>(
  {
    ruleId: openString<RuleId>(),
    severity,
    message: string(),
    line: integer(1),
    column: integer(1)
  },
  'A diagnostic as it appears in the JSON model.'
)

/** Definitions, by name: every record type of the model. */
const definitions = {
  sourcePoint: sourcePointDefinition,
  cloud: cloudDefinition,
  status: statusDefinition,
  documentSource,
  meta,
  region,
  facility,
  erDirect,
  location,
  provider,
  offering,
  exchange,
  systemIntegrator,
  satelliteOperator,
  datacenterProvider,
  researchNetwork,
  diagnostic
}

const document = object<LocationsDocument>(
  {
    schemaVersion: constant(schemaVersion),
    source: reference('documentSource', documentSource),
    view: viewName,
    meta: reference('meta', meta),
    facets: array(openString<Facet>()),
    regions: array(reference('region', region)),
    locations: array(reference('location', location)),
    providers: array(reference('provider', provider)),
    offerings: array(reference('offering', offering)),
    exchanges: array(reference('exchange', exchange)),
    systemIntegrators: array(reference('systemIntegrator', systemIntegrator)),
    satelliteOperators: array(
      reference('satelliteOperator', satelliteOperator)
    ),
    datacenterProviders: array(
      reference('datacenterProvider', datacenterProvider)
    ),
    researchNetworks: array(reference('researchNetwork', researchNetwork)),
    diagnostics: array(reference('diagnostic', diagnostic))
  },
  'Everything one view of one Azure ExpressRoute locations page states (the er-locations model, schemaVersion 1).'
)

/**
 * JSON Schema 2020-12 of `LocationsDocument`, the model `parse` returns; a
 * `models.json` dataset is an array of such documents.
 */
export const modelSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'LocationsDocument',
  ...document.json,
  $defs: Object.fromEntries(
    Object.entries(definitions).map(([name, schema]) => [name, schema.json])
  )
}
