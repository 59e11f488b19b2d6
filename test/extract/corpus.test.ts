import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {allDocuments, fixture, manifest} from '../helpers.js'

const rows = manifest()

/** Manifest row of a corpus document; seeds count as English pages. */
function languageOf(name: string): string {
  return rows.get(name.replace(/^corpus\//, ''))?.['language'] ?? 'en'
}

function isExpressRoutePage(name: string): boolean {
  return !name.includes('other-china')
}

describe('every seed and corpus document', () => {
  for (const name of allDocuments()) {
    const raw = fixture(name)
    const lines = raw.split(/\r\n|\r|\n/)

    it(
      'should parse both views with positions inside the raw file: ' + name,
      () => {
        for (const view of ['published', 'upstream'] as const) {
          const model = parse(raw, {view, path: name})
          const points = [
            ...model.diagnostics,
            ...[
              ...model.regions,
              ...model.locations,
              ...model.providers,
              ...model.offerings,
              ...model.exchanges,
              ...model.systemIntegrators,
              ...model.satelliteOperators,
              ...model.datacenterProviders,
              ...model.researchNetworks
            ].map((record) => record.source)
          ]
          const outside = points.filter(
            (point) =>
              point.line < 1 ||
              point.line > lines.length ||
              point.column < 1 ||
              point.column > (lines[point.line - 1] as string).length + 1
          )
          expect(outside).toEqual([])
        }
      }
    )

    if (isExpressRoutePage(name)) {
      it('should recognize every table and row: ' + name, () => {
        const model = parse(raw, {path: name})
        expect(
          model.diagnostics.filter(
            (diagnostic) =>
              diagnostic.ruleId === 'unrecognized-table' ||
              diagnostic.ruleId === 'unrecognized-row'
          )
        ).toEqual([])
        expect(model.source.page).not.toBe('unknown')
        expect(model.facets).toContain('locations')
        expect(
          model.diagnostics.filter(
            (diagnostic) => diagnostic.severity === 'error'
          )
        ).toEqual([])
      })
    } else {
      // The `other-china_*` pages are other services' pages, kept for their
      // customization comments: their tables are none of ours, and say so.
      it('should say plainly which tables it does not know: ' + name, () => {
        const model = parse(raw, {path: name})
        expect(model.source.page).toBe('unknown')
        for (const diagnostic of model.diagnostics) {
          expect(diagnostic.ruleId).not.toBe('unrecognized-row')
        }
      })
    }
  }
})

describe('languages', () => {
  it('should read the pages of every language, through header synonyms or their content', () => {
    const languages = new Set<string>()
    for (const name of allDocuments().filter(isExpressRoutePage)) {
      const model = parse(fixture(name))
      languages.add(languageOf(name))
      expect(model.regions.length + model.offerings.length).toBeGreaterThan(0)
    }

    expect([...languages].sort()).toEqual([
      'de',
      'en',
      'es',
      'fr',
      'it',
      'ko',
      'pt-br',
      'zh-cn',
      'zh-tw'
    ])
  })
})
