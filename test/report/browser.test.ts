/**
 * The report in a real browser: headless Chromium (the system's, driven by
 * puppeteer-core) opens the page the main job writes from `file://` and
 * uses it as a person would — search, sort, select, drop a page — then
 * saves a screenshot (`test/report/screenshot.png`, shown in the README).
 * A page of hostile names is opened too: nothing in it runs.
 *
 * Skipped, saying so, where no Chromium can be found (`.ci/run` installs
 * Debian's `chromium`; `CHROME_PATH` names another).
 */

import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
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

const candidates = [
  process.env['CHROME_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
]
const chromium = candidates.find(
  (candidate): candidate is string =>
    typeof candidate === 'string' && candidate !== '' && existsSync(candidate)
)
if (chromium === undefined) {
  console.warn(
    'test/report/browser.test.ts: skipped, no Chromium found (tried ' +
      candidates.filter(Boolean).join(', ') +
      '): install Debian’s `chromium` or set CHROME_PATH'
  )
}

const screenshot = path.join(root, 'test', 'report', 'screenshot.png')
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

describe.skipIf(chromium === undefined)('the report in Chromium', () => {
  beforeAll(async () => {
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
    await page.evaluate((content) => {
      const transfer = new DataTransfer()
      transfer.items.add(
        new File([content], 'dropped.md', {type: 'text/markdown'})
      )
      document.body.dispatchEvent(
        new DragEvent('dragover', {
          dataTransfer: transfer,
          bubbles: true,
          cancelable: true
        })
      )
      document.body.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer: transfer,
          bubbles: true,
          cancelable: true
        })
      )
    }, text)
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
    await page.screenshot({
      path: screenshot,
      clip: {x: 0, y: 0, width: 1280, height: Math.min(bottom + 16, 2600)},
      captureBeyondViewport: true
    })
    expect(existsSync(screenshot)).toBe(true)
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
