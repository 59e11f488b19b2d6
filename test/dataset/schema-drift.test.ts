/**
 * The model's JSON Schema is written with typed builders (`object<Location>`
 * needs a schema for every key of `Location`, `Schema<T>` is invariant), so
 * the compiler is what keeps it equal to `src/model.ts`. These tests run the
 * compiler on `src/render/model-schema.ts`: against the real model it must
 * compile, against a model edited in any of the ways a model changes it must
 * not. So the schema cannot drift, and the check itself cannot quietly stop
 * working.
 */

import {readFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {root} from '../helpers.js'

const schemaFile = path.join(root, 'src', 'render', 'model-schema.ts')
const modelFile = path.join(root, 'src', 'model.ts')
const model = readFileSync(modelFile, 'utf8')

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true
}

/** Source files other than the model, parsed once for every compile. */
const cache = new Map<string, ts.SourceFile>()

/**
 * Type errors of `model-schema.ts` (and what it imports) when `src/model.ts`
 * reads `modelText`.
 */
function errorsWith(modelText: string): string[] {
  const host = ts.createCompilerHost(options)
  const readFile = host.readFile.bind(host)
  host.readFile = (file) =>
    path.resolve(file) === modelFile ? modelText : readFile(file)
  host.getSourceFile = (file, languageVersion) => {
    if (path.resolve(file) === modelFile)
      return ts.createSourceFile(file, modelText, languageVersion, true)
    let source = cache.get(file)
    if (!source) {
      const text = readFile(file)
      if (text === undefined) return undefined
      source = ts.createSourceFile(file, text, languageVersion, true)
      cache.set(file, source)
    }

    return source
  }

  const program = ts.createProgram([schemaFile], options, host)
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (diagnostic) =>
        (diagnostic.file
          ? path.relative(root, diagnostic.file.fileName) + ': '
          : '') + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    )
}

/**
 * `model` with `from` replaced by `to`; fails unless `from` is there once
 * (fields are documented, so an edit names one line of one field).
 */
function edit(from: string, to: string): string {
  expect(
    model.split(from).length - 1,
    'src/model.ts no longer has `' + from + '` once: update this test'
  ).toBe(1)
  return model.replace(from, to)
}

describe('model JSON Schema and the TypeScript types', () => {
  it('should compile against src/model.ts as it is', () => {
    expect(errorsWith(model)).toEqual([])
  })

  const drifts: Array<[string, () => string]> = [
    [
      'a field added to a record',
      () =>
        edit(
          'export interface Provider {\n',
          'export interface Provider {\n  country: string\n'
        )
    ],
    [
      'a field removed from a record',
      () => edit('  providers: string[]\n', '')
    ],
    [
      'a field added to the document',
      () =>
        edit(
          '  diagnostics: Diagnostic[]\n}',
          '  diagnostics: Diagnostic[]\n  notes: string[]\n}'
        )
    ],
    [
      'a field that becomes nullable',
      () => edit('  continent: string\n', '  continent: string | null\n')
    ],
    [
      'a field that is no longer nullable',
      () => edit('  zone: number | null\n', '  zone: number\n')
    ],
    [
      'a field that changes type',
      () => edit('  customized: boolean\n', '  customized: string\n')
    ],
    [
      'a member added to a string union',
      () =>
        edit(
          "'supported' | 'not-supported' | 'coming-soon'",
          "'supported' | 'not-supported' | 'coming-soon' | 'retired'"
        )
    ],
    [
      'a member removed from a string union',
      () =>
        edit(
          "'commercial' | 'us-government' | 'china' | 'germany'",
          "'commercial' | 'us-government' | 'china'"
        )
    ],
    [
      'a field made optional',
      () => edit('  zone: number | null\n', '  zone?: number | null\n')
    ],
    [
      'a field of a nested record',
      () =>
        edit(
          '  available: boolean\n',
          '  available: boolean\n  since: string\n'
        )
    ]
  ]

  it('should compile after a facet is added: the schema leaves facets open', () => {
    expect(errorsWith(edit("  | 'zones'\n", "  | 'zones'\n  | 'prices'\n"))).toEqual(
      []
    )
  })

  for (const [what, edited] of drifts) {
    it('should fail to compile after ' + what, () => {
      const errors = errorsWith(edited())
      expect(errors.length).toBeGreaterThan(0)
      expect(
        errors.some((error) =>
          error.startsWith(path.join('src', 'render', 'model-schema.ts'))
        )
      ).toBe(true)
    })
  }
})
