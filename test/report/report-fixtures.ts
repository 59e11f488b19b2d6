/**
 * What the report tests share: the global English versions of the bundled
 * fixtures (what the main job's report is of), and the page's script.
 */

import {readdirSync} from 'node:fs'
import path from 'node:path'
import {readReportApp} from '../../src/cli/report-app.js'
import {parse} from '../../src/index.js'
import type {LocationsDocument} from '../../src/model.js'
import {fixture, fixturesDirectory} from '../helpers.js'

/** Paths under `fixtures/` of the English seeds and corpus pages (as the main job gives them). */
export function englishFixtures(): string[] {
  return [
    ...readdirSync(path.join(fixturesDirectory, 'seeds'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => 'seeds/' + name),
    ...readdirSync(path.join(fixturesDirectory, 'corpus'))
      .filter((name) => /_en_.*\.md$/.test(name))
      .map((name) => 'corpus/' + name)
  ].sort()
}

/** The models of the global English versions, paths as `fixtures/…`. */
export function globalEnglish(): LocationsDocument[] {
  return englishFixtures()
    .map((name) => parse(fixture(name), {path: 'fixtures/' + name}))
    .filter((document) => document.source.document.id.startsWith('global/en/'))
}

/** The page's script, bundled from the sources (once a test file). */
export function appScript(): Promise<string> {
  return readReportApp()
}
