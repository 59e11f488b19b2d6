/**
 * Counts over time: how many locations, providers and offerings the docs
 * state in each version, per cloud — read off the history's intervals, so
 * that a version which does not state a facet (a page of region maps says
 * nothing of providers) keeps the counts of the versions before it, as the
 * history does.
 */

import type {Cloud} from '../model.js'
import type {FactInterval, History, HistoryFact} from './history-types.js'

/** One line of a chart: a count in each version. */
export interface CountSeries {
  /** `<panel>/<cloud or all>`: `locations/commercial`. */
  id: string
  /** `all` or a cloud. */
  cloud: Cloud | 'all'
  /** One count a version, in history order. */
  values: number[]
}

/** One chart: a kind of fact, a line a cloud. */
export interface CountPanel {
  /** `locations`, `providers` or `offerings`. */
  id: 'locations' | 'providers' | 'offerings'
  /** Title of the chart. */
  title: string
  /** The lines: only those that count anything. */
  series: CountSeries[]
}

/** The clouds, in the order lines are drawn and listed. */
export const clouds: readonly Cloud[] = [
  'commercial',
  'us-government',
  'china',
  'germany'
]

/**
 * The three charts of a history.
 *
 * - Locations: peering locations of each cloud.
 * - Providers: every connectivity provider the docs state (`all`), and per
 *   cloud those with an offering in it.
 * - Offerings: a provider at a location, per cloud.
 *
 * @param history
 *   The history of the docs.
 */
export function countPanels(history: History): CountPanel[] {
  const count = history.versions.length
  const ofKind = (kind: HistoryFact['kind']) =>
    history.facts.filter((fact) => fact.kind === kind)
  const offerings = ofKind('offering')

  const perCloud = (panel: CountPanel['id'], facts: readonly HistoryFact[]) =>
    clouds.map((cloud) => ({
      id: panel + '/' + cloud,
      cloud,
      values: sum(
        facts
          .filter((fact) => fact.cloud === cloud)
          .map((fact) => presence(fact.intervals, count)),
        count
      )
    }))

  const providersIn = clouds.map((cloud) => {
    const byProvider = new Map<string, Uint8Array>()
    for (const fact of offerings) {
      if (fact.cloud !== cloud) continue
      const id = fact.provider as string
      const present = byProvider.get(id) ?? new Uint8Array(count)
      const own = presence(fact.intervals, count)
      for (let index = 0; index < count; index++)
        present[index] = (present[index] as number) | (own[index] as number)
      byProvider.set(id, present)
    }

    return {
      id: 'providers/' + cloud,
      cloud,
      values: sum([...byProvider.values()], count)
    }
  })

  const panels: CountPanel[] = [
    {
      id: 'locations',
      title: 'Peering locations',
      series: perCloud('locations', ofKind('location'))
    },
    {
      id: 'providers',
      title: 'Connectivity providers',
      series: [
        {
          id: 'providers/all',
          cloud: 'all',
          values: sum(
            ofKind('provider').map((fact) => presence(fact.intervals, count)),
            count
          )
        },
        ...providersIn
      ]
    },
    {
      id: 'offerings',
      title: 'Offerings (a provider at a location)',
      series: perCloud('offerings', offerings)
    }
  ]

  return panels.map((panel) => ({
    ...panel,
    series: panel.series.filter((series) =>
      series.values.some((value) => value > 0)
    )
  }))
}

/** 1 in each version an interval covers, else 0. */
function presence(
  intervals: readonly FactInterval[],
  count: number
): Uint8Array {
  const present = new Uint8Array(count)
  for (const interval of intervals)
    present.fill(1, interval.from, (interval.to ?? count - 1) + 1)
  return present
}

/** Element-wise sum. */
function sum(rows: readonly Uint8Array[], count: number): number[] {
  const totals = Array.from({length: count}, () => 0)
  for (const row of rows)
    for (let index = 0; index < count; index++)
      totals[index] = (totals[index] as number) + (row[index] as number)
  return totals
}
