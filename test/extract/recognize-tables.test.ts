/**
 * Tables that only look like ours stay `unrecognized-table`: reading by
 * content needs what the forms hold (`src/extract/table-forms.ts`), not
 * only a column count. Cases from a review of the first version.
 */

import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {fixture} from '../helpers.js'

function ruleIds(text: string): string[] {
  return parse(text).diagnostics.map((diagnostic) => diagnostic.ruleId)
}

const glossary = [
  '| Término | Definición |',
  '|---|---|',
  '| Circuito | Una conexión lógica entre su red y Microsoft |',
  '| Emparejamiento | Una sesión BGP sobre el circuito |',
  '',
  '| Recurso | Vínculo |',
  '|---|---|',
  '| Precios | [Precios](https://example.com/p) |',
  '| Documentación | [Docs](https://example.com/d) |',
  '| Soporte | [Soporte](https://example.com/s) |',
  '',
  '| Fecha | Cambio |',
  '|---|---|',
  '| 2024-01-01 | Se agregó Amsterdam, Londres |',
  '| 2024-02-01 | Se quitó Dallas |',
  '',
  '| Product | Owner |',
  '|---|---|',
  '| Foo | Alice |',
  '| Bar | Bob |',
  '| Baz | Alice |',
  ''
].join('\n')

describe('tables that are none of ours', () => {
  it('should not read other two-column tables after a real page as integrators', () => {
    const name = 'corpus/2026-09-16_locations-providers_en_3936ee4e.md'
    const page = fixture(name)
    const before = parse(page, {path: name})
    const after = parse(page + '\n' + glossary, {path: name})
    expect(after.systemIntegrators).toEqual(before.systemIntegrators)
    expect(
      after.diagnostics.filter(
        (diagnostic) => diagnostic.ruleId === 'unrecognized-table'
      ).length
    ).toBe(4)
    expect(ruleIds(page + '\n' + glossary)).not.toContain(
      'table-recognized-by-content'
    )
  })

  it('should not take a feature table for a provider × location matrix', () => {
    for (const rows of [
      [
        '| | Basic | Standard | Premium |',
        '|---|---|---|---|',
        '| Geo-replication | Yes | Yes | No |',
        '| Backups | No | Yes | Yes |'
      ],
      [
        '| | Basic | Standard |',
        '|---|---|---|',
        '| Geo-replication | &check; | &cross; |',
        '| Backups | &check; | &check; |'
      ],
      [
        '| |**Amsterdam**|**Dublin**|',
        '|---|---|---|',
        '|**Aryaka**|Not available|Available|',
        '|**Level 3**|Available|n/a|'
      ],
      ['| | 2019 | 2020 |', '|---|---|---|', '| Revenue | x | x |']
    ]) {
      const model = parse(rows.join('\n') + '\n')
      expect(model.offerings).toEqual([])
      expect(
        model.diagnostics.map((diagnostic) => diagnostic.ruleId)
      ).toContain('unrecognized-table')
    }
  })

  it('should not read a table of two yes/no columns first on a page as statuses', () => {
    const model = parse(
      [
        '| Tier | Hot | Cool |',
        '|---|---|---|',
        '| Storage | Yes | No |',
        '| Access | No | Yes |',
        '| Archive | No | No |',
        ''
      ].join('\n')
    )
    expect(model.providers).toEqual([])
    expect(model.source.page).toBe('unknown')
  })

  it('should not read a changelog as a region map', () => {
    const model = parse(
      [
        '| Version | Date | Change |',
        '|---|---|---|',
        '| 1.2.0 | 2020-01-01 | Added Amsterdam, London |',
        '| 1.1.0 | 2019-06-01 | Fixed bug |',
        '| 1.0.0 | 2019-01-01 | Initial release |',
        ''
      ].join('\n')
    )
    expect(model.regions).toEqual([])
  })
})
