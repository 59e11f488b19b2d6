/**
 * Where the pages of one edition and language disagree: the by-provider and
 * the by-location page list the same offerings in two ways, and nothing
 * checks that they agree. What one states and the other omits or
 * contradicts is new information: no one publishes it.
 */

import {assertModels} from '../assert-option.js'
import type {LocationsDocument, Offering, SourcePoint} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import {subjects} from './subjects.js'

/** What kind of disagreement. */
export type DisagreementKind =
  /** One page lists a provider at a location; the other, which lists offerings, does not. */
  | 'offering-omitted'
  /** Both list the offering, with another Azure or Office 365 status. */
  | 'status-differs'
  /** Both list the offering, one as coming soon and the other not. */
  | 'coming-soon-differs'

/** One page's side of a disagreement. */
export interface DisagreementSide {
  /** `source.path` of the page. */
  path: string | null
  /** `meta.date` of the page. */
  date: string | null
  /** `source.document.id` of the page. */
  document: string
  /** The offering on this page, or `null` where it omits it. */
  offering: Offering | null
  /**
   * Where the page states what the message points at: the offering; where it
   * omits it, the first place it lists the provider in the offering's cloud,
   * else its first mention (`null` when it does not name the provider).
   */
  source: SourcePoint | null
  /** Where it omits the offering: the other locations of the offering's cloud it lists the provider at (ids, sorted). */
  providerLocations: string[] | null
}

/** A fact two pages of one edition and language do not agree on. */
export interface Disagreement {
  kind: DisagreementKind
  /** Key of the offering, as `diff` keys it: `cloud/provider/location`. */
  key: string
  /** The page that states the fact (for `offering-omitted`), or the first of the two. */
  stated: DisagreementSide
  /** The page that omits or contradicts it. */
  other: DisagreementSide
}

/**
 * Compare the pages of each edition and language: for each, the newest
 * version of each of its pages (by `meta.date`, then path), each pair of
 * pages compared both ways.
 *
 * Only what both pages state is compared: an offering counts as omitted only
 * by a page that lists offerings, and a status differs only where both state
 * one (`null` is silence, never a disagreement).
 *
 * @param documents
 *   Models of versions of any pages, in any order.
 * @returns
 *   Disagreements, by edition and language, then key, then kind.
 * @throws {TypeError}
 *   When `documents` is not an array of models.
 */
export function compareDocuments(
  documents: readonly LocationsDocument[]
): Disagreement[] {
  assertModels('documents', documents)
  const newest = new Map<string, LocationsDocument>()
  for (const document of documents) {
    const {page, language, id} = document.source.document
    if (page === null || language === null) continue
    const current = newest.get(id)
    if (!current || isNewer(document, current)) newest.set(id, document)
  }

  const groups = new Map<string, LocationsDocument[]>()
  for (const document of [...newest.values()].sort((a, b) =>
    compareCodeUnits(a.source.document.id, b.source.document.id)
  )) {
    const group =
      document.source.document.edition + '/' + document.source.document.language
    groups.set(group, [...(groups.get(group) ?? []), document])
  }

  const found: Disagreement[] = []
  for (const pages of groups.values()) {
    for (const [index, first] of pages.entries()) {
      for (const second of pages.slice(index + 1))
        found.push(...comparePair(first, second))
    }
  }

  return found
}

function comparePair(
  first: LocationsDocument,
  second: LocationsDocument
): Disagreement[] {
  const spec = subjects.offering
  const states = (document: LocationsDocument) =>
    spec.facets.some((facet) => document.facets.includes(facet))
  if (!states(first) || !states(second)) return []

  const firstOfferings = new Map(
    first.offerings.map((offering) => [spec.key(offering), offering])
  )
  const secondOfferings = new Map(
    second.offerings.map((offering) => [spec.key(offering), offering])
  )
  const found: Disagreement[] = []

  for (const [key, offering] of [...firstOfferings, ...secondOfferings].sort(
    ([a], [b]) => compareCodeUnits(a, b)
  )) {
    const inFirst = firstOfferings.get(key)
    const inSecond = secondOfferings.get(key)
    if (inFirst && inSecond) {
      if (inFirst !== offering) continue
      if (
        differs(inFirst.azure, inSecond.azure) ||
        differs(inFirst.office365, inSecond.office365)
      ) {
        found.push({
          kind: 'status-differs',
          key,
          stated: side(first, inFirst),
          other: side(second, inSecond)
        })
      }

      if (inFirst.comingSoon !== inSecond.comingSoon) {
        found.push({
          kind: 'coming-soon-differs',
          key,
          stated: side(first, inFirst),
          other: side(second, inSecond)
        })
      }
    } else if (inFirst) {
      found.push({
        kind: 'offering-omitted',
        key,
        stated: side(first, inFirst),
        other: omission(second, inFirst)
      })
    } else if (inSecond) {
      found.push({
        kind: 'offering-omitted',
        key,
        stated: side(second, inSecond),
        other: omission(first, inSecond)
      })
    }
  }

  return found
}

function side(
  document: LocationsDocument,
  offering: Offering
): DisagreementSide {
  return {
    ...page(document),
    offering,
    source: offering.source,
    providerLocations: null
  }
}

/** The side of a page that omits `offering`: where it names the provider, and where it lists it. */
function omission(
  document: LocationsDocument,
  offering: Offering
): DisagreementSide {
  const provider = document.providers.find(
    (record) => record.id === offering.provider
  )
  const inCloud = document.offerings.filter(
    (record) =>
      record.provider === offering.provider && record.cloud === offering.cloud
  )
  const first = inCloud.reduce<Offering | undefined>(
    (earliest, record) =>
      !earliest ||
      record.source.line < earliest.source.line ||
      (record.source.line === earliest.source.line &&
        record.source.column < earliest.source.column)
        ? record
        : earliest,
    undefined
  )
  return {
    ...page(document),
    offering: null,
    source: first ? first.source : provider ? provider.source : null,
    providerLocations: inCloud
      .map((record) => record.location)
      .sort(compareCodeUnits)
  }
}

function page(document: LocationsDocument) {
  return {
    path: document.source.path,
    date: document.meta.date,
    document: document.source.document.id
  }
}

/** Two statuses contradict each other only when both are stated. */
function differs(left: string | null, right: string | null): boolean {
  return left !== null && right !== null && left !== right
}

function isNewer(
  document: LocationsDocument,
  than: LocationsDocument
): boolean {
  return (
    compareCodeUnits(document.meta.date ?? '', than.meta.date ?? '') > 0 ||
    (document.meta.date === than.meta.date &&
      compareCodeUnits(document.source.path ?? '', than.source.path ?? '') > 0)
  )
}
