/**
 * `npm run bench`: the time of our pipeline against a bare remark + GFM parse
 * of the same text, for each seed and corpus page and for the whole corpus;
 * both views of customized pages; a changelog over the dated corpus; `diff`
 * of the two largest pages; peak heap of reading the corpus. Runs on the
 * built `dist/` (the script builds first).
 *
 * `ours` is `parse` as a first call sees it: with a block cache of its own,
 * made afresh for every run, so nothing is reused from one run to the next
 * (the two views of a page share theirs, as the issue means them to).
 * `uncached` is `parse` with `cache: false`, the whole page parsed at once.
 *
 * The machine may be shared: every comparison runs in rounds, each round
 * timing every contender one after the other (tinybench), and the figure is
 * the median over rounds of each round's ratio, so that a load that comes
 * and goes weighs on both sides of a ratio alike.
 *
 * Then the time of `parse` against the length of one long list cell
 * (`long-cells.mjs`); last, `changelog --git` (and `history --git`) on a
 * dense git history of about a thousand commits built from the fixtures,
 * against a bare parse of every version (`dense-history.mjs`).
 *
 * Options: `--time <ms>` per task and round (default 100), `--rounds <n>`
 * (default 5), `--filter <text>` to bench only the pages whose name contains
 * it, `--long-cells` to run only the long-cell section, `--dense` to run
 * only the dense-history section, `--dense-rounds <n>` (default 1: a round
 * parses a thousand versions bare, a minute or two).
 */

import {readdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {Bench} from 'tinybench'
import {unified} from 'unified'
import {createBlockCache, diff, parse, renderChangelog} from '../dist/index.js'
import {benchDenseHistory} from './dense-history.mjs'
import {benchLongCells} from './long-cells.mjs'

const {values} = parseArgs({
  options: {
    time: {type: 'string', default: '100'},
    rounds: {type: 'string', default: '5'},
    filter: {type: 'string', default: ''},
    'long-cells': {type: 'boolean', default: false},
    dense: {type: 'boolean', default: false},
    'dense-rounds': {type: 'string', default: '1'}
  }
})
const denseRounds = Number(values['dense-rounds'])
const time = Number(values.time)
const rounds = Number(values.rounds)
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Every bundled page: `{name, text}`. */
const pages = ['seeds', 'corpus'].flatMap((folder) =>
  readdirSync(path.join(root, 'fixtures', folder))
    .filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md')
    .sort()
    .map((name) => ({
      name: folder + '/' + name,
      text: readFileSync(path.join(root, 'fixtures', folder, name), 'utf8')
    }))
)

const processor = unified().use(remarkParse).use(remarkGfm)

function bare(text) {
  return processor.parse(text)
}

/** `parse` with a cache of its own: nothing carried over from another run. */
function ours(text) {
  return parse(text, {cache: createBlockCache()})
}

function uncached(text) {
  return parse(text, {cache: false})
}

/** Both views of a page, sharing one fresh cache. */
function bothViews(text) {
  const cache = createBlockCache()
  parse(text, {cache})
  parse(text, {cache, view: 'upstream'})
}

function isCustomized(text) {
  return text.includes('by customization')
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Time `contenders` (name → function) against `contenders.bare` in rounds.
 *
 * @returns
 *   Per name: `ms`, the median over rounds of its median time, and `ratio`,
 *   the median over rounds of its time divided by bare's in that round.
 */
async function compare(contenders, options) {
  const names = Object.keys(contenders)
  const times = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      time,
      warmupTime: 20,
      iterations: 3,
      warmupIterations: 1,
      ...options
    })
    for (const name of names) bench.add(name, contenders[name])
    await bench.run()
    for (const task of bench.tasks) {
      if (task.result.state !== 'completed')
        throw new Error('bench `' + task.name + '`: ' + task.result.state)
      times[task.name].push(task.result.latency.p50)
    }
  }

  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        ms: median(times[name]),
        ratio: median(
          times[name].map((value, round) => value / times.bare[round])
        )
      }
    ])
  )
}

function ms(value) {
  return value.toFixed(2).padStart(9)
}

function ratio(value) {
  return value.toFixed(2).padStart(6)
}

console.log(
  'er-locations bench — node ' +
    process.version +
    ', ' +
    os.cpus().length +
    ' cores (' +
    (os.cpus()[0]?.model ?? 'unknown cpu') +
    '), ' +
    (os.totalmem() / 2 ** 30).toFixed(0) +
    ' GiB, load ' +
    os.loadavg()[0].toFixed(2) +
    ', ' +
    new Date().toISOString().slice(0, 10) +
    '; ' +
    rounds +
    ' rounds'
)

// Long cells only: no corpus, about 15 s of CPU (remark on `[ [ [` most).
const longCellRounds = Math.min(rounds, 3)
if (values['long-cells']) {
  await benchLongCells({ours, bare, rounds: longCellRounds})
  process.exit(0)
}

// The dense history only: a minute or two a round.
if (values.dense) {
  await benchDenseHistory({rounds: denseRounds})
  process.exit(0)
}

// Peak heap first, in a fresh heap: read every page (both views of the
// customized ones), keeping every model, sampling the heap after each.
const gc = globalThis.gc
if (gc) gc()
const baseHeap = process.memoryUsage().heapUsed
let peakHeap = baseHeap
const kept = []
const heapStart = performance.now()
for (const page of pages) {
  kept.push(parse(page.text, {path: page.name}))
  if (isCustomized(page.text))
    kept.push(parse(page.text, {view: 'upstream', path: page.name}))
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
const firstRun = performance.now() - heapStart
const corpusBytes = pages.reduce(
  (sum, page) => sum + Buffer.byteLength(page.text),
  0
)

console.log(
  '\nper page, median ms: bare = unified + remark-parse + remark-gfm .parse(); ours = parse() (one view, model +\n' +
    'diagnostics, a fresh block cache); uncached = parse(text, {cache: false}); both = both views, one fresh cache'
)
console.log(
  'page'.padEnd(58) +
    'KB'.padStart(5) +
    'bare'.padStart(10) +
    'ours'.padStart(10) +
    'ratio'.padStart(7) +
    'uncached'.padStart(10) +
    'ratio'.padStart(7) +
    '      both  ratio'
)

const rows = []
for (const page of pages) {
  if (values.filter && !page.name.includes(values.filter)) continue
  const customized = isCustomized(page.text)
  const result = await compare({
    bare: () => bare(page.text),
    ours: () => ours(page.text),
    uncached: () => uncached(page.text),
    ...(customized ? {both: () => bothViews(page.text)} : {})
  })
  rows.push({page, customized, ...result})
  console.log(
    page.name.padEnd(58) +
      String(Math.round(Buffer.byteLength(page.text) / 1024)).padStart(5) +
      ms(result.bare.ms) +
      ms(result.ours.ms) +
      ratio(result.ours.ratio) +
      ms(result.uncached.ms) +
      ratio(result.uncached.ratio) +
      (customized ? ' ' + ms(result.both.ms) + ratio(result.both.ratio) : '')
  )
}

/** Sum of medians of `key` over `list`, divided by that of bare. */
function overall(list, key) {
  return (
    list.reduce((total, row) => total + row[key].ms, 0) /
    list.reduce((total, row) => total + row.bare.ms, 0)
  )
}

const plainPages = rows.filter((row) => !row.customized)
const customizedPages = rows.filter((row) => row.customized)
if (plainPages.length > 0) {
  console.log(
    '\npages without customization, ours / bare: ' +
      ratio(overall(plainPages, 'ours')).trim() +
      ' (sum of medians; target ≤ 1.2), worst page ' +
      ratio(Math.max(...plainPages.map((row) => row.ours.ratio))).trim() +
      '; uncached ' +
      ratio(overall(plainPages, 'uncached')).trim()
  )
}
if (customizedPages.length > 0) {
  console.log(
    'customized pages, both views / bare: ' +
      ratio(overall(customizedPages, 'both')).trim() +
      ' (sum of medians; target ≤ 2.2), worst page ' +
      ratio(Math.max(...customizedPages.map((row) => row.both.ratio))).trim()
  )
}

// Runs of a second or more: one timing per round is enough.
const whole = {time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0}

// The whole corpus, each page once, one view.
const corpus = await compare(
  {
    bare: () => pages.forEach((page) => bare(page.text)),
    ours: () => pages.forEach((page) => ours(page.text)),
    uncached: () => pages.forEach((page) => uncached(page.text))
  },
  whole
)
console.log(
  '\nwhole corpus (' +
    pages.length +
    ' pages, ' +
    (corpusBytes / 1024).toFixed(0) +
    ' KB), one view: bare ' +
    corpus.bare.ms.toFixed(0) +
    ' ms, ours ' +
    corpus.ours.ms.toFixed(0) +
    ' ms (ratio ' +
    ratio(corpus.ours.ratio).trim() +
    '), uncached ' +
    corpus.uncached.ms.toFixed(0) +
    ' ms (ratio ' +
    ratio(corpus.uncached.ratio).trim() +
    '); ours ' +
    (((corpus.ours.ms / corpusBytes) * 2 ** 20) / 1000).toFixed(1) +
    ' s per MiB'
)

// A changelog over the dated corpus pages: cold (one fresh cache for the
// run), warm (the same history again with the cache it filled, as a
// regeneration does) and uncached, against a bare parse of every one of
// those pages once.
const history = pages.filter((page) => /^corpus\/2/.test(page.name))
const changelog = (cache) =>
  renderChangelog(
    history.map((page) => parse(page.text, {path: page.name, cache}))
  )
const warmCache = createBlockCache()
changelog(warmCache)
const historyResult = await compare(
  {
    bare: () => history.forEach((page) => bare(page.text)),
    cold: () => changelog(createBlockCache()),
    warm: () => changelog(warmCache),
    uncached: () => changelog(false)
  },
  whole
)
console.log(
  'changelog of ' +
    history.length +
    ' corpus versions against a bare parse of each once (' +
    historyResult.bare.ms.toFixed(0) +
    ' ms): cold cache ' +
    historyResult.cold.ms.toFixed(0) +
    ' ms (ratio ' +
    ratio(historyResult.cold.ratio).trim() +
    '; target < 1.0), warm cache ' +
    historyResult.warm.ms.toFixed(0) +
    ' ms (ratio ' +
    ratio(historyResult.warm.ratio).trim() +
    '), uncached ' +
    historyResult.uncached.ms.toFixed(0) +
    ' ms (ratio ' +
    ratio(historyResult.uncached.ratio).trim() +
    ')'
)

// `diff` of the two largest pages.
const [largest, second] = [...pages].sort(
  (a, b) => b.text.length - a.text.length
)
const older = parse(second.text)
const newer = parse(largest.text)
const changes = diff(older, newer).length
const diffBench = new Bench({time: 300})
diffBench.add('diff', () => diff(older, newer))
await diffBench.run()
console.log(
  'diff ' +
    second.name +
    ' → ' +
    largest.name +
    ': ' +
    diffBench.tasks[0].result.latency.p50.toFixed(2) +
    ' ms (' +
    changes +
    ' changes)'
)

console.log(
  'peak heap reading the corpus (' +
    kept.length +
    ' models kept): ' +
    ((peakHeap - baseHeap) / 2 ** 20).toFixed(0) +
    ' MB above ' +
    (baseHeap / 2 ** 20).toFixed(0) +
    ' MB; first, cold run ' +
    firstRun.toFixed(0) +
    ' ms; peak RSS of this process ' +
    (process.resourceUsage().maxRSS / 1024).toFixed(0) +
    ' MB' +
    (gc ? '' : ' (run with --expose-gc for a clean base)')
)

await benchLongCells({ours, bare, rounds: longCellRounds})

await benchDenseHistory({rounds: denseRounds})
