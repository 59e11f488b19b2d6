/**
 * The report in a real browser: headless Chromium (the system's, driven by
 * puppeteer-core) opens the page the main job writes from `file://` and
 * uses it as a person would — search, sort, select, drop a page — then
 * saves a screenshot (`test/report/artifacts/screenshot.png`, ignored by
 * git; the README shows a copy of one, `test/report/screenshot.png`). A
 * page of hostile names is opened too: nothing in it runs.
 *
 * Skipped, saying so, where no Chromium can be found (`.ci/run` installs
 * Debian's `chromium`; `CHROME_PATH` names another, and then only it is
 * tried). On CI (`CI` set, as `.ci/run` sets it) a missing Chromium fails
 * the tests instead: CI must have one.
 */

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import puppeteer, {type Browser, type Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {renderReport} from '../../src/render/index.js'
import {fixture, root} from '../helpers.js'
import {runCli} from '../cli/run.js'
import {appScript, englishFixtures} from './report-fixtures.js'

const named = process.env['CHROME_PATH']
const candidates =
  named === undefined || named === ''
    ? [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable'
      ]
    : [named]
const chromium = candidates.find((candidate) => existsSync(candidate))
/** Whether this is a CI run (`CI` set, and not to `0` or `false`). */
const onCi = !['', '0', 'false', undefined].includes(process.env['CI'])
const missing =
  'no Chromium found (tried ' +
  candidates.join(', ') +
  '): install Debian’s `chromium` or set CHROME_PATH'
/** Without Chromium the tests are skipped, but on CI. */
const skipped = chromium === undefined && !onCi
if (skipped) console.warn('test/report/browser.test.ts: skipped, ' + missing)

const artifacts = path.join(root, 'test', 'report', 'artifacts')
const screenshot = path.join(artifacts, 'screenshot.png')
const evil = '<img src=x onerror=alert(1)>'

let folder = ''
let browser: Browser
let page: Page
const problems: string[] = []
const dialogs: string[] = []

/** Open a page and record what goes wrong in it. */
async function open(file: string): Promise<Page> {
  const opened = await browser.newPage()
  opened.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(message.type() + ': ' + message.text())
  })
  opened.on('pageerror', (error) => {
    problems.push('page error: ' + String(error))
  })
  opened.on('requestfailed', (request) => {
    problems.push('request failed: ' + request.url())
  })
  opened.on('request', (request) => {
    if (request.url() !== pathToFileURL(file).href)
      problems.push('request: ' + request.url())
  })
  opened.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await opened.setViewport({width: 1280, height: 900})
  await opened.goto(pathToFileURL(file).href, {waitUntil: 'load'})
  return opened
}

/** Drop a file made in the page (text, or bytes) onto its body. */
async function drop(
  onto: Page,
  name: string,
  content: string | number[]
): Promise<void> {
  await onto.evaluate(
    (fileName, data) => {
      const transfer = new DataTransfer()
      transfer.items.add(
        new File(
          [typeof data === 'string' ? data : new Uint8Array(data)],
          fileName
        )
      )
      for (const type of ['dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, {
            dataTransfer: transfer,
            bubbles: true,
            cancelable: true
          })
        )
    },
    name,
    content
  )
}

describe.skipIf(skipped)('the report in Chromium', () => {
  beforeAll(async () => {
    // On CI, a missing Chromium is a failure, not a skip.
    if (chromium === undefined) throw new Error(missing + ': CI must have one')
    folder = mkdtempSync(path.join(tmpdir(), 'er-locations-browser-'))
    // The report the main job writes: the global English fixtures.
    const [result, launched] = await Promise.all([
      runCli([
        'report',
        ...englishFixtures().map((name) => 'fixtures/' + name),
        '--document',
        'global/en',
        '--out',
        folder
      ]),
      puppeteer.launch({
        executablePath: chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
      })
    ])
    expect(result.stderr).toBe('')
    browser = launched
    page = await open(path.join(folder, 'index.html'))
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (folder) rmSync(folder, {recursive: true, force: true})
  })

  it('should load from file:// with no console error and no request', async () => {
    expect(await page.evaluate(() => document.documentElement.className)).toBe(
      'js'
    )
    expect(problems).toEqual([])
  })

  it('should show a chart with one point per version in every line', async () => {
    const versions = await page.evaluate(
      () =>
        (
          JSON.parse(
            document.getElementById('report-data')?.textContent ?? '{}'
          ) as {versions: unknown[]}
        ).versions.length
    )
    expect(versions).toBe(28)
    const lines = await page.$$eval('svg.chart g.series', (groups) =>
      groups.map((group) =>
        [...group.querySelectorAll('circle.point')].map((point) =>
          Number(point.getAttribute('data-version'))
        )
      )
    )
    expect(lines.length).toBeGreaterThan(2)
    for (const points of lines)
      expect(points).toEqual(
        Array.from({length: versions}, (_, index) => index)
      )
    // The points are drawn: a size on screen.
    const box = await page.$eval('svg.chart circle.point', (point) => {
      const rect = point.getBoundingClientRect()
      return rect.width * rect.height
    })
    expect(box).toBeGreaterThan(0)
  })

  it('should filter the table as the user types into the search box', async () => {
    const rows = await page.$$eval(
      '#entity-table tbody tr',
      (all) => all.length
    )
    await page.focus('#search')
    await page.keyboard.type('megap')
    const shown = await page.$$eval(
      '#entity-table tbody tr:not([hidden])',
      (all) => all.map((row) => row.querySelector('button.entity')?.textContent)
    )
    expect(shown).toEqual(['Megaport'])
    expect(await page.$eval('#match-count', (node) => node.textContent)).toBe(
      '1 of ' + rows + ' shown'
    )
    // Accents and case do not matter.
    await page.$eval('#search', (input) => {
      ;(input as HTMLInputElement).value = ''
    })
    await page.keyboard.type('SAO PAULO')
    const paulo = await page.$$eval(
      '#entity-table tbody tr:not([hidden])',
      (all) => all.map((row) => row.getAttribute('data-entity'))
    )
    expect(paulo).toContain('location:commercial/sao-paulo')
    // A spelling of the alias table finds what it resolves to, as the CLI.
    await page.$eval('#search', (input) => {
      ;(input as HTMLInputElement).value = ''
    })
    await page.keyboard.type('Level3')
    const level3 = await page.$$eval(
      '#entity-table tbody tr:not([hidden])',
      (all) => all.map((row) => row.getAttribute('data-entity'))
    )
    expect(level3).toContain('provider:level-3-communications')
  })

  it('should sort by a column from its header button, saying so with aria-sort', async () => {
    await page.$eval('#search', (input) => {
      ;(input as HTMLInputElement).value = ''
      input.dispatchEvent(new Event('input'))
    })
    await page.click('button.sort[data-sort="first"]')
    const state = await page.$$eval('#entity-table thead th', (headers) =>
      headers.map((header) => header.getAttribute('aria-sort'))
    )
    expect(state).toEqual([null, null, null, 'ascending', null, null])
    const firsts = await page.$$eval('#entity-table tbody tr', (all) =>
      all.map((row) => row.getAttribute('data-first') ?? '')
    )
    expect(firsts).toEqual([...firsts].sort())
    await page.click('button.sort[data-sort="first"]')
    expect(
      await page.$eval('#entity-table thead th:nth-child(4)', (header) =>
        header.getAttribute('aria-sort')
      )
    ).toBe('descending')
    await page.click('button.sort[data-sort="name"]')
  })

  it('should show the timeline of an entity selected from the keyboard', async () => {
    await page.$eval('#search', (input) => {
      ;(input as HTMLInputElement).value = ''
    })
    await page.focus('#search')
    await page.keyboard.type('megaport')
    // Tab from the search box to the row's button, and press Enter.
    await page.focus('tr[data-entity="provider:megaport"] button.entity')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () =>
        document.getElementById('timeline-title')?.textContent === 'Megaport'
    )
    const timeline = await page.evaluate(() => ({
      focused: document.activeElement?.id,
      bars: document.querySelectorAll('#timeline-body rect.bar').length,
      sentences: [
        ...document.querySelectorAll('#timeline-body ol.sentences li')
      ].map((item) => item.textContent),
      selected: document
        .querySelector('tr[data-entity="provider:megaport"]')
        ?.classList.contains('selected')
    }))
    expect(timeline.focused).toBe('timeline-title')
    expect(timeline.bars).toBeGreaterThan(10)
    expect(timeline.selected).toBe(true)
    expect(timeline.sentences).toContain(
      '2026-09-16 Added: Megaport now offers ExpressRoute at Omaha.'
    )
  })

  it('should show the diff of a file chosen or dropped onto the page', async () => {
    const chosen = path.join(
      root,
      'fixtures/corpus/2024-09-22_locations-providers_en_42f83287.md'
    )
    const input = await page.$('input#drop-file[type="file"]')
    await input?.uploadFile(chosen)
    await page.waitForSelector('#drop-result .drop-diff h4')
    const result = await page.$eval('#drop-result', (node) => ({
      title: node.querySelector('h3')?.textContent,
      heading: node.querySelector('.drop-diff h4')?.textContent,
      summary: node.querySelector('dl')?.textContent,
      items: node.querySelectorAll('li').length
    }))
    expect(result.title).toBe('2024-09-22_locations-providers_en_42f83287.md')
    expect(result.heading).toBe(
      'Compared with the newest version of global/en/locations-providers in this report (2026-09-16)'
    )
    expect(result.summary).toContain('global/en/locations-providers')
    expect(result.items).toBeGreaterThan(5)
    expect(
      await page.$eval('#drop-status', (node) => node.textContent)
    ).toMatch(
      /^Read 2024-09-22_locations-providers_en_42f83287\.md: \d+ changes from the newest version of global\/en\/locations-providers\.$/
    )

    // A drop: a file built in the page, in a DataTransfer, dropped on the body.
    const text = fixture(
      'corpus/2025-11-09_locations_en_e2cf533b.md'
    ).replaceAll('Megaport', 'Megaport Two')
    await drop(page, 'dropped.md', text)
    await page.waitForFunction(
      () =>
        document.querySelector('#drop-result h3')?.textContent === 'dropped.md'
    )
    const dropped = await page.$eval('#drop-result', (node) =>
      [...node.querySelectorAll('li')].map((item) => item.textContent)
    )
    expect(dropped).toContain('New connectivity provider Megaport Two.')
    expect(dropped).toContain('Connectivity provider Megaport was removed.')
    expect(problems).toEqual([])
  })

  it('should say that an empty or a binary file is not a version of a page, and compare neither', async () => {
    const reason = {
      empty: 'it states no table this report reads',
      binary: 'it is not UTF-8 text'
    }
    const seen = async (name: string) => {
      await page.waitForFunction(
        (fileName) =>
          document.querySelector('#drop-result h3')?.textContent === fileName,
        {},
        name
      )
      return page.evaluate(() => ({
        message: document.querySelector('#drop-result p.not-a-page')
          ?.textContent,
        code: document.querySelector('#drop-result p.not-a-page code')
          ?.textContent,
        diff: document.querySelectorAll(
          '#drop-result .drop-diff, #drop-result li'
        ).length,
        status: document.getElementById('drop-status')?.textContent
      }))
    }

    await drop(page, 'empty.md', '')
    const empty = await seen('empty.md')
    const said =
      'empty.md is not a version of an ExpressRoute locations page (' +
      reason.empty +
      ').'
    expect(empty).toEqual({
      message: said,
      code: 'empty.md',
      diff: 0,
      status: said
    })

    // PNG's signature: not UTF-8.
    await drop(
      page,
      'image.png',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]
    )
    const binary = await seen('image.png')
    const told =
      'image.png is not a version of an ExpressRoute locations page (' +
      reason.binary +
      ').'
    expect(binary).toEqual({
      message: told,
      code: 'image.png',
      diff: 0,
      status: told
    })
    expect(problems).toEqual([])
  })

  it('should save a screenshot of the chart, the table, a timeline and a dropped page', async () => {
    // The whole table again, Megaport's timeline, the last page dropped.
    await page.$eval('#search', (input) => {
      ;(input as HTMLInputElement).value = ''
      input.dispatchEvent(new Event('input'))
    })
    await page.evaluate(() => window.scrollTo(0, 0))
    const bottom = await page.$eval('#drop', (node) => {
      const rect = node.getBoundingClientRect()
      return Math.ceil(rect.bottom + window.scrollY)
    })
    // The last page dropped, for the screenshot, is a page.
    await drop(
      page,
      'dropped.md',
      fixture('corpus/2025-11-09_locations_en_e2cf533b.md').replaceAll(
        'Megaport',
        'Megaport Two'
      )
    )
    await page.waitForSelector('#drop-result .drop-diff')
    mkdirSync(artifacts, {recursive: true})
    await page.screenshot({
      path: screenshot,
      clip: {x: 0, y: 0, width: 1280, height: Math.min(bottom + 16, 2600)},
      captureBeyondViewport: true
    })
    expect(existsSync(screenshot)).toBe(true)
  })

  it('should draw timelines within the chart when dates do not grow, and read a dropped page in the report’s view', async () => {
    // Commit order with a revert: the newest version is the older page.
    const documents = [
      'corpus/2016-03-31_locations_en_1d58cc77.md',
      'corpus/2016-07-28_locations_en_db868d3a.md',
      'corpus/2016-03-31_locations_en_1d58cc77.md'
    ].map((name, index) => {
      const document = parse(fixture(name), {
        path: name + '@' + index,
        view: 'upstream'
      })
      return index === 1
        ? document
        : {
            ...document,
            meta: {
              ...document.meta,
              date: index === 0 ? '2016-01-10' : '2016-05-01'
            }
          }
    })
    const file = path.join(folder, 'reverted.html')
    writeFileSync(
      file,
      renderReport(documents, {order: 'given', script: await appScript()})
    )
    const reverted = await open(file)
    await reverted.click('tr[data-entity="provider:megaport"] button.entity')
    const bars = await reverted.$$eval(
      '#timeline-body svg.timeline-svg',
      (svgs) =>
        svgs.map((svg) => ({
          width: Number(svg.getAttribute('viewBox')?.split(' ')[2]),
          label: svg.getAttribute('aria-label'),
          bars: [...svg.querySelectorAll('rect.bar')].map(
            (bar): [number, number] => [
              Number(bar.getAttribute('x')),
              Number(bar.getAttribute('width'))
            ]
          )
        }))
    )
    expect(bars.length).toBe(1)
    const [chart] = bars as [(typeof bars)[number]]
    expect(chart.label).toMatch(/ from 2016-01-10 to 2016-07-28$/)
    expect(chart.bars.length).toBeGreaterThan(0)
    for (const [x, width] of chart.bars) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x + width).toBeLessThanOrEqual(chart.width)
    }

    // The report's versions were read upstream: so is a dropped page.
    await drop(
      reverted,
      'upstream.md',
      fixture('corpus/2016-07-28_locations_en_db868d3a.md')
    )
    await reverted.waitForSelector('#drop-result .drop-diff')
    expect(
      await reverted.$eval('#drop-result dl', (node) => node.textContent)
    ).toContain('upstream view')
    expect(problems).toEqual([])
    await reverted.close()
  })

  it('should run nothing that a hostile name holds', async () => {
    const documents = [
      'corpus/2016-03-31_locations_en_1d58cc77.md',
      'corpus/2016-07-28_locations_en_db868d3a.md'
    ].map((name) => {
      const document = parse(fixture(name), {path: name})
      return {
        ...document,
        providers: document.providers.map((provider) =>
          provider.id === 'megaport' ? {...provider, name: evil} : provider
        ),
        locations: document.locations.map((location) =>
          location.id === 'sydney'
            ? {...location, name: '</script><script>alert(2)</script>'}
            : location
        )
      }
    })
    const file = path.join(folder, 'hostile.html')
    writeFileSync(file, renderReport(documents, {script: await appScript()}))
    const hostile = await open(file)
    await hostile.click('tr[data-entity="provider:megaport"] button.entity')
    await hostile.click(
      'tr[data-entity="location:commercial/sydney"] button.entity'
    )
    const seen = await hostile.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      title: document.getElementById('timeline-title')?.textContent,
      cell: document.querySelector(
        'tr[data-entity="provider:megaport"] button.entity'
      )?.textContent
    }))
    expect(seen).toEqual({
      images: 0,
      scripts: 3,
      title: '</script><script>alert(2)</script>',
      cell: evil
    })
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
    await hostile.close()
  })
})
