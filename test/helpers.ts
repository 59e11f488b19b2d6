/**
 * Shared test helpers: fixture access (never `../shared`: tests read only
 * what the repository bundles).
 */

import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {LocationsDocument} from '../src/model.js'

export const root = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..'
)
export const fixturesDirectory = path.join(root, 'fixtures')

/** Read a fixture by its path under `fixtures/`. */
export function fixture(name: string): string {
  return readFileSync(path.join(fixturesDirectory, name), 'utf8')
}

/** Paths (under `fixtures/`) of every seed and corpus document. */
export function allDocuments(): string[] {
  return [
    ...readdirSync(path.join(fixturesDirectory, 'seeds'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => 'seeds/' + name),
    ...readdirSync(path.join(fixturesDirectory, 'corpus'))
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => 'corpus/' + name)
  ].sort()
}

/** Rows of the corpus manifest, keyed by file name. */
export function manifest(): Map<string, Record<string, string>> {
  const [head, ...lines] = fixture('corpus/manifest.tsv').trim().split('\n')
  const keys = (head as string).split('\t')
  return new Map(
    lines.map((line) => {
      const cells = line.split('\t')
      const row = Object.fromEntries(
        keys.map((key, index) => [key, cells[index] ?? ''])
      )
      return [row['file'] as string, row]
    })
  )
}

/** Seed 000: the 2015 Azure China page, full of customization comments. */
export const seed000 = 'seeds/000_c20a30ffbdf1b6d4.txt'
/** Seed 001: the 2020 global by-location page. */
export const seed001 = 'seeds/001_cfa4b7430e42c113.txt'
/** Seed 002: the 2015 global regions-only page. */
export const seed002 = 'seeds/002_157c44210deb0293.txt'

/** How many records of every kind a model has (diagnostics aside). */
export function recordCount(model: LocationsDocument): number {
  return (
    model.regions.length +
    model.locations.length +
    model.providers.length +
    model.offerings.length +
    model.exchanges.length +
    model.systemIntegrators.length +
    model.satelliteOperators.length +
    model.datacenterProviders.length +
    model.researchNetworks.length
  )
}
