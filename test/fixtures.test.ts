/**
 * Fixtures: one folder a case under `test/fixtures/`, holding its input and
 * the outputs the code wrote for it, checked by hand against the input. One
 * test a case and expected file: the output must equal the file byte for
 * byte.
 *
 * A case holds one kind of input:
 *
 * - `input.md`: one page; its outputs are `published.json` and
 *   `upstream.json` (the model of that view, `parse`) and `published.md` and
 *   `upstream.md` (the text of that view, `views`);
 * - `old.md` and `new.md`: two pages; `diff.md` or `diff.json` (`renderDiff`);
 * - `inputs/*.md`: versions, in any order; `changelog.md` or
 *   `changelog.json` (`renderChangelog`), and any file of `history --out`
 *   (`history.json`, `offerings-history.csv`…: `renderHistoryDataset` of
 *   `history` of the versions, ordered by date).
 *
 * Beside it, `README.md` says which lines of each output were checked
 * against which lines of the input, and what was found; `case.json`
 * (optional) holds what the file names do not: `paths`, the path each input
 * is read under (recorded in `source.path`; default: its path from the
 * repository root), and `view`, the view a diff or changelog reads (default
 * `published`). Any other file fails the case, so a misnamed output is never
 * skipped.
 *
 * `UPDATE=1 npx vitest run test/fixtures.test.ts` writes the outputs instead
 * of comparing them: every expected file, and for a new case without one its
 * first (`published.json`, `diff.md` or `changelog.md`; to have another,
 * create it empty). Then check what changed by hand, line by line against the
 * input, and say in the case's `README.md` which lines you checked.
 */

import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  parse,
  renderChangelog,
  renderDiff,
  views,
  type LocationsDocument,
  type ViewName
} from '../src/index.js'
import {history, renderHistoryDataset} from '../src/render/index.js'
import {root} from './helpers.js'

/** What a case says beyond its file names (`case.json`). */
interface CaseSettings {
  /** Path each input is read under, by its name in the case folder. */
  paths?: Record<string, string>
  /** View a diff or changelog reads. */
  view?: ViewName
}

/** An input of a case: its text and the path it is read under. */
interface Input {
  text: string
  path: string
}

/** The inputs of a case, by kind. */
type Inputs =
  | {kind: 'page'; page: Input}
  | {kind: 'diff'; older: Input; newer: Input}
  | {kind: 'changelog'; versions: Input[]}

/** How each expected file of a case is written from its inputs. */
type Outputs = Record<string, () => string>

const fixturesRoot = path.join(root, 'test', 'fixtures')
const update = process.env['UPDATE'] === '1'
/** Files of a case folder that are not outputs. */
const notOutputs = new Set([
  'README.md',
  'case.json',
  'input.md',
  'old.md',
  'new.md',
  'inputs'
])

/** The files of `history --out` (the same for every history). */
const historyFileNames = [...renderHistoryDataset(history([])).keys()]

const cases = readdirSync(fixturesRoot, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  it('should have cases', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  for (const name of cases) {
    const folder = path.join(fixturesRoot, name)
    const settings = readSettings(folder)
    const outputs = outputsOf(readInputs(folder, settings), settings)
    const files = expectedFiles(folder, outputs)

    describe(name, () => {
      it('should have an expected output', () => {
        expect(files.length).toBeGreaterThan(0)
      })

      for (const file of files) {
        it('should write ' + file, () => {
          const write = outputs[file]
          if (!write) throw new Error('Unexpected file `' + file + '`')
          const actual = write()
          const target = path.join(folder, file)
          if (update) writeFileSync(target, actual)
          expect(actual).toBe(readFileSync(target, 'utf8'))
        })
      }
    })
  }
})

/**
 * Read `case.json`, if any. A key it does not know, or a view that is none,
 * fails the run: a typo must not fall back to a default.
 */
function readSettings(folder: string): CaseSettings {
  const file = path.join(folder, 'case.json')
  if (!existsSync(file)) return {}
  const settings = JSON.parse(readFileSync(file, 'utf8')) as CaseSettings
  for (const key of Object.keys(settings)) {
    if (key !== 'paths' && key !== 'view') {
      throw new Error('Unexpected `' + key + '` in `' + file + '`')
    }
  }

  if (
    settings.view !== undefined &&
    settings.view !== 'published' &&
    settings.view !== 'upstream'
  ) {
    throw new Error(
      'Unexpected view `' +
        String(settings.view) +
        '` in `' +
        file +
        '`, expected `published` or `upstream`'
    )
  }

  return settings
}

/** Read the inputs of a case: one page, a pair, or versions. */
function readInputs(folder: string, settings: CaseSettings): Inputs {
  const paths = new Map(Object.entries(settings.paths ?? {}))
  const read = (name: string): Input => {
    const input = {
      text: readFileSync(path.join(folder, name), 'utf8'),
      path:
        paths.get(name) ??
        path.relative(root, path.join(folder, name)).split(path.sep).join('/')
    }
    paths.delete(name)
    return input
  }

  const kind = inputKind(folder)
  const inputs: Inputs =
    kind === 'page'
      ? {kind, page: read('input.md')}
      : kind === 'diff'
        ? {kind, older: read('old.md'), newer: read('new.md')}
        : {
            kind,
            versions: readdirSync(path.join(folder, 'inputs'))
              .sort()
              .map((name) => read('inputs/' + name))
          }

  // A path for a file the case does not read is a typo, not a default; a
  // page's outputs name their view.
  if (kind === 'page' && settings.view !== undefined) {
    throw new Error(
      'Unexpected `view` in `' +
        folder +
        '/case.json`: the outputs of a page name their view'
    )
  }

  if (paths.size > 0) {
    throw new Error(
      'Unexpected paths of `' +
        [...paths.keys()].join('`, `') +
        '` in `' +
        folder +
        '/case.json`: no such input'
    )
  }

  return inputs
}

/** Which kind of input a case holds; exactly one, or the run fails. */
function inputKind(folder: string): Inputs['kind'] {
  const found = (
    [
      ['input.md', 'page'],
      ['old.md', 'diff'],
      ['inputs', 'changelog']
    ] as const
  ).filter(([name]) => existsSync(path.join(folder, name)))
  const [first] = found
  if (found.length !== 1 || !first) {
    throw new Error(
      'Expected one of `input.md`, `old.md` and `new.md`, or `inputs/` in `' +
        folder +
        '`, not ' +
        (found.length === 0 ? 'none' : found.map(([name]) => name).join(', '))
    )
  }

  return first[1]
}

/** The outputs a case can have, by file name, the first its default. */
function outputsOf(inputs: Inputs, settings: CaseSettings): Outputs {
  const view = settings.view ?? 'published'
  const model = (input: Input, view: ViewName): LocationsDocument =>
    parse(input.text, {view, path: input.path})

  switch (inputs.kind) {
    case 'page': {
      const {page} = inputs
      return {
        'published.json': () => modelJson(model(page, 'published')),
        'upstream.json': () => modelJson(model(page, 'upstream')),
        'published.md': () => views(page.text).published,
        'upstream.md': () => views(page.text).upstream
      }
    }

    case 'diff': {
      const pair = () =>
        [model(inputs.older, view), model(inputs.newer, view)] as const
      return {
        'diff.md': () => renderDiff(...pair()),
        'diff.json': () => renderDiff(...pair(), {format: 'json'})
      }
    }

    case 'changelog': {
      const versions = () =>
        inputs.versions.map((version) => model(version, view))
      let historyFiles: Map<string, string> | undefined
      const historyFile = (name: string) => {
        historyFiles ??= renderHistoryDataset(history(versions()))
        return historyFiles.get(name) as string
      }

      return {
        'changelog.md': () => renderChangelog(versions()),
        'changelog.json': () => renderChangelog(versions(), {format: 'json'}),
        ...Object.fromEntries(
          historyFileNames.map((name) => [name, () => historyFile(name)])
        )
      }
    }
  }
}

/**
 * The expected files of a case: every file that is not an input, a note or
 * the settings; with `UPDATE=1`, a case without one gets its default output.
 */
function expectedFiles(folder: string, outputs: Outputs): string[] {
  const files = readdirSync(folder)
    .filter((file) => !notOutputs.has(file))
    .sort()
  const first = Object.keys(outputs)[0]
  if (update && files.length === 0 && first) {
    writeFileSync(path.join(folder, first), '')
    files.push(first)
  }

  return files
}

/** A model as the CLI prints it. */
function modelJson(model: LocationsDocument): string {
  return JSON.stringify(model, null, 2) + '\n'
}
