import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  documentOfVersion,
  type VersionText
} from '../../src/cli/document-of-version.js'
import {parseVersions as parseVersionsFromSources} from '../../src/cli/parse-versions.js'
import type {LocationsDocument} from '../../src/model.js'
import {root} from '../helpers.js'
import {builtBin, removeBuiltBin} from './built-bin.js'

/**
 * The worker of `parseVersions` exists only built (`dist/cli`): these tests
 * build the CLI and call the built module, as `changelog --git` does.
 */
type ParseVersions = typeof parseVersionsFromSources

/**
 * Every tenth corpus page (of every form and language) as a version of one
 * history, a fake commit each.
 */
const versions: VersionText[] = readdirSync(
  path.join(root, 'fixtures', 'corpus')
)
  .sort()
  .filter((_, index) => index % 10 === 0)
  .map((name, index) => ({
    commit: String(index).padStart(40, '0'),
    date: '2020-01-01',
    path: 'corpus/' + name,
    text: readFileSync(path.join(root, 'fixtures', 'corpus', name), 'utf8')
  }))

const expected = versions.map((version) =>
  JSON.stringify(documentOfVersion(version, 'published'))
)

let parseVersions: ParseVersions
let folder: string

beforeAll(async () => {
  const bin = await builtBin()
  const module = (await import(
    pathToFileURL(path.join(path.dirname(bin), 'parse-versions.js')).href
  )) as {parseVersions: ParseVersions}
  parseVersions = module.parseVersions
  folder = mkdtempSync(path.join(tmpdir(), 'er-locations-workers-'))
}, 240_000)

afterAll(() => {
  removeBuiltBin()
})

function json(documents: LocationsDocument[]): string[] {
  return documents.map((document) => JSON.stringify(document))
}

describe('parseVersions', {timeout: 120_000}, () => {
  it('should read the newer versions on a worker into the same models', async () => {
    for (const mostHere of [2, undefined]) {
      let read = -1
      const documents = await parseVersions(versions, {
        view: 'published',
        minCharacters: 0,
        mostHere,
        onWorkerDone(count) {
          read = count
        }
      })
      expect(json(documents)).toEqual(expected)
      // The worker read from the newest down what this thread left it.
      expect(read).toBeGreaterThanOrEqual(
        mostHere === undefined ? 0 : versions.length - mostHere
      )
      expect(read).toBeLessThanOrEqual(versions.length)
    }
  })

  it('should read the upstream view on the worker when asked', async () => {
    const documents = await parseVersions(versions, {
      view: 'upstream',
      minCharacters: 0,
      mostHere: 3
    })
    expect(json(documents)).toEqual(
      versions.map((version) =>
        JSON.stringify(documentOfVersion(version, 'upstream'))
      )
    )
  })

  it('should read here what a failing worker did not', async () => {
    // One worker fails at once, one after posting two models.
    const dist = path.dirname(path.dirname(await builtBin()))
    const failing = path.join(folder, 'failing-worker.mjs')
    writeFileSync(failing, 'throw new Error("no")\n')
    const partial = path.join(folder, 'partial-worker.mjs')
    writeFileSync(
      partial,
      [
        "import {parentPort, workerData} from 'node:worker_threads'",
        'const {documentOfVersion} = await import(' +
          JSON.stringify(
            pathToFileURL(path.join(dist, 'cli', 'document-of-version.js')).href
          ) +
          ')',
        'const {versions, view, claims} = workerData',
        'for (const index of [versions.length - 1, versions.length - 2]) {',
        '  Atomics.store(claims, index, 1)',
        '  const document = documentOfVersion(versions[index], view)',
        '  parentPort.postMessage({index, document})',
        '}',
        // Claimed, never posted: read on the main thread.
        'Atomics.store(claims, versions.length - 3, 1)',
        'process.exit(1)',
        ''
      ].join('\n')
    )

    for (const [worker, posted] of [
      [failing, 0],
      [partial, 2]
    ] as const) {
      let read: number | undefined
      const documents = await parseVersions(versions, {
        view: 'published',
        minCharacters: 0,
        worker: pathToFileURL(worker),
        mostHere: 3,
        onWorkerDone(count) {
          read = count
        }
      })
      expect(json(documents)).toEqual(expected)
      expect(read).toBe(posted)
    }
  })

  it('should read every version here when there is too little text, or no built worker', async () => {
    const few = versions.slice(0, 3)
    expect(json(await parseVersions(few, {view: 'published'}))).toEqual(
      expected.slice(0, 3)
    )
    expect(
      json(
        await parseVersionsFromSources(versions, {
          view: 'published',
          minCharacters: 0
        })
      )
    ).toEqual(expected)
  })
})
