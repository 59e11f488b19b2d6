/**
 * The script of the report page (`er-locations report`), bundled with the
 * library by `scripts/build-report.mjs` and inlined in the page: search and
 * sort of the table, the timeline of the selected entity, and a dropped page
 * read with the library's `parse` and compared with the newest version the
 * report holds.
 *
 * Every text goes into the page as text (`textContent`, DOM nodes): no
 * `innerHTML`, so a name from a page cannot become markup.
 */

import type {LocationsDocument, ViewName} from '../model.js'
import {parse} from '../index.js'
import {
  dayOf,
  dropReport,
  dropStatus,
  inlineRuns,
  notAPage,
  reportElementIds,
  searchKey,
  timeSpan,
  type DropReport,
  type ModelSummary,
  type ReportData,
  type WireInterval
} from '../render/index.js'

type Entity = ReportData['entities'][number]
type Offering = ReportData['offerings'][number]

const cloudLabels: Readonly<Record<string, string>> = {
  commercial: 'Commercial',
  'us-government': 'US Government',
  china: 'China',
  germany: 'Germany'
}

/** Clouds in the timeline's row labels, where room is short. */
const shortClouds: Readonly<Record<string, string>> = {
  'us-government': 'US Gov',
  china: 'China',
  germany: 'Germany'
}

const sectionTitles = ['Added', 'Removed', 'Changed'] as const

const svgNamespace = 'http://www.w3.org/2000/svg'

/** Make an element with attributes and children (strings become text). */
function element(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElement {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes))
    node.setAttribute(name, value)
  node.append(...children)
  return node
}

/** Make an SVG element with attributes. */
function svgElement(
  tag: string,
  attributes: Record<string, string | number> = {},
  ...children: Array<Node | string>
): SVGElement {
  const node = document.createElementNS(svgNamespace, tag)
  for (const [name, value] of Object.entries(attributes))
    node.setAttribute(name, String(value))
  node.append(...children)
  return node
}

/** A changelog sentence (inline Markdown) as nodes. */
function sentenceNodes(markdown: string): Node[] {
  return inlineRuns(markdown).map((run) => {
    let node: Node = document.createTextNode(run.text)
    if (run.code) node = element('code', {}, node)
    if (run.href !== undefined) node = element('a', {href: run.href}, node)
    if (run.strong) node = element('strong', {}, node)
    return node
  })
}

/** The JSON of one of the page's data elements. */
function readJson(id: string): unknown {
  const node = document.getElementById(id)
  return JSON.parse(node?.textContent ?? 'null')
}

/** The entities, offerings and their names, indexed. */
class Index {
  readonly byId = new Map<string, Entity>()
  readonly offeringsOf = new Map<string, Offering[]>()

  constructor(readonly data: ReportData) {
    for (const entity of data.entities) this.byId.set(entity.id, entity)
    for (const offering of data.offerings) {
      for (const id of [
        'provider:' + offering.provider,
        'location:' + offering.cloud + '/' + offering.location
      ]) {
        const list = this.offeringsOf.get(id) ?? []
        list.push(offering)
        this.offeringsOf.set(id, list)
      }
    }
  }

  /** The name of a location or provider (its id when the report has none). */
  name(id: string): string {
    return this.byId.get(id)?.name ?? id.replace(/^[a-z]+:/, '')
  }

  date(version: number): string {
    return this.data.versions[version]?.date ?? ''
  }
}

/** Start the page. */
function start(): void {
  document.documentElement.classList.remove('no-js')
  document.documentElement.classList.add('js')
  const data = readJson(reportElementIds.data) as ReportData
  const newest = readJson(reportElementIds.newest) as LocationsDocument[]
  const index = new Index(data)
  setUpTable(index)
  setUpDrop(newest, data.view)
}

// ---------------------------------------------------------------------------
// The table: search, kind filter, sort, selection.

function setUpTable(index: Index): void {
  const table = document.getElementById('entity-table') as HTMLTableElement
  const body = table.tBodies[0] as HTMLTableSectionElement
  const rows = [...body.rows]
  const search = document.getElementById('search') as HTMLInputElement
  const kind = document.getElementById('kind-filter') as HTMLSelectElement
  const count = document.getElementById('match-count') as HTMLElement

  const keys = rows.map((row) => ({
    row,
    kind: row.dataset['kind'],
    search: row.dataset['search'] ?? ''
  }))
  const filter = () => {
    const query = searchKey(search.value)
    let shown = 0
    for (const {row, kind: rowKind, search: text} of keys) {
      const visible =
        (kind.value === '' || rowKind === kind.value) &&
        (query === '' || text.includes(query))
      row.hidden = !visible
      if (visible) shown++
    }

    count.textContent =
      shown === rows.length
        ? rows.length + ' shown'
        : shown + ' of ' + rows.length + ' shown'
  }

  search.addEventListener('input', filter)
  kind.addEventListener('change', filter)

  for (const button of table.querySelectorAll<HTMLButtonElement>(
    'th button.sort'
  )) {
    button.addEventListener('click', () => {
      const header = button.closest('th') as HTMLTableCellElement
      const key = button.dataset['sort'] ?? 'name'
      const direction =
        header.getAttribute('aria-sort') === 'ascending'
          ? 'descending'
          : 'ascending'
      for (const other of table.querySelectorAll('thead th'))
        other.removeAttribute('aria-sort')
      header.setAttribute('aria-sort', direction)
      const sign = direction === 'ascending' ? 1 : -1
      const keyed = rows.map((row) => ({
        row,
        value: row.dataset[key] ?? '',
        name: row.dataset['name'] ?? ''
      }))
      const compare = key === 'current' ? compareNumbers : compareStrings
      keyed.sort(
        (a, b) =>
          sign * compare(a.value, b.value) || compareStrings(a.name, b.name)
      )
      body.append(...keyed.map((item) => item.row))
    })
  }

  const select = (id: string) => {
    for (const row of rows)
      row.classList.toggle('selected', row.dataset['entity'] === id)
    for (const button of body.querySelectorAll<HTMLButtonElement>(
      'button.entity'
    )) {
      if (button.dataset['entity'] === id)
        button.setAttribute('aria-current', 'true')
      else button.removeAttribute('aria-current')
    }

    showTimeline(index, id)
  }

  // One listener for every row: a click on a row, or on (Enter, Space) its button.
  body.addEventListener('click', (event) => {
    const row = (event.target as Element).closest('tr')
    const id = row?.dataset['entity']
    if (id !== undefined) select(id)
  })

  filter()
}

function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

function compareNumbers(left: string, right: string): number {
  return Number(left) - Number(right)
}

// ---------------------------------------------------------------------------
// The timeline of one entity.

function showTimeline(index: Index, id: string): void {
  const entity = index.byId.get(id)
  const title = document.getElementById('timeline-title') as HTMLElement
  const hint = document.getElementById('timeline-hint') as HTMLElement
  const body = document.getElementById('timeline-body') as HTMLElement
  if (entity === undefined) return
  const kind = id.startsWith('location:') ? 'location' : 'provider'
  hint.hidden = true
  title.textContent = entity.name

  const first = entity.intervals[0] as WireInterval
  const last = entity.intervals.at(-1) as WireInterval
  const facts = element(
    'dl',
    {class: 'facts'},
    element('dt', {}, 'Kind'),
    element(
      'dd',
      {},
      kind === 'location' ? 'Peering location' : 'Connectivity provider'
    ),
    ...(entity.cloud === null
      ? []
      : [
          element('dt', {}, 'Cloud'),
          element('dd', {}, cloudLabels[entity.cloud] ?? entity.cloud)
        ]),
    ...(entity.names.length > 1
      ? [
          element('dt', {}, 'Known as'),
          element('dd', {}, entity.names.join(', '))
        ]
      : []),
    element('dt', {}, 'First seen'),
    element('dd', {}, index.date(first[0])),
    element('dt', {}, 'Last seen'),
    element('dd', {}, last[1] === null ? 'still listed' : index.date(last[1]))
  )

  const intervals = element(
    'ol',
    {class: 'intervals', 'aria-label': 'When the docs stated it'},
    ...entity.intervals.map((interval) =>
      element('li', {}, intervalText(index, interval, entity.name))
    )
  )

  const offerings = [...(index.offeringsOf.get(id) ?? [])]
    .map((offering) => ({
      offering,
      label:
        kind === 'location'
          ? index.name('provider:' + offering.provider)
          : index.name('location:' + offering.cloud + '/' + offering.location) +
            (offering.cloud === 'commercial'
              ? ''
              : ' (' + (shortClouds[offering.cloud] ?? offering.cloud) + ')')
    }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))

  const rows = [
    {label: entity.name, intervals: entity.intervals, own: true},
    ...offerings.map(({offering, label}) => ({
      label,
      intervals: offering.intervals,
      own: false
    }))
  ]

  const sentences = index.data.sentences[id] ?? []
  body.replaceChildren(
    facts,
    element('h4', {}, 'Intervals'),
    intervals,
    element(
      'h4',
      {},
      kind === 'location'
        ? 'It, and the providers at it'
        : 'It, and the locations it serves'
    ),
    gantt(index, rows),
    ganttLegend(),
    element(
      'details',
      {},
      element('summary', {}, 'The rows as text'),
      element(
        'ul',
        {class: 'intervals'},
        ...rows.map((row) =>
          element(
            'li',
            {},
            row.label +
              ': ' +
              row.intervals
                .map((interval) => intervalText(index, interval, row.label))
                .join('; ')
          )
        )
      )
    ),
    element('h4', {}, 'Changelog sentences that touched it'),
    sentences.length === 0
      ? element('p', {}, 'None: it has not changed since its first version.')
      : element(
          'ol',
          {class: 'sentences'},
          ...sentences.map(([version, section, text]) =>
            element(
              'li',
              {'data-version': String(version)},
              element('strong', {}, index.date(version)),
              ' ' + (sectionTitles[section] ?? '') + ': ',
              ...sentenceNodes(text)
            )
          )
        )
  )
  title.focus()
}

/** `2016-07-28 to 2019-07-11: coming soon`. */
function intervalText(
  index: Index,
  interval: WireInterval,
  name: string
): string {
  const [from, to, state, names] = interval
  const label = index.data.states[state]?.label ?? ''
  return (
    index.date(from) +
    (to === null ? ' to now' : to === from ? '' : ' to ' + index.date(to)) +
    ': ' +
    label +
    (names && (names.length > 1 || names[0] !== name)
      ? ' (as ' + names.join(', ') + ')'
      : '')
  )
}

/** The intervals of a few rows on one time axis, as SVG. */
function gantt(
  index: Index,
  rows: ReadonlyArray<{label: string; intervals: WireInterval[]; own: boolean}>
): SVGElement {
  const {versions} = index.data
  // From the oldest date to the newest, as the chart: versions in commit
  // order (or after a revert) need not have growing dates.
  const dates = versions.map((version) => version.date).sort()
  const {start, end} = timeSpan(dates)
  const day = (version: number) => {
    const time = dayOf(versions[version]?.date ?? '')
    return Number.isNaN(time) ? start : time
  }
  // About the width of the timeline panel: drawn at 1:1, text at 11px.
  const width = 400
  const left = 136
  const right = 12
  const rowHeight = 18
  const top = 22
  const x = (time: number) =>
    left + ((time - start) / (end - start)) * (width - left - right)
  const height = top + rows.length * rowHeight + 8
  const chart = svgElement('svg', {
    class: 'timeline-svg',
    viewBox: '0 0 ' + width + ' ' + height,
    role: 'img',
    'aria-label':
      'Intervals of ' +
      rows.length +
      ' row' +
      (rows.length === 1 ? '' : 's') +
      ' from ' +
      (dates[0] ?? '') +
      ' to ' +
      (dates.at(-1) ?? '')
  })

  const first = new Date(start * 86_400_000).getUTCFullYear() + 1
  const last = new Date(end * 86_400_000).getUTCFullYear()
  // A label is about 30 units wide: every year, or every other, or every fifth.
  const spacing = ((width - left - right) * 365) / (end - start)
  const step = spacing >= 34 ? 1 : spacing >= 17 ? 2 : 5
  for (let year = first; year <= last; year += step) {
    const at = x(Date.parse(year + '-01-01T00:00:00Z') / 86_400_000)
    chart.append(
      svgElement('line', {
        x1: at,
        x2: at,
        y1: top - 4,
        y2: height - 6,
        stroke: '#e2e2e2'
      }),
      svgElement('text', {x: at, y: 12, 'text-anchor': 'middle'}, String(year))
    )
  }

  for (const [position, row] of rows.entries()) {
    const y = top + position * rowHeight
    chart.append(
      svgElement(
        'text',
        {
          x: left - 6,
          y: y + rowHeight / 2,
          'text-anchor': 'end',
          'dominant-baseline': 'middle',
          'font-weight': row.own ? '600' : '400'
        },
        row.label.length > 20 ? row.label.slice(0, 19) + '…' : row.label
      )
    )
    for (const interval of row.intervals) {
      const [from, to, state] = interval
      const tone = index.data.states[state]?.tone ?? 'listed'
      const a = x(day(from))
      // A bar runs until the version that no longer states it.
      const b =
        to === null ? x(end) + 4 : x(day(Math.min(to + 1, versions.length - 1)))
      chart.append(
        svgElement(
          'rect',
          {
            x: a,
            y: y + 3,
            width: Math.max(b - a, 3),
            height: rowHeight - 6,
            rx: 2,
            ...(tones[tone] ?? tones['listed']),
            class: 'bar bar-' + tone
          },
          svgElement(
            'title',
            {},
            row.label + ': ' + intervalText(index, interval, row.label)
          )
        )
      )
    }
  }

  return chart
}

/**
 * How a bar of each tone is drawn: solid, or (coming soon) hollow, so that
 * colour is not the only cue; edges at least 3:1 on white.
 */
const tones: Readonly<Record<string, Record<string, string>>> = {
  listed: {fill: '#0b5cad'},
  soon: {fill: '#fde7cf', stroke: '#a35200', 'stroke-width': '1.5'},
  other: {fill: '#6b6b6b'}
}

/** What the bars mean. */
function ganttLegend(): HTMLElement {
  const swatch = (tone: string) =>
    svgElement(
      'svg',
      {width: 22, height: 12, viewBox: '0 0 22 12', 'aria-hidden': 'true'},
      svgElement('rect', {
        x: 1,
        y: 1,
        width: 20,
        height: 10,
        rx: 2,
        ...(tones[tone] ?? {})
      })
    )
  return element(
    'p',
    {class: 'muted gantt-legend'},
    swatch('listed'),
    ' listed ',
    swatch('soon'),
    ' coming soon ',
    swatch('other'),
    ' stated, not supported'
  )
}

// ---------------------------------------------------------------------------
// A dropped page.

function setUpDrop(newest: readonly LocationsDocument[], view: ViewName): void {
  const zone = document.getElementById('drop-zone') as HTMLElement
  const input = document.getElementById('drop-file') as HTMLInputElement
  const result = document.getElementById('drop-result') as HTMLElement
  const status = document.getElementById('drop-status') as HTMLElement

  const read = async (file: File | undefined) => {
    if (file === undefined) return
    status.textContent = 'Reading ' + file.name + '…'
    try {
      const text = utf8Text(await file.arrayBuffer())
      if (text === null) {
        result.replaceChildren(
          element('h3', {}, file.name),
          notAPageNode(file.name, notAPage.notText)
        )
        status.textContent = dropStatus(file.name, null)
        return
      }

      // Read in the view the report's versions were read in.
      const dropped = parse(text, {path: file.name, view})
      const report = dropReport(dropped, newest)
      result.replaceChildren(...dropNodes(report, file.name))
      status.textContent = dropStatus(file.name, report)
    } catch (error) {
      status.textContent = ''
      result.replaceChildren(
        element(
          'p',
          {class: 'error', role: 'alert'},
          'Cannot read ' +
            file.name +
            ': ' +
            (error instanceof Error ? error.message : String(error))
        )
      )
    }
  }

  input.addEventListener('change', () => {
    void read(input.files?.[0])
  })

  // The whole page takes a drop: a file dropped beside the zone is read,
  // not opened by the browser in place of the report.
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    zone.classList.add('over')
  })
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) zone.classList.remove('over')
  })
  document.addEventListener('drop', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return
    event.preventDefault()
    zone.classList.remove('over')
    void read(event.dataTransfer.files[0])
    zone.scrollIntoView({block: 'start'})
  })
}

/** The text of a file, or `null` when it is not UTF-8. */
function utf8Text(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return null
  }
}

/** `<name>` is not a version of a page (why). */
function notAPageNode(name: string, reason: string): HTMLElement {
  return element(
    'p',
    {class: 'not-a-page'},
    element('code', {}, name),
    ' ' + reason + '.'
  )
}

/** What a dropped page shows. */
function dropNodes(report: DropReport, name: string): Node[] {
  const {summary, base} = report
  const title = element('h3', {}, summary.path ?? name)
  const model = element(
    'div',
    {class: 'drop-model'},
    element('h4', {}, 'Its model'),
    summaryList(summary)
  )
  if (!report.isPage)
    return [title, notAPageNode(name, notAPage.noTable), model]
  if (base === null) {
    return [
      title,
      model,
      element('p', {}, 'The report holds no version to compare it with.')
    ]
  }

  const nodes: Node[] = []

  nodes.push(
    element(
      'h4',
      {},
      report.sameDocument
        ? 'Compared with the newest version of ' +
            base.document +
            ' in this report (' +
            (base.date ?? 'undated') +
            ')'
        : 'This report holds no version of ' +
            summary.document +
            ': compared with its newest version, of ' +
            base.document +
            ' (' +
            (base.date ?? 'undated') +
            ')'
    )
  )
  const {added, removed, changed} = report.sentences
  if (added.length + removed.length + changed.length === 0) {
    nodes.push(
      element(
        'p',
        {class: 'no-changes'},
        'No changes: it states what the newest version states.'
      )
    )
  }

  for (const [position, list] of [added, removed, changed].entries()) {
    if (list.length === 0) continue
    nodes.push(
      element('h5', {}, sectionTitles[position] ?? ''),
      element(
        'ul',
        {class: 'diff-' + (sectionTitles[position] ?? '').toLowerCase()},
        ...list.map((text) => element('li', {}, ...sentenceNodes(text)))
      )
    )
  }

  return [
    title,
    element(
      'div',
      {class: 'drop-columns'},
      model,
      element('div', {class: 'drop-diff'}, ...nodes)
    )
  ]
}

/** A model's summary as a definition list. */
function summaryList(summary: ModelSummary): HTMLElement {
  const {counts, diagnostics} = summary
  const entries: Array<[string, string]> = [
    ['Document', summary.document],
    ['Date', summary.date ?? 'none stated'],
    ['Form', summary.page + ', ' + summary.view + ' view'],
    ['States', summary.facets.join(', ') || 'nothing'],
    [
      'Counts',
      counts.locations +
        ' locations, ' +
        counts.providers +
        ' providers, ' +
        counts.offerings +
        ' offerings, ' +
        counts.regions +
        ' regions, ' +
        counts.exchanges +
        ' exchanges'
    ],
    [
      'Diagnostics',
      diagnostics.error +
        ' errors, ' +
        diagnostics.warning +
        ' warnings, ' +
        diagnostics.info +
        ' notes'
    ]
  ]
  return element(
    'dl',
    {class: 'facts drop-summary'},
    ...entries.flatMap(([term, value]) => [
      element('dt', {}, term),
      element('dd', {}, value)
    ])
  )
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', start)
else start()
