/**
 * The library off Node: the package entry bundled for the browser (esbuild)
 * and run in a context that has only web-standard globals — no `process`,
 * `Buffer` or `require` — reads each seed into the same model as Node.
 *
 * The context is a worker's global scope, web standards without a DOM, so
 * the bundle run here takes `decode-named-character-reference`'s `worker`
 * build. A page's main thread takes its DOM build (entities decoded through
 * `document` instead of the `character-entities` table); that bundle is
 * built too, and differs by that module alone.
 */

import {deepStrictEqual} from 'node:assert/strict'
import {readdirSync} from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import {build, type BuildOptions, type Metafile} from 'esbuild'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {LocationsDocument} from '../../src/model.js'
import {fixture, fixturesDirectory, root} from '../helpers.js'

/** What the bundle exposes, as `globalThis.erLocations`. */
interface Bundled {
  parse: typeof parse
}

/** Globals a browser (or a worker) has too, handed to the context. */
const webGlobals = [
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'console',
  'structuredClone',
  'queueMicrotask',
  'setTimeout',
  'clearTimeout',
  'atob',
  'btoa'
] as const

const seeds = readdirSync(path.join(fixturesDirectory, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => 'seeds/' + name)

const options: BuildOptions = {
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  globalName: 'erLocations',
  metafile: true,
  write: false,
  logLevel: 'silent'
}

let code = ''
let workerInputs: Metafile['inputs'] = {}
let pageInputs: Metafile['inputs'] = {}
let context: vm.Context

beforeAll(async () => {
  // Both at once: esbuild builds in its own process.
  const [worker, page] = await Promise.all([
    build({...options, conditions: ['worker']}),
    build(options)
  ])
  code = worker.outputFiles?.[0]?.text ?? ''
  workerInputs = worker.metafile?.inputs ?? {}
  pageInputs = page.metafile?.inputs ?? {}
  context = vm.createContext(
    Object.fromEntries(webGlobals.map((name) => [name, globalThis[name]]))
  )
  vm.runInContext(code, context)
}, 60_000)

describe('the browser bundle', () => {
  it('should hold no Node module', () => {
    expect(code.length).toBeGreaterThan(0)
    expect(code).not.toMatch(/["'`]node:/)
    for (const inputs of [workerInputs, pageInputs]) {
      for (const [file, input] of Object.entries(inputs)) {
        for (const imported of input.imports) {
          expect(imported.path, file).not.toMatch(/^node:/)
          expect(imported.external, file).not.toBe(true)
        }
      }
    }
  })

  it('should differ from the page bundle by the DOM build of one module only', () => {
    const only = (inputs: Metafile['inputs'], other: Metafile['inputs']) =>
      Object.keys(inputs).filter((file) => !(file in other))
    expect(only(workerInputs, pageInputs)).toEqual([
      'node_modules/character-entities/index.js',
      'node_modules/decode-named-character-reference/index.js'
    ])
    expect(only(pageInputs, workerInputs)).toEqual([
      'node_modules/decode-named-character-reference/index.dom.js'
    ])
  })

  it('should run in a context without Node globals', () => {
    expect(
      vm.runInContext(
        '[typeof process, typeof Buffer, typeof require, typeof global,' +
          ' typeof module, typeof __dirname, typeof erLocations.parse]',
        context
      )
    ).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'function'
    ])
  })

  for (const seed of seeds) {
    it('should read a seed into the model Node reads: ' + seed, () => {
      const text = fixture(seed)
      const bundled = (context['erLocations'] as Bundled).parse(text)
      // Objects of the context have its `Object.prototype`, not ours: the
      // clone is the same data in this realm, for a strict comparison.
      const model: LocationsDocument = structuredClone(bundled)
      deepStrictEqual(model, parse(text))
      expect(model.locations.length + model.regions.length).toBeGreaterThan(0)
    })
  }
})
