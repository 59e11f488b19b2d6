/**
 * What the report shows of a page dropped onto it: the model's summary and
 * what changed from the newest version of its page that the report holds.
 * Pure, so the page's script and the tests share it.
 */

import {diff} from '../diff/index.js'
import type {LocationsDocument} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import type {Sentences} from './sentence-sink.js'
import {sentencesFromChanges} from './sentences-from-changes.js'

/** A model in a few numbers. */
export interface ModelSummary {
  path: string | null
  /** `source.document.id`. */
  document: string
  date: string | null
  /** The page's form (`by-location`, …). */
  page: string
  view: string
  facets: string[]
  counts: {
    locations: number
    providers: number
    offerings: number
    regions: number
    exchanges: number
  }
  diagnostics: {error: number; warning: number; info: number}
}

/** A dropped page, read. */
export interface DropReport {
  summary: ModelSummary
  /**
   * Whether it is a version of a page the report reads: it states some
   * table (`facets`). An empty, binary or other file states none: it is
   * not compared (`base` `null`).
   */
  isPage: boolean
  /** The version it is compared with; `null` when the report holds none. */
  base: ModelSummary | null
  /** Whether the base is a version of the same document (else: the newest version of any page). */
  sameDocument: boolean
  /** Changes from the base to the dropped page, as changelog sentences. */
  sentences: Sentences
  /** How many changes `diff` found. */
  changes: number
}

/**
 * Summarize a model.
 *
 * @param document
 *   A model.
 */
export function modelSummary(document: LocationsDocument): ModelSummary {
  const diagnostics = {error: 0, warning: 0, info: 0}
  for (const message of document.diagnostics) diagnostics[message.severity]++
  return {
    path: document.source.path,
    document: document.source.document?.id ?? 'unknown',
    date: document.meta.date,
    page: document.source.page,
    view: document.view,
    facets: document.facets,
    counts: {
      locations: document.locations.length,
      providers: document.providers.length,
      offerings: document.offerings.length,
      regions: document.regions.length,
      exchanges: document.exchanges.length
    },
    diagnostics
  }
}

/** Why a dropped file is not compared, after its name. */
export const notAPage = {
  /** The model states no facet (an empty file, another page, a binary file). */
  noTable:
    'is not a version of an ExpressRoute locations page (it states no table this report reads)',
  /** The bytes are not UTF-8. */
  notText:
    'is not a version of an ExpressRoute locations page (it is not UTF-8 text)'
} as const

/**
 * What the status line says of a dropped file once read.
 *
 * @param name
 *   The file's name.
 * @param report
 *   What `dropReport` made of it; `null` when it is not UTF-8 text.
 */
export function dropStatus(name: string, report: DropReport | null): string {
  if (report === null) return name + ' ' + notAPage.notText + '.'
  if (!report.isPage) return name + ' ' + notAPage.noTable + '.'
  return (
    'Read ' +
    name +
    ': ' +
    (report.base === null
      ? 'nothing to compare it with.'
      : report.changes +
        ' change' +
        (report.changes === 1 ? '' : 's') +
        ' from the newest version of ' +
        report.base.document +
        '.')
  )
}

/**
 * Read a dropped page against the newest versions the report holds: it is
 * compared with the newest version of the same document, else with the
 * newest version of any page (by date). A file that states no table (an
 * empty file, another page) is not compared: every record of the base
 * would read as removed.
 *
 * @param dropped
 *   The model of the dropped page.
 * @param newest
 *   The newest version of each page of the report.
 */
export function dropReport(
  dropped: LocationsDocument,
  newest: readonly LocationsDocument[]
): DropReport {
  const id = dropped.source.document?.id
  if (dropped.facets.length === 0) {
    return {
      summary: modelSummary(dropped),
      isPage: false,
      base: null,
      sameDocument: false,
      sentences: {added: [], removed: [], changed: []},
      changes: 0
    }
  }

  const same = newest.find((model) => model.source.document?.id === id)
  const base =
    same ??
    [...newest].sort((a, b) =>
      compareCodeUnits(b.meta.date ?? '', a.meta.date ?? '')
    )[0]
  if (base === undefined) {
    return {
      summary: modelSummary(dropped),
      isPage: true,
      base: null,
      sameDocument: false,
      sentences: {added: [], removed: [], changed: []},
      changes: 0
    }
  }

  const changes = diff(base, dropped)
  return {
    summary: modelSummary(dropped),
    isPage: true,
    base: modelSummary(base),
    sameDocument: same !== undefined,
    sentences: sentencesFromChanges(changes, base, dropped),
    changes: changes.length
  }
}
