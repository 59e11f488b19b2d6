/**
 * Header synonyms, as data: what each header cell and each section title
 * of every page form (2015–2026, every language in the corpus) means.
 *
 * Tables are recognized through these two lookups only — never by the file,
 * year or language they came from — so a new spelling is one line here, not
 * a second code path. The evidence for every entry is in
 * `notes/tables-survey.md`.
 *
 * Keys are *normalized* text (see `normalizeHeader`): lowercase, markup
 * stripped, whitespace collapsed, trailing `:` removed. A test keeps every
 * key equal to its own normalization.
 */

import type {Cloud} from '../model.js'

/**
 * What a column of a table holds.
 *
 * Paired roles (`location`/`locations`, `serviceProvider`/`serviceProviders`,
 * `connectivityProvider`/`connectivityProviders`,
 * `systemIntegrator`/`systemIntegrators`) differ in number only: the
 * singular is the key of a row (one name), the plural a list. Chinese and
 * Korean headers do not mark number (`位置` is both `Location` and
 * `Locations`), so `rolesFromHeader` decides by position: in every table of
 * the survey the first column is the row's key.
 */
export type ColumnRole =
  /** `Geopolitical region`: the row's region (`US`, `Europe`, `US Government cloud`). */
  | 'geopoliticalRegion'
  /** `Azure regions`: a list of Azure regions. */
  | 'azureRegions'
  /** `Zone`: the ExpressRoute metered-data zone (a number). */
  | 'zone'
  /** `Location`: the row's peering location. */
  | 'location'
  /** `Locations`, `ExpressRoute locations`, `Peering locations`: a list of peering locations. */
  | 'locations'
  /** `Address`: the facility or facilities of a location (links to the facility pages). */
  | 'address'
  /** `Peering Location Owner` (2019): the company owning the facility, no link. */
  | 'peeringLocationOwner'
  /** `Local Azure regions`: Azure regions metered as local at a location. */
  | 'localAzureRegions'
  /** `ER Direct`: ExpressRoute Direct port speeds or a check mark. */
  | 'erDirect'
  /** `Service provider`: the row's provider. */
  | 'serviceProvider'
  /** `Service providers`: a list of providers. */
  | 'serviceProviders'
  /** `Windows Azure`, `Microsoft Azure`, `Azure`: whether the provider supports Azure. */
  | 'azureStatus'
  /** `Office 365` (`and CRM Online`, `and Dynamics 365`), `Microsoft 365`: the Office 365 status. */
  | 'office365Status'
  /** `Exchange`, `Exchange providers`: a list of exchanges (Equinix, Interxion…). */
  | 'exchange'
  /** `Connectivity provider`: the row's provider, reached through an exchange. */
  | 'connectivityProvider'
  /** `Connectivity providers`: a list of providers reached through an exchange. */
  | 'connectivityProviders'
  /** `System integrator`: the row's integrator. */
  | 'systemIntegrator'
  /** `System integrators`: a list of integrators. */
  | 'systemIntegrators'
  /** `Continent`: a continent or market (`US`, `EMEA`, `Asia`). */
  | 'continent'
  /**
   * A bare `Provider`: a datacenter provider (next to `Exchange`) or a
   * research network (alone, in the NREN table); the table kind tells which.
   */
  | 'provider'

/**
 * Normalized header text → role.
 *
 * Note: `Peering locations` (2015) is the column later titled `Locations` in
 * the same table, so both are `locations`. Headers of the same pages whose
 * meaning we cannot tell with confidence are left out and listed in the
 * survey as unrecognized.
 */
export const headerSynonyms = {
  // Region maps.
  'geopolitical region': 'geopoliticalRegion',
  地缘政治区域: 'geopoliticalRegion',
  地緣政治區域: 'geopoliticalRegion',
  // `区域`/`지역` are plainly “region”; as first column of a region map
  // (`区域 | Azure 区域 | ExpressRoute 位置`) they can only be the geopolitical one.
  区域: 'geopoliticalRegion',
  지역: 'geopoliticalRegion',
  'geopolitische region': 'geopoliticalRegion',
  'région géopolitique': 'geopoliticalRegion',
  'azure regions': 'azureRegions',
  'azure 区域': 'azureRegions',
  'azure 區域': 'azureRegions',
  'azure 지역': 'azureRegions',
  'azure-regionen': 'azureRegions',
  'régions azure': 'azureRegions',
  'expressroute locations': 'locations',
  'expressroute 位置': 'locations',
  'express 경로 위치': 'locations',
  'expressroute-standorte': 'locations',
  'emplacements expressroute': 'locations',
  zone: 'zone',

  // Locations and their details.
  location: 'location',
  locations: 'locations',
  位置: 'location',
  위치: 'location',
  standort: 'location',
  'peering locations': 'locations',
  对等位置: 'locations',
  對等互連位置: 'locations',
  "emplacements d'homologation": 'locations',
  address: 'address',
  'peering location owner': 'peeringLocationOwner',
  'local azure regions': 'localAzureRegions',
  'er direct': 'erDirect',

  // Providers and their statuses.
  'service provider': 'serviceProvider',
  'service providers': 'serviceProviders',
  服务提供商: 'serviceProvider',
  服務提供者: 'serviceProvider',
  '서비스 공급자': 'serviceProvider',
  'fournisseur de services': 'serviceProvider',
  'windows azure': 'azureStatus',
  'microsoft azure': 'azureStatus',
  azure: 'azureStatus',
  'microsoft azure services': 'azureStatus',
  'microsoft azure 服务': 'azureStatus',
  'microsoft azure 服務': 'azureStatus',
  'services microsoft azure': 'azureStatus',
  'office 365': 'office365Status',
  'office 365 and crm online': 'office365Status',
  'office 365 and dynamics 365': 'office365Status',
  'microsoft 365': 'office365Status',
  'office 365 services': 'office365Status',
  'office 365 服务': 'office365Status',
  'office 365 服務': 'office365Status',
  'office 365 和 crm online': 'office365Status',
  'office 365 및 crm online': 'office365Status',
  'services office 365': 'office365Status',

  // Exchanges and the providers reached through them.
  exchange: 'exchange',
  'exchange providers': 'exchange',
  'exchange 提供商': 'exchange',
  'exchange 提供者': 'exchange',
  'fournisseurs exchange': 'exchange',
  'connectivity provider': 'connectivityProvider',
  'connectivity providers': 'connectivityProviders',
  连接提供商: 'connectivityProvider',
  连接服务提供商: 'connectivityProvider',
  連線提供者: 'connectivityProvider',
  '연결 공급자': 'connectivityProvider',
  'fournisseur de connectivité': 'connectivityProvider',
  konnektivitätsanbieter: 'connectivityProvider',

  // System integrators.
  'system integrator': 'systemIntegrator',
  'system integrators': 'systemIntegrators',
  系统集成商: 'systemIntegrator',
  // Literally “system integration”: the zh-TW translation of the same column.
  系統整合: 'systemIntegrator',
  '시스템 통합 업체': 'systemIntegrator',
  'intégrateur système': 'systemIntegrator',
  systemintegratoren: 'systemIntegrator',
  continent: 'continent',
  所在洲: 'continent',
  洲: 'continent',
  대륙: 'continent',
  kontinent: 'continent',

  // Datacenter providers and research networks.
  provider: 'provider'
} as const satisfies Record<string, ColumnRole>

/**
 * What a section says about the cloud of the tables under it:
 * one of the clouds, or `national` for a section that groups the national
 * clouds (region maps of the national clouds, "National cloud environments").
 */
export type SectionCloud = Cloud | 'national'

/**
 * Normalized section title → cloud. Also fits the first cells of the
 * national region map (`US Government cloud`, `China`, `Germany`), which
 * name the clouds the same way.
 *
 * Note: titles that say nothing of the cloud (`[A-C](#tab/a-c)`, `Connectivity
 * through additional service providers`) are absent: the nearest titled
 * ancestor decides, and a page with none is commercial.
 */
export const cloudFromSectionTitle = {
  // Commercial.
  'production azure': 'commercial',
  'global commercial azure': 'commercial',
  '生产 azure': 'commercial',
  'azure-produktionsumgebungen': 'commercial',
  '프로덕션 azure': 'commercial',
  'azure regions to expressroute locations within a geopolitical region':
    'commercial',
  '地缘政治区域内 expressroute 位置与 azure 区域的映射': 'commercial',
  // National clouds as a group.
  'national cloud environments': 'national',
  'national cloud environment': 'national',
  'regions and geopolitical boundaries for national clouds': 'national',
  'azure regions and geopolitical boundaries for national clouds': 'national',
  '国家/地区云环境': 'national',
  '国家/地区云的区域和地缘政治边界': 'national',
  'nationale cloudumgebungen': 'national',
  '국가별 클라우드 환경': 'national',
  // US Government.
  'us government cloud': 'us-government',
  'us-government cloud': 'us-government',
  'us government': 'us-government',
  美国政府云: 'us-government',
  '미국 정부 클라우드': 'us-government',
  // China.
  china: 'china',
  'china cloud': 'china',
  中国: 'china',
  중국: 'china',
  // Germany.
  germany: 'germany',
  'germany cloud': 'germany',
  德国: 'germany',
  deutschland: 'germany',
  독일: 'germany'
} as const satisfies Record<string, SectionCloud>

/**
 * Normalized section title → the kind of bullet list under it. Some facts
 * are lists, not tables (satellite operators).
 */
export const listKindFromSectionTitle = {
  'connectivity through satellite operators': 'satellite-operators'
} as const satisfies Record<string, 'satellite-operators'>
