/**
 * Every sentence of the Markdown changelog, worded in one place.
 *
 * Each entry takes plain text (names as the page spells them) and returns
 * one Markdown sentence; names are escaped here, bold where they are the
 * subject of the sentence. Which change makes which sentence, and in which
 * order they are listed, is decided in `sentences-from-changes.ts`.
 */

import type {
  Cloud,
  DocumentIdentity,
  Edition,
  RegionCloud,
  Status
} from '../model.js'
import {escapeMarkdown} from './escape-markdown.js'
import {joinList} from './join-list.js'

/** How a sentence names a cloud other than the commercial one. */
export const cloudNames: Record<Cloud, string> = {
  commercial: '',
  'us-government': 'Azure US Government',
  china: 'Azure China',
  germany: 'Azure Germany'
}

/** How a sentence words a status. */
const statusWords: Record<Status, string> = {
  supported: 'supported',
  'not-supported': 'not supported',
  'coming-soon': 'coming soon'
}

/** How a sentence names the services whose status a by-provider page states. */
export const serviceNames = {azure: 'Azure', office365: 'Office 365'} as const

/** How a sentence names a region of each region table. */
const regionKinds: Record<RegionCloud, string> = {
  commercial: 'geopolitical region',
  national: 'national cloud region'
}

const bold = (name: string) => '**' + escapeMarkdown(name) + '**'
const plain = (names: readonly string[]) =>
  joinList(names.map((name) => escapeMarkdown(name)))
const plural = (count: number, one: string, many: string) =>
  count === 1 ? one : many
const capitalize = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1)
/** ` in Azure China` after a list of places; nothing for the commercial cloud. */
const inCloud = (cloud: Cloud) =>
  cloudNames[cloud] ? ' in ' + cloudNames[cloud] : ''
/** `**Berlin** (Azure Germany)`: a place named as the subject of a sentence. */
const place = (name: string, cloud: Cloud) =>
  bold(name) + (cloudNames[cloud] ? ' (' + cloudNames[cloud] + ')' : '')

/** `exchange de-cix`, `connectivity providers A and B`: what a listing holds. */
const exchangeParts = (
  exchanges: readonly string[],
  providers: readonly string[]
) =>
  [
    exchanges.length > 0
      ? plural(exchanges.length, 'exchange ', 'exchanges ') + plain(exchanges)
      : '',
    providers.length > 0
      ? plural(
          providers.length,
          'connectivity provider ',
          'connectivity providers '
        ) + plain(providers)
      : ''
  ].filter(Boolean)

/** `exchange de-cix and connectivity providers A and B`. */
const exchangeItems = (
  exchanges: readonly string[],
  providers: readonly string[]
) => joinList(exchangeParts(exchanges, providers))

/** Details of a new peering location, as they go between parentheses. */
export const locationDetails = {
  comingSoon: () => 'coming soon',
  zone: (zone: number) => 'zone ' + zone,
  facilities: (names: readonly string[]) => plain(names),
  localRegions: (regions: readonly string[]) =>
    regions.length === 0
      ? 'no local Azure region'
      : plural(regions.length, 'local region ', 'local regions ') +
        plain(regions),
  erDirect: (speeds: readonly string[]) =>
    'ExpressRoute Direct' + (speeds.length > 0 ? ' ' + plain(speeds) : '')
}

/** The sentences, by what they say. */
export const changeSentences = {
  // Added.
  locationAdded: (name: string, cloud: Cloud, details: readonly string[]) =>
    `New peering location ${bold(name)}${inCloud(cloud)}` +
    (details.length > 0 ? ` (${details.join(', ')})` : '') +
    '.',
  providerAdded: (name: string) => `New connectivity provider ${bold(name)}.`,
  offeringsAdded: (
    provider: string,
    locations: readonly string[],
    cloud: Cloud
  ) =>
    `${bold(provider)} now offers ExpressRoute at ${plain(locations)}${inCloud(cloud)}.`,
  offeringsAddedComingSoon: (
    provider: string,
    locations: readonly string[],
    cloud: Cloud
  ) =>
    `${bold(provider)} will soon offer ExpressRoute at ${plain(locations)}${inCloud(cloud)}.`,
  regionAdded: (
    kind: RegionCloud,
    name: string,
    azureRegions: readonly string[],
    locations: readonly string[]
  ) => {
    const parts = [
      azureRegions.length > 0
        ? plural(azureRegions.length, 'Azure region ', 'Azure regions ') +
          plain(azureRegions)
        : '',
      locations.length > 0
        ? plural(locations.length, 'peering location ', 'peering locations ') +
          plain(locations)
        : ''
    ].filter(Boolean)
    return `New ${regionKinds[kind]} ${bold(name)}${parts.length > 0 ? ' with ' + parts.join(' and ') : ''}.`
  },
  exchangeAdded: (
    location: string,
    cloud: Cloud,
    exchanges: readonly string[],
    providers: readonly string[]
  ) => {
    const parts = exchangeParts(exchanges, providers)
    return `New exchange listing at ${place(location, cloud)}${parts.length > 0 ? ' (' + parts.join('; ') + ')' : ''}.`
  },
  systemIntegratorAdded: (name: string, continents: readonly string[]) =>
    `New system integrator ${bold(name)} (${plain(continents)}).`,
  systemIntegratorContinentsAdded: (
    name: string,
    continents: readonly string[]
  ) =>
    `System integrator ${bold(name)} is now also listed for ${plain(continents)}.`,
  satelliteOperatorAdded: (name: string) =>
    `New satellite operator ${bold(name)}.`,
  datacenterProviderAdded: (name: string, exchanges: readonly string[]) =>
    `New datacenter provider ${bold(name)}` +
    (exchanges.length > 0
      ? ` (${plural(exchanges.length, 'exchange ', 'exchanges ')}${plain(exchanges)})`
      : '') +
    '.',
  researchNetworkAdded: (name: string, via: string | null) =>
    `New research network ${bold(name)}${via ? ` (through ${escapeMarkdown(via)})` : ''}.`,

  // Removed.
  locationRemoved: (name: string, cloud: Cloud) =>
    `Peering location ${bold(name)}${inCloud(cloud)} was removed.`,
  providerRemoved: (name: string) =>
    `Connectivity provider ${bold(name)} was removed.`,
  offeringsRemoved: (
    provider: string,
    locations: readonly string[],
    cloud: Cloud
  ) =>
    `${bold(provider)} no longer offers ExpressRoute at ${plain(locations)}${inCloud(cloud)}.`,
  regionRemoved: (kind: RegionCloud, name: string) =>
    `${capitalize(regionKinds[kind])} ${bold(name)} was removed.`,
  exchangeRemoved: (location: string, cloud: Cloud) =>
    `Exchange listing at ${place(location, cloud)} was removed.`,
  systemIntegratorRemoved: (name: string, continents: readonly string[]) =>
    `System integrator ${bold(name)} (${plain(continents)}) was removed.`,
  systemIntegratorContinentsRemoved: (
    name: string,
    continents: readonly string[]
  ) =>
    `System integrator ${bold(name)} is no longer listed for ${plain(continents)}.`,
  satelliteOperatorRemoved: (name: string) =>
    `Satellite operator ${bold(name)} was removed.`,
  datacenterProviderRemoved: (name: string) =>
    `Datacenter provider ${bold(name)} was removed.`,
  researchNetworkRemoved: (name: string) =>
    `Research network ${bold(name)} was removed.`,

  // Changed: coming soon.
  locationNoLongerComingSoon: (name: string, cloud: Cloud) =>
    `${place(name, cloud)} is no longer marked coming soon.`,
  locationNowComingSoon: (name: string, cloud: Cloud) =>
    `${place(name, cloud)} is now marked coming soon.`,
  offeringsNoLongerComingSoon: (
    provider: string,
    locations: readonly string[],
    cloud: Cloud
  ) =>
    `${bold(provider)}: ${plain(locations)}${inCloud(cloud)} ${plural(locations.length, 'is', 'are')} no longer marked coming soon.`,
  offeringsNowComingSoon: (
    provider: string,
    locations: readonly string[],
    cloud: Cloud
  ) =>
    `${bold(provider)}: ${plain(locations)}${inCloud(cloud)} ${plural(locations.length, 'is', 'are')} now marked coming soon.`,

  // Changed: renames.
  renamed: (before: string, after: string) =>
    `${bold(before)} is now called ${bold(after)}.`,
  regionRenamed: (kind: RegionCloud, before: string, after: string) =>
    `${capitalize(regionKinds[kind])} ${bold(before)} is now called ${bold(after)}.`,

  // Changed: statuses.
  statusChanged: (
    provider: string,
    service: keyof typeof serviceNames,
    locations: readonly string[],
    cloud: Cloud,
    before: Status,
    after: Status
  ) =>
    // The service is the subject: `Azure at A and B is now supported`.
    `${bold(provider)}: ${serviceNames[service]} at ${plain(locations)}${inCloud(cloud)} ` +
    (before === 'supported' && after === 'not-supported'
      ? 'is no longer supported.'
      : `is now ${statusWords[after]} (was ${statusWords[before]}).`),

  // Changed: details of a peering location.
  zoneChanged: (name: string, cloud: Cloud, before: number, after: number) =>
    `${place(name, cloud)}: zone is now ${after} (was ${before}).`,
  facilitiesAdded: (
    name: string,
    cloud: Cloud,
    facilities: readonly string[]
  ) =>
    `${place(name, cloud)} now lists ${plural(facilities.length, 'facility', 'facilities')} ${plain(facilities)}.`,
  facilitiesRemoved: (
    name: string,
    cloud: Cloud,
    facilities: readonly string[]
  ) =>
    `${place(name, cloud)} no longer lists ${plural(facilities.length, 'facility', 'facilities')} ${plain(facilities)}.`,
  facilityLinksChanged: (name: string, cloud: Cloud) =>
    `${place(name, cloud)}: the links of its facilities changed.`,
  localRegionsAdded: (name: string, cloud: Cloud, regions: readonly string[]) =>
    `${place(name, cloud)} now has local Azure ${plural(regions.length, 'region', 'regions')} ${plain(regions)}.`,
  localRegionsRemoved: (
    name: string,
    cloud: Cloud,
    regions: readonly string[]
  ) =>
    `${place(name, cloud)} no longer has local Azure ${plural(regions.length, 'region', 'regions')} ${plain(regions)}.`,
  erDirectAvailable: (name: string, cloud: Cloud, speeds: readonly string[]) =>
    `${place(name, cloud)} now offers ExpressRoute Direct${speeds.length > 0 ? ' at ' + plain(speeds) : ''}.`,
  erDirectUnavailable: (name: string, cloud: Cloud) =>
    `${place(name, cloud)} no longer offers ExpressRoute Direct.`,
  erDirectSpeedsChanged: (
    name: string,
    cloud: Cloud,
    before: readonly string[],
    after: readonly string[]
  ) =>
    before.length === 0
      ? `${place(name, cloud)}: ExpressRoute Direct speeds are now listed: ${plain(after)}.`
      : after.length === 0
        ? `${place(name, cloud)}: ExpressRoute Direct speeds are no longer listed (were ${plain(before)}).`
        : `${place(name, cloud)}: ExpressRoute Direct speeds are now ${plain(after)} (were ${plain(before)}).`,

  // Changed: links, lists, connections.
  linkChanged: (name: string, before: string, after: string) =>
    `${bold(name)}: link is now <${after}> (was <${before}>).`,
  regionIncludes: (
    kind: RegionCloud,
    name: string,
    what: 'Azure region' | 'peering location',
    items: readonly string[]
  ) =>
    `${capitalize(regionKinds[kind])} ${bold(name)} now includes ${what}${plural(items.length, '', 's')} ${plain(items)}.`,
  regionExcludes: (
    kind: RegionCloud,
    name: string,
    what: 'Azure region' | 'peering location',
    items: readonly string[]
  ) =>
    `${capitalize(regionKinds[kind])} ${bold(name)} no longer includes ${what}${plural(items.length, '', 's')} ${plain(items)}.`,
  exchangeIncludes: (
    location: string,
    cloud: Cloud,
    exchanges: readonly string[],
    providers: readonly string[]
  ) =>
    `Exchange listing at ${place(location, cloud)} now includes ${exchangeItems(exchanges, providers)}.`,
  exchangeExcludes: (
    location: string,
    cloud: Cloud,
    exchanges: readonly string[],
    providers: readonly string[]
  ) =>
    `Exchange listing at ${place(location, cloud)} no longer includes ${exchangeItems(exchanges, providers)}.`,
  datacenterExchangesAdded: (name: string, exchanges: readonly string[]) =>
    `${bold(name)} now connects to ${plural(exchanges.length, 'exchange', 'exchanges')} ${plain(exchanges)}.`,
  datacenterExchangesRemoved: (name: string, exchanges: readonly string[]) =>
    `${bold(name)} no longer connects to ${plural(exchanges.length, 'exchange', 'exchanges')} ${plain(exchanges)}.`,
  viaChanged: (name: string, before: string, after: string) =>
    `${bold(name)} now connects through ${escapeMarkdown(after)} (was ${escapeMarkdown(before)}).`,
  /** Fallback for a change no sentence above describes (none known; a guard). */
  otherwiseChanged: (name: string, fields: readonly string[]) =>
    `${bold(name)}: ${joinList([...fields])} changed.`,

  // Whole sections.
  noChanges: () => 'No changes.',
  oneVersion: () => 'One version: nothing to compare it with.',
  /** What the versions of a section are versions of. */
  documentVersions: (document: DocumentIdentity, count: number) =>
    `${plural(count, 'Version', 'Versions')} of ${documentName(document)}: ${count}.`,
  mergedVersions: (
    edition: Edition,
    language: string | null,
    pages: readonly string[],
    count: number
  ) =>
    `The ${editionName(edition)} docs in \`${language ?? 'an unknown language'}\`, ${plural(pages.length, 'page', 'pages')} ${joinList(pages.map((page) => '`' + page + '`'))} merged: at each date, what the newest version of each page on or before it states. ${plural(count, 'State', 'States')}: ${count}.`,
  /** The title of a pair of two different documents (`diff a b`): a comparison, not a change. */
  comparisonTitle: (
    newer: string,
    newerId: string,
    older: string,
    olderId: string
  ) => `Comparison of ${newer} (\`${newerId}\`) with ${older} (\`${olderId}\`)`,
  comparisonNote: () =>
    'Two different documents: what follows is where they differ, not what changed.'
}

/** A document in words: its page, edition and language. */
function documentName(document: DocumentIdentity): string {
  if (document.page === null || document.language === null) {
    return 'a page that could not be told (`' + document.id + '`)'
  }

  const page =
    document.page === 'locations'
      ? 'by-provider page (`expressroute-locations.md`)'
      : 'by-location page (`expressroute-locations-providers.md`)'
  return (
    'the ' +
    page +
    ' of the ' +
    editionName(document.edition) +
    ' docs, in `' +
    document.language +
    '`'
  )
}

function editionName(edition: Edition): string {
  return edition === 'china' ? 'Azure China' : 'global'
}
