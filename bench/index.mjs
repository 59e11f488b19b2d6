/**
 * `npm run bench`: the time of our pipeline against a bare remark + GFM parse
 * of the same text, for each seed and corpus page and for the whole corpus;
 * both views of customized pages; `diff` of the two largest pages; peak heap
 * of reading the corpus. Runs on the built `dist/` (the script builds first).
 *
 * `parse` runs with `cache: false`: the block cache would make every repeat
 * of the same text a cache hit, and this measures the pipeline itself.
 *
 * Options: `--time <ms>` per task (default 300), `--filter <text>` to bench
 * only the pages whose name contains it.
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
import {sharedBlockCache} from '../dist/blocks/parse-cached.js'
import {diff, parse, renderChangelog} from '../dist/index.js'

const {values} = parseArgs({
  options: {
    time: {type: 'string', default: '300'},
    filter: {type: 'string', default: ''}
  }
})
const time = Number(values.time)
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
const uncached = {cache: false}

function bare(text) {
  return processor.parse(text)
}

function isCustomized(text) {
  return text.includes('by customization')
}

/** Median, in ms, of `fn` under tinybench. */
async function median(name, fn, options) {
  const bench = new Bench({time, warmupTime: 50, iterations: 5, warmupIterations: 2, ...options})
  bench.add(name, fn)
  await bench.run()
  const [task] = bench.tasks
  if (task.result.state !== 'completed') throw new Error('bench `' + name + '`: ' + task.result.state)
  return task.result.latency.p50
}

function ms(value) {
  return value.toFixed(2).padStart(9)
}

function ratio(value) {
  return value.toFixed(2).padStart(6)
}

console.log(
  'er-locations bench — node ' + process.version + ', ' + os.cpus().length + ' cores (' +
    (os.cpus()[0]?.model ?? 'unknown cpu') + '), ' + (os.totalmem() / 2 ** 30).toFixed(0) + ' GiB, ' +
    new Date().toISOString().slice(0, 10)
)

// Peak heap first, in a fresh heap: read every page (both views of the
// customized ones), keeping every model, sampling the heap after each.
const gc = globalThis.gc
if (gc) gc()
const baseHeap = process.memoryUsage().heapUsed
let peakHeap = baseHeap
const kept = []
const heapStart = performance.now()
for (const page of pages) {
  kept.push(parse(page.text, {...uncached, path: page.name}))
  if (isCustomized(page.text)) kept.push(parse(page.text, {...uncached, view: 'upstream', path: page.name}))
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
const firstRun = performance.now() - heapStart
const corpusBytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.text), 0)

console.log(
  '\nmedian ms per page: ours = parse() (one view, model + diagnostics); bare = unified + remark-parse + remark-gfm .parse()'
)
console.log(
  'page'.padEnd(58) + 'KB'.padStart(5) + 'ours'.padStart(10) + 'bare'.padStart(10) + 'ratio'.padStart(7) +
    '  both views  ratio'
)

const rows = []
for (const page of pages) {
  if (values.filter && !page.name.includes(values.filter)) continue
  const ours = await median('ours', () => parse(page.text, uncached))
  const plain = await median('bare', () => bare(page.text))
  const both = isCustomized(page.text)
    ? await median('both', () => {
        parse(page.text, uncached)
        parse(page.text, {...uncached, view: 'upstream'})
      })
    : undefined
  rows.push({page, ours, plain, both})
  console.log(
    page.name.padEnd(58) +
      String(Math.round(Buffer.byteLength(page.text) / 1024)).padStart(5) +
      ms(ours) +
      ms(plain) +
      ratio(ours / plain) +
      (both === undefined ? '' : '  ' + ms(both) + ratio(both / plain))
  )
}

const plainPages = rows.filter((row) => row.both === undefined)
const customizedPages = rows.filter((row) => row.both !== undefined)
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0)
console.log(
  '\npages without customization: ours / bare ' + ratio(sum(plainPages, 'ours') / sum(plainPages, 'plain')).trim() +
    ' (sum of medians; target ≤ 1.2), worst ' +
    ratio(Math.max(...plainPages.map((row) => row.ours / row.plain))).trim()
)
if (customizedPages.length > 0) {
  console.log(
    'customized pages, both views: ours / bare ' +
      ratio(sum(customizedPages, 'both') / sum(customizedPages, 'plain')).trim() +
      ' (sum of medians; target ≤ 2.2), worst ' +
      ratio(Math.max(...customizedPages.map((row) => row.both / row.plain))).trim()
  )
}

// The whole corpus, each page once, one view.
const corpusOurs = await median('corpus ours', () => {
  for (const page of pages) parse(page.text, uncached)
}, {time: 0})
const corpusBare = await median('corpus bare', () => {
  for (const page of pages) bare(page.text)
}, {time: 0})
console.log(
  '\nwhole corpus (' + pages.length + ' pages, ' + (corpusBytes / 1024).toFixed(0) + ' KB), one view: ours ' +
    corpusOurs.toFixed(0) + ' ms, bare ' + corpusBare.toFixed(0) + ' ms, ratio ' +
    ratio(corpusOurs / corpusBare).trim() + '; ' + ((corpusOurs / corpusBytes) * 2 ** 20 / 1000).toFixed(1) +
    ' s per MB'
)

// A changelog over the dated corpus pages, with the block cache: cold (the
// cache emptied first) and warm (the same history again, as a regeneration
// does), against a bare parse of every one of those pages once.
const history = pages.filter((page) => /^corpus\/2/.test(page.name))
const historyBare = await median('history bare', () => {
  for (const page of history) bare(page.text)
}, {time: 0})
const changelog = () =>
  renderChangelog(history.map((page) => parse(page.text, {path: page.name})))
const historyCold = await median('changelog cold', () => {
  sharedBlockCache.entries.clear()
  sharedBlockCache.size = 0
  changelog()
}, {time: 0})
changelog()
const historyWarm = await median('changelog warm', changelog, {time: 0})
const historyUncached = await median('changelog uncached', () =>
  renderChangelog(history.map((page) => parse(page.text, {path: page.name, cache: false}))), {time: 0})
console.log(
  'changelog of ' + history.length + ' corpus versions: uncached ' + historyUncached.toFixed(0) +
    ' ms (ratio ' + ratio(historyUncached / historyBare).trim() + '), cold cache ' + historyCold.toFixed(0) +
    ' ms (ratio ' + ratio(historyCold / historyBare).trim() + '), warm cache ' + historyWarm.toFixed(0) +
    ' ms (ratio ' + ratio(historyWarm / historyBare).trim() + ') — against a bare parse of each version once, ' +
    historyBare.toFixed(0) + ' ms'
)

// `diff` of the two largest pages.
const [largest, second] = [...pages].sort((a, b) => b.text.length - a.text.length)
const older = parse(second.text, uncached)
const newer = parse(largest.text, uncached)
const changes = diff(older, newer).length
const diffTime = await median('diff', () => diff(older, newer))
console.log(
  'diff ' + second.name + ' → ' + largest.name + ': ' + diffTime.toFixed(2) + ' ms (' + changes + ' changes)'
)

console.log(
  'peak heap reading the corpus (' + kept.length + ' models kept): ' +
    ((peakHeap - baseHeap) / 2 ** 20).toFixed(0) + ' MB above ' + (baseHeap / 2 ** 20).toFixed(0) +
    ' MB; first, cold run ' + firstRun.toFixed(0) + ' ms; peak RSS of this process ' +
    (process.resourceUsage().maxRSS / 1024).toFixed(0) + ' MB' + (gc ? '' : ' (run with --expose-gc for a clean base)')
)
