/**
 * The report as one self-contained HTML page: style, chart, table and
 * changelog written at render time (readable without the script), the data
 * the script needs as JSON, and the script itself, all inline. A Content
 * Security Policy allows only these inline parts: the page loads nothing.
 *
 * Byte-stable: the same versions (and script) give the same bytes.
 */

import {sha256} from '@noble/hashes/sha2.js'
import type {Cloud, LocationsDocument} from '../model.js'
import {compareNames} from './compare-names.js'
import type {HistoryVersion} from './history-types.js'
import {chartSvg, seriesStyles} from './report-chart.js'
import {countPanels, clouds, type CountPanel} from './report-counts.js'
import {
  reportModel,
  type ReportData,
  type ReportEntity,
  type ReportModel,
  type ReportModelOptions,
  type ReportVersionChanges
} from './report-data.js'
import {escapeHtml, scriptCode, scriptJson} from './report-escape.js'
import {inlineHtml} from './report-inline.js'
import {searchKey} from './report-search.js'
import {reportStyle} from './report-style.js'

/** Options of `renderReport`. */
export interface ReportOptions extends ReportModelOptions {
  /**
   * The page's script (the bundled report app), inlined. Without it the
   * page is static: chart, table and changelog, no search, timeline or drop.
   */
  script?: string | null | undefined
}

/** Ids of the JSON elements the script reads. */
export const reportElementIds = {
  data: 'report-data',
  newest: 'report-newest'
} as const

/**
 * Render the report of versions of the docs of one edition and language.
 *
 * @param documents
 *   The versions.
 * @param options
 *   Order and commits of the versions (as `history`), their view, and the
 *   script.
 * @throws {Error}
 *   As `history`: versions of several docs, a version without a date.
 */
export function renderReport(
  documents: readonly LocationsDocument[],
  options?: ReportOptions | null | undefined
): string {
  const model = reportModel(documents, options)
  const script =
    typeof options?.script === 'string' ? scriptCode(options.script) : null
  const style = reportStyle
  const policy =
    "default-src 'none'; style-src '" +
    hash(style) +
    "'; script-src " +
    (script === null ? "'none'" : "'" + hash(script) + "'") +
    "; img-src data:; base-uri 'none'; form-action 'none'"
  const {versions} = model.history
  const title =
    'ExpressRoute locations and providers: the history of ' + model.data.docs

  return [
    '<!doctype html>',
    '<html lang="en" class="no-js">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="Content-Security-Policy" content="' +
      escapeHtml(policy) +
      '">',
    '<meta name="generator" content="er-locations report">',
    '<title>' + escapeHtml(title) + '</title>',
    '<style>' + style + '</style>',
    '</head>',
    '<body>',
    '<a class="skip" href="#entities">Skip to the table of locations and providers</a>',
    '<header>',
    '<h1>' + escapeHtml(title) + '</h1>',
    '<p>' + escapeHtml(summaryLine(model)) + '</p>',
    '<nav aria-label="Sections"><ul>' +
      [
        ['counts', 'Counts over time'],
        ['entities', 'Locations and providers'],
        ['drop', 'Compare a page'],
        ['changelog', 'Changelog']
      ]
        .map(([id, text]) => '<li><a href="#' + id + '">' + text + '</a></li>')
        .join('') +
      '</ul></nav>',
    '</header>',
    '<main>',
    countsSection(countPanels(model.history), versions),
    entitiesSection(model),
    dropSection(),
    changelogSection(model.changelog, versions),
    '</main>',
    '<footer><p>Written by <code>er-locations report</code> from ' +
      versions.length +
      ' version' +
      (versions.length === 1 ? '' : 's') +
      ' of the pages. The page loads nothing: the data and the script are in it.</p></footer>',
    jsonElement(reportElementIds.data, model.data),
    jsonElement(reportElementIds.newest, model.newest),
    script === null ? '' : '<script>' + script + '</script>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** `'sha256-…'` of an inline element's text, for the policy. */
function hash(text: string): string {
  const digest = sha256(new TextEncoder().encode(text))
  let binary = ''
  for (const byte of digest) binary += String.fromCharCode(byte)
  return 'sha256-' + btoa(binary)
}

function jsonElement(id: string, value: unknown): string {
  return (
    '<script type="application/json" id="' +
    id +
    '">' +
    scriptJson(value) +
    '</script>'
  )
}

/** One sentence on what the report is of. */
function summaryLine(model: ReportModel): string {
  const {versions} = model.history
  const counts = {location: 0, provider: 0}
  for (const entity of model.entities) counts[entity.kind]++
  return (
    versions.length +
    ' version' +
    (versions.length === 1 ? '' : 's') +
    ' of the pages' +
    (versions.length > 0
      ? ', ' + versions[0]?.date + ' to ' + versions.at(-1)?.date
      : '') +
    ', read by er-locations: ' +
    counts.location +
    ' peering locations and ' +
    counts.provider +
    ' connectivity providers stated at some time.'
  )
}

/** Words of each cloud. */
const cloudLabels: Readonly<Record<Cloud, string>> = {
  commercial: 'Commercial',
  'us-government': 'US Government',
  china: 'China',
  germany: 'Germany'
}

/** The chart, and its numbers as a table. */
function countsSection(
  panels: readonly CountPanel[],
  versions: readonly HistoryVersion[]
): string {
  const columns = panels.flatMap((panel) =>
    panel.series.map((series) => ({
      heading: panel.title + ': ' + seriesStyles[series.cloud].label,
      values: series.values
    }))
  )
  const rows = versions.map(
    (version, index) =>
      '<tr><th scope="row">' +
      escapeHtml(version.date) +
      '</th><td>' +
      escapeHtml(version.document) +
      '</td>' +
      columns
        .map((column) => '<td class="number">' + column.values[index] + '</td>')
        .join('') +
      '</tr>'
  )
  return [
    '<section id="counts" aria-labelledby="counts-title">',
    '<h2 id="counts-title">Counts over time</h2>',
    '<p class="muted">What the docs state in each version: one point a version, one line a cloud. A version that does not state a kind of fact keeps the count of the version before it.</p>',
    chartSvg(panels, versions),
    '<details><summary>The counts as a table</summary>',
    '<div class="scroll" tabindex="0" role="region" aria-label="Counts by version">',
    '<table><thead><tr><th scope="col">Version</th><th scope="col">Page</th>' +
      columns
        .map(
          (column) =>
            '<th scope="col" class="number">' +
            escapeHtml(column.heading) +
            '</th>'
        )
        .join('') +
      '</tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody></table></div></details>',
    '</section>'
  ].join('\n')
}

/** The table of locations and providers, and the place of the timeline. */
function entitiesSection(model: ReportModel): string {
  const {data} = model
  const entities = [...model.entities].sort(
    (a, b) =>
      compareNames(a.name, b.name) ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
  const cloudsOfProvider = providerClouds(data)
  const header = (
    key: string,
    label: string,
    extra = '',
    sorted?: 'ascending'
  ) =>
    '<th scope="col"' +
    extra +
    (sorted ? ' aria-sort="' + sorted + '"' : '') +
    '><button type="button" class="sort" data-sort="' +
    key +
    '">' +
    label +
    '</button></th>'

  return [
    '<section id="entities" aria-labelledby="entities-title">',
    '<h2 id="entities-title">Locations and providers</h2>',
    '<p class="muted">Every peering location (per cloud) and connectivity provider the docs have stated, with the first and last version that stated it. Select a name to see its timeline.</p>',
    '<noscript><p>Search, sorting, timelines and comparing a page need JavaScript; the chart, this table and the changelog do not.</p></noscript>',
    '<div class="columns">',
    '<div>',
    '<div class="controls needs-js">',
    '<label for="search">Search</label>',
    '<input id="search" type="search" autocomplete="off" spellcheck="false" aria-describedby="match-count" placeholder="e.g. Megaport, Sydney">',
    '<label for="kind-filter">Show</label>',
    '<select id="kind-filter"><option value="">Locations and providers</option><option value="location">Locations</option><option value="provider">Providers</option></select>',
    '<span id="match-count" class="muted" aria-live="polite">' +
      entities.length +
      ' shown</span>',
    '</div>',
    '<div class="scroll" tabindex="0" role="region" aria-labelledby="entities-title">',
    '<table id="entity-table">',
    '<thead><tr>' +
      header('name', 'Name', '', 'ascending') +
      header('kind', 'Kind') +
      header('cloud', 'Cloud') +
      header('first', 'First seen') +
      header('last', 'Last seen') +
      header('current', 'Offerings now', ' class="number"') +
      '</tr></thead>',
    '<tbody>',
    ...entities.map((entity) =>
      entityRow(
        entity,
        model.history.versions,
        cloudsOfProvider.get(entity.key)
      )
    ),
    '</tbody>',
    '</table>',
    '</div>',
    '</div>',
    '<section id="timeline" class="panel-box" aria-labelledby="timeline-title">',
    '<h3 id="timeline-title" tabindex="-1">Timeline</h3>',
    '<p class="muted" id="timeline-hint">Select a location or provider in the table to see when the docs stated it, and the changelog sentences that touched it.</p>',
    '<div id="timeline-body"></div>',
    '</section>',
    '</div>',
    '</section>'
  ].join('\n')
}

/** The clouds each provider has had an offering in. */
function providerClouds(data: ReportData): Map<string, Cloud[]> {
  const found = new Map<string, Set<Cloud>>()
  for (const offering of data.offerings) {
    const set = found.get(offering.provider) ?? new Set<Cloud>()
    set.add(offering.cloud)
    found.set(offering.provider, set)
  }

  return new Map(
    [...found].map(([id, set]) => [
      id,
      clouds.filter((cloud) => set.has(cloud))
    ])
  )
}

/** One row of the table. */
function entityRow(
  entity: ReportEntity,
  versions: readonly HistoryVersion[],
  providerClouds: readonly Cloud[] | undefined
): string {
  const first = versions[entity.first]?.date ?? ''
  const last = entity.last === null ? null : (versions[entity.last]?.date ?? '')
  const cloud =
    entity.cloud === null
      ? (providerClouds ?? []).map((cloud) => cloudLabels[cloud]).join(', ')
      : cloudLabels[entity.cloud]
  const newest = entity.intervals.at(-1)
  const soon =
    entity.last === null && newest?.state?.comingSoon === true
      ? '<span class="badge soon">coming soon</span>'
      : ''
  const gone =
    entity.last === null
      ? ''
      : '<span class="badge gone">no longer listed</span>'
  const search = searchKey(
    [...entity.names, ...entity.aliases, entity.key, cloud].join(' ')
  )
  return (
    '<tr data-entity="' +
    escapeHtml(entity.id) +
    '" data-kind="' +
    entity.kind +
    '" data-name="' +
    escapeHtml(searchKey(entity.name)) +
    '" data-cloud="' +
    escapeHtml(cloud) +
    '" data-first="' +
    first +
    '" data-last="' +
    (last ?? '9999-12-31') +
    '" data-current="' +
    entity.current +
    '" data-search="' +
    escapeHtml(search) +
    '">' +
    '<th scope="row"><button type="button" class="entity" aria-controls="timeline" data-entity="' +
    escapeHtml(entity.id) +
    '">' +
    escapeHtml(entity.name) +
    '</button>' +
    soon +
    gone +
    '</th>' +
    '<td>' +
    (entity.kind === 'location' ? 'Location' : 'Provider') +
    '</td>' +
    '<td>' +
    escapeHtml(cloud) +
    '</td>' +
    '<td><time datetime="' +
    first +
    '">' +
    first +
    '</time></td>' +
    '<td>' +
    (last === null
      ? 'still listed'
      : '<time datetime="' + last + '">' + last + '</time>') +
    '</td>' +
    '<td class="number">' +
    entity.current +
    '</td>' +
    '</tr>'
  )
}

/** Where a page is dropped: shown by the script. */
function dropSection(): string {
  return [
    '<section id="drop" aria-labelledby="drop-title">',
    '<h2 id="drop-title">Compare a page</h2>',
    '<noscript><p>Comparing a page needs JavaScript.</p></noscript>',
    '<div class="needs-js">',
    '<p>Drop a version of the page (its Markdown source) anywhere on this page, or choose it: it is read here, in the browser, and compared with the newest version of its page in this report. Nothing is sent anywhere.</p>',
    '<div class="drop-zone" id="drop-zone">',
    '<label for="drop-file">Choose a page</label> ',
    '<input id="drop-file" type="file" accept=".md,.txt,.markdown,text/markdown,text/plain">',
    '</div>',
    '<p id="drop-status" role="status"></p>',
    '<div id="drop-result" class="drop-result" tabindex="0" role="region" aria-label="The page compared"></div>',
    '</div>',
    '</section>'
  ].join('\n')
}

/** The changelog: a section a version, newest first. */
function changelogSection(
  changelog: readonly ReportVersionChanges[],
  versions: readonly HistoryVersion[]
): string {
  const sections = [...changelog].reverse().map((entry, index) => {
    const version = versions[entry.version] as HistoryVersion
    const before = versions[entry.version - 1] as HistoryVersion
    const {added, removed, changed} = entry.sentences
    const parts: string[] = [
      '<details id="version-' +
        entry.version +
        '"' +
        (index === 0 ? ' open' : '') +
        '>',
      '<summary><strong>' +
        escapeHtml(version.date) +
        '</strong> · ' +
        escapeHtml(version.document) +
        ', compared with ' +
        escapeHtml(before.date) +
        ' — ' +
        [
          [added.length, 'added'],
          [removed.length, 'removed'],
          [changed.length, 'changed']
        ]
          .map(([count, word]) => count + ' ' + word)
          .join(', ') +
        '</summary>'
    ]
    if (version.path !== null)
      parts.push('<p class="muted">' + escapeHtml(pathOf(version)) + '</p>')
    for (const [title, list] of [
      ['Added', added],
      ['Removed', removed],
      ['Changed', changed]
    ] as const) {
      if (list.length === 0) continue
      parts.push(
        '<h4>' + title + '</h4>',
        '<ul>',
        ...list.map((text) => '<li>' + inlineHtml(text) + '</li>'),
        '</ul>'
      )
    }

    if (added.length + removed.length + changed.length === 0)
      parts.push('<p>No changes.</p>')
    parts.push('</details>')
    return parts.join('\n')
  })

  const first = versions[0]
  if (first) {
    sections.push(
      [
        '<details id="version-0"' +
          (versions.length === 1 ? ' open' : '') +
          '>',
        '<summary><strong>' +
          escapeHtml(first.date) +
          '</strong> · ' +
          escapeHtml(first.document) +
          ' — the first version</summary>',
        '<p class="muted">' + escapeHtml(pathOf(first)) + '</p>',
        '</details>'
      ].join('\n')
    )
  }

  return [
    '<section id="changelog" aria-labelledby="changelog-title">',
    '<h2 id="changelog-title">Changelog</h2>',
    '<p class="muted">What changed in each version, compared with the version before it (the pages side by side merged, as the history reads them), newest first.</p>',
    ...sections,
    '</section>'
  ].join('\n')
}

/** Where a version was read from. */
function pathOf(version: HistoryVersion): string {
  return (
    (version.path ?? 'no path') +
    (version.commit === undefined ? '' : ' (commit ' + version.commit + ')')
  )
}
