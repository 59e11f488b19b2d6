/**
 * The counts over time as SVG, written at render time: one chart a kind of
 * fact, a line a cloud, one point a version (`data-version`), with axes, a
 * legend and a title on every point. Plain markup: it needs no script.
 */

import type {Cloud} from '../model.js'
import type {HistoryVersion} from './history-types.js'
import type {CountPanel, CountSeries} from './report-counts.js'
import {escapeHtml} from './report-escape.js'

/** How a line is drawn: colour (at least 4.5:1 on white) and dashes, so that colour is not the only cue. */
export const seriesStyles: Readonly<
  Record<Cloud | 'all', {label: string; color: string; dash: string | null}>
> = {
  all: {label: 'All clouds', color: '#1f1f1f', dash: null},
  commercial: {label: 'Commercial', color: '#0b5cad', dash: null},
  'us-government': {label: 'US Government', color: '#b3261e', dash: '7 4'},
  china: {label: 'China', color: '#1b7431', dash: '2 3'},
  germany: {label: 'Germany', color: '#6f42a6', dash: '9 3 2 3'}
}

const width = 960
const panelHeight = 210
const margin = {left: 58, right: 190, top: 34, bottom: 30}
const plotWidth = width - margin.left - margin.right
const plotHeight = panelHeight - margin.top - margin.bottom
const day = 86_400_000

/**
 * The chart of the counts.
 *
 * @param panels
 *   The counts (`countPanels`).
 * @param versions
 *   The versions of the history, in order.
 */
export function chartSvg(
  panels: readonly CountPanel[],
  versions: readonly HistoryVersion[]
): string {
  const times = versions.map((version) => dayOf(version.date))
  const {start, end} = timeSpan(versions.map((version) => version.date))
  const x = (time: number) =>
    margin.left +
    (Number.isNaN(time) ? 0 : ((time - start) / (end - start)) * plotWidth)

  const height = panels.length * panelHeight
  const first = versions[0]?.date ?? ''
  const last = versions.at(-1)?.date ?? ''
  const lines = [
    '<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ' +
      width +
      ' ' +
      height +
      '" role="img" aria-labelledby="chart-title chart-desc">',
    '<title id="chart-title">Counts over time</title>',
    '<desc id="chart-desc">' +
      escapeHtml(
        panels.map((panel) => panel.title).join(', ') +
          ' stated by each of the ' +
          versions.length +
          ' versions, ' +
          first +
          ' to ' +
          last +
          ', one line a cloud and one point a version.'
      ) +
      '</desc>'
  ]

  for (const [index, panel] of panels.entries()) {
    lines.push(
      '<g class="panel" data-panel="' +
        panel.id +
        '" transform="translate(0 ' +
        index * panelHeight +
        ')">',
      ...panelLines(panel, versions, times, x, start, end),
      '</g>'
    )
  }

  lines.push('</svg>')
  return lines.join('\n')
}

/** One chart: title, axes, grid, lines and points, legend. */
function panelLines(
  panel: CountPanel,
  versions: readonly HistoryVersion[],
  times: readonly number[],
  x: (time: number) => number,
  start: number,
  end: number
): string[] {
  const max = Math.max(1, ...panel.series.flatMap((series) => series.values))
  const ticks = niceTicks(max)
  const top = ticks.at(-1) as number
  const y = (value: number) =>
    margin.top + plotHeight - (value / top) * plotHeight
  const bottom = margin.top + plotHeight
  const lines = [
    '<text class="panel-title" x="' +
      margin.left +
      '" y="20">' +
      escapeHtml(panel.title) +
      '</text>'
  ]

  // Y axis: grid lines and labels.
  for (const tick of ticks) {
    const at = number(y(tick))
    lines.push(
      '<line class="grid" x1="' +
        margin.left +
        '" x2="' +
        (margin.left + plotWidth) +
        '" y1="' +
        at +
        '" y2="' +
        at +
        '"/>',
      '<text class="tick" x="' +
        (margin.left - 8) +
        '" y="' +
        at +
        '" text-anchor="end" dominant-baseline="middle">' +
        tick +
        '</text>'
    )
  }

  // X axis: a tick a year.
  lines.push(
    '<line class="axis" x1="' +
      margin.left +
      '" x2="' +
      (margin.left + plotWidth) +
      '" y1="' +
      bottom +
      '" y2="' +
      bottom +
      '"/>',
    '<line class="axis" x1="' +
      margin.left +
      '" x2="' +
      margin.left +
      '" y1="' +
      margin.top +
      '" y2="' +
      bottom +
      '"/>'
  )
  for (const tick of timeTicks(start, end, times)) {
    const at = number(x(tick.time))
    lines.push(
      '<line class="axis" x1="' +
        at +
        '" x2="' +
        at +
        '" y1="' +
        bottom +
        '" y2="' +
        (bottom + 5) +
        '"/>',
      '<text class="tick" x="' +
        at +
        '" y="' +
        (bottom + 18) +
        '" text-anchor="middle">' +
        tick.label +
        '</text>'
    )
  }

  for (const series of panel.series) {
    const style = seriesStyles[series.cloud]
    const points = series.values.map(
      (value, index) => [x(times[index] as number), y(value)] as const
    )
    lines.push(
      '<g class="series" data-series="' +
        series.id +
        '" stroke="' +
        style.color +
        '" fill="' +
        style.color +
        '">',
      '<polyline fill="none" stroke-width="2"' +
        (style.dash ? ' stroke-dasharray="' + style.dash + '"' : '') +
        ' points="' +
        points.map(([a, b]) => number(a) + ',' + number(b)).join(' ') +
        '"/>'
    )
    for (const [index, [a, b]] of points.entries()) {
      const version = versions[index] as HistoryVersion
      lines.push(
        '<circle class="point" data-version="' +
          index +
          '" cx="' +
          number(a) +
          '" cy="' +
          number(b) +
          '" r="3"><title>' +
          escapeHtml(pointTitle(panel, series, version, index)) +
          '</title></circle>'
      )
    }

    lines.push('</g>')
  }

  lines.push(...legendLines(panel))
  return lines
}

/** What a point says on hover. */
function pointTitle(
  panel: CountPanel,
  series: CountSeries,
  version: HistoryVersion,
  index: number
): string {
  return (
    version.date +
    ' (' +
    version.document +
    '): ' +
    series.values[index] +
    ' — ' +
    panel.title.toLowerCase() +
    ', ' +
    seriesStyles[series.cloud].label.toLowerCase()
  )
}

/** The legend, right of the chart: a line sample, the name and the newest count. */
function legendLines(panel: CountPanel): string[] {
  const left = margin.left + plotWidth + 16
  return panel.series.flatMap((series, index) => {
    const style = seriesStyles[series.cloud]
    const at = margin.top + 8 + index * 22
    return [
      '<g class="legend-item" data-series="' + series.id + '">',
      '<line x1="' +
        left +
        '" x2="' +
        (left + 26) +
        '" y1="' +
        at +
        '" y2="' +
        at +
        '" stroke="' +
        style.color +
        '" stroke-width="2"' +
        (style.dash ? ' stroke-dasharray="' + style.dash + '"' : '') +
        '/>',
      '<text class="legend" x="' +
        (left + 34) +
        '" y="' +
        at +
        '" dominant-baseline="middle">' +
        escapeHtml(style.label + ' (' + (series.values.at(-1) ?? 0) + ')') +
        '</text>',
      '</g>'
    ]
  })
}

/**
 * The time axis of versions, in days since the epoch: from the oldest date
 * to the newest, whatever their order (versions in commit order, or after
 * a revert, need not have growing dates); half a year either side of a
 * single date; `0` to `1` when there is none. The chart and the page's
 * timelines share it.
 *
 * @param dates
 *   ISO dates (`YYYY-MM-DD`) of the versions; others are left out.
 */
export function timeSpan(dates: readonly string[]): {
  start: number
  end: number
} {
  const known = dates.map(dayOf).filter((time) => !Number.isNaN(time))
  if (known.length === 0) return {start: 0, end: 1}
  let start = Number.POSITIVE_INFINITY
  let end = Number.NEGATIVE_INFINITY
  for (const time of known) {
    if (time < start) start = time
    if (time > end) end = time
  }

  return start === end ? {start: start - 180, end: end + 180} : {start, end}
}

/**
 * Days since the epoch of an ISO date; `NaN` when it is none.
 *
 * @param date
 *   A date, `YYYY-MM-DD`.
 */
export function dayOf(date: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? Date.parse(date + 'T00:00:00Z') / day
    : Number.NaN
}

/**
 * Ticks of the time axis: the first of January of each year (every other
 * year when there are many), else (a history of less than a year) the
 * first and last dates.
 */
function timeTicks(
  start: number,
  end: number,
  times: readonly number[]
): Array<{time: number; label: string}> {
  const first = new Date(start * day).getUTCFullYear()
  const last = new Date(end * day).getUTCFullYear()
  const step = last - first > 12 ? 2 : 1
  const ticks: Array<{time: number; label: string}> = []
  for (let year = first; year <= last; year += step) {
    const time = dayOf(year + '-01-01')
    if (time >= start && time <= end) ticks.push({time, label: String(year)})
  }

  if (ticks.length > 0) return ticks
  const known = times.filter((time) => !Number.isNaN(time))
  const edges = [...new Set([Math.min(...known), Math.max(...known)])]
  return known.length === 0
    ? []
    : edges.map((time) => ({
        time,
        label: new Date(time * day).toISOString().slice(0, 10)
      }))
}

/** Round ticks from 0 past `max`: steps of 1, 2 or 5 × 10ⁿ, about five. */
function niceTicks(max: number): number[] {
  const raw = max / 5
  const power = 10 ** Math.floor(Math.log10(raw))
  const step =
    [1, 2, 5, 10].map((factor) => factor * power).find((s) => s >= raw) ??
    power * 10
  const stepped = Math.max(1, step)
  const ticks: number[] = []
  for (let value = 0; value < max + stepped; value += stepped) {
    ticks.push(value)
    if (value >= max) break
  }

  return ticks
}

/** A coordinate, one decimal, no trailing `.0`. */
function number(value: number): string {
  return String(Math.round(value * 10) / 10)
}
