/**
 * Regexes that backtracked quadratically on a long run (issue 10 §1), each
 * reached through `parse` with a run of about 200 KB. Each page must parse
 * within vitest's timeout (30 s); time is not asserted otherwise. Normal
 * inputs give the same model as before: the goldens of `test/fixtures` are
 * that check, and the last test pins a few normal headers.
 *
 * Measured once (node 20, this machine), whole `parse` of the same page:
 *
 * | path                                                     | old     | new    |
 * | -------------------------------------------------------- | ------- | ------ |
 * | header `Zone` + 200 000 spaces + `x` (`[\s|]+$`)         | 26.3 s  | 0.16 s |
 * | header `Zone` + 200 000 `.` + `x` (`\s*[:.。]+$`)        | 25.9 s  | 0.09 s |
 * | section title + 200 000 `.` + `x` (same, four callers)   | 74.8 s  | 0.07 s |
 * | header `Zone ` + 100 000 `<a` (`<\/?[a-z][^>]*>`)        | 14.9 s  | 1.6 s  |
 * | header `Zone ` + 100 000 `[ ` (`\[([^\]]*)\]`, links)    | 34.0 s  | 4.1 s  |
 * | header `Zone ` + 40 000 `[a] (` (`…\]\s*\([^)]*\)`)      | 21.3 s  | 16.1 s |
 * | Address: 7 000 distinct links joined by ` and `          | 5.6 s   | 2.6 s  |
 *
 * Where the new time is not near zero it is remark's (micromark's
 * `resolveAllText` on `[a] (` runs is 15 s of the 16); that case is parsed
 * here at 50 KB, and `normalizeHeader` alone takes 50 ms on its 200 KB.
 * The Address cell searched the whole cell text once per part of
 * `[A](…) and [B](…) and …` (parts × cell length).
 */

import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {normalizeHeader} from '../../src/extract/normalize-header.js'
import {languageOfText} from '../../src/normalize/language-of-text.js'

const size = 200_000

const byLocation = (header: string, address: string) =>
  [
    '# ExpressRoute peering locations and connectivity partners',
    '',
    '## <a name="partners"></a>ExpressRoute connectivity providers',
    '',
    '### Global commercial Azure',
    '',
    '| Location | Address | ' +
      header +
      ' | Local Azure regions | ER Direct | Service providers |',
    '|--|--|--|--|--|--|',
    '| **Abu Dhabi** | Etisalat KDC | 3 | UAE Central | &check; | Etisalat UAE |',
    '| **Amsterdam** | ' + address + ' | 1 | West Europe | &check; | Equinix |',
    ''
  ].join('\n')

const section = (title: string) =>
  [
    '# ExpressRoute peering locations and connectivity partners',
    '',
    '## ' + title,
    '',
    '| Location | Address | Zone | Local Azure regions | ER Direct | Service providers |',
    '|--|--|--|--|--|--|',
    '| **Amsterdam** | Equinix AM5 | 1 | West Europe | &check; | Equinix |',
    ''
  ].join('\n')

function links(length: number): string {
  let cell = ''
  for (let index = 0; cell.length < length; index++) {
    cell +=
      (index ? ' and ' : '') +
      '[Equinix AM' +
      index +
      '](https://e.com/' +
      index +
      ')'
  }

  return cell
}

const pages: Array<[string, () => string]> = [
  [
    'header: spaces then `x`',
    () => byLocation('Zone' + ' '.repeat(size) + 'x', 'Equinix AM5')
  ],
  [
    'header: dots then `x`',
    () => byLocation('Zone' + '.'.repeat(size) + 'x', 'Equinix AM5')
  ],
  [
    'section title: dots then `x`',
    () => section('Connectivity' + '.'.repeat(size) + 'x')
  ],
  [
    'header: `<a` without `>`',
    () => byLocation('Zone ' + '<a'.repeat(size / 2), 'Equinix AM5')
  ],
  [
    'header: `[` without `]`',
    () => byLocation('Zone ' + '[ '.repeat(size / 2), 'Equinix AM5')
  ],
  [
    'header: `[a] (` without `)` (50 KB)',
    () => byLocation('Zone ' + '[a] ('.repeat(10_000), 'Equinix AM5')
  ],
  [
    'address: distinct links joined by `and`',
    () => byLocation('Zone', links(size))
  ],
  // A delimiter-like line: `[ \t]*` before and after its last cell (blocks'
  // piece cutter; old: 297 ms at 20 000 tabs, about 12 min at 1 MiB).
  [
    'delimiter row: `|-` then tabs then `x`',
    () => section('Connectivity') + '\n| a |\n|-' + '\t'.repeat(size) + 'x\n'
  ],
  [
    'address: one link repeated, joined by `and`',
    () =>
      byLocation(
        'Zone',
        Array.from(
          {length: size / 28},
          () => '[Equinix AM5](https://e.com)'
        ).join(' and ')
      )
  ]
]

describe('regexes on long runs', () => {
  for (const [name, page] of pages) {
    it(name, () => {
      const model = parse(page())
      expect(model.locations.length).toBeGreaterThan(0)
    })
  }

  // The prose filter of `languageOfText` (old `<[^>\n]*>` and
  // `\]\([^)\n]*\)`: quadratic on a run of `<` or `](`). Called directly at
  // the input limit: through `parse`, remark's own time on `](` runs grows
  // with their square (6 s at 80 KB), see README.
  it('`languageOfText` on 1 MiB runs of `<`, `](`, `<span class="sxs-lookup">` and backticks', () => {
    for (const run of ['<', '](', '<span class="sxs-lookup">', '`a', '&a']) {
      expect(
        languageOfText(run.repeat(Math.floor(1_048_576 / run.length)))
      ).toBeNull()
    }
  })

  it('`normalizeHeader` on 200 KB of `[a] (`', () => {
    expect(normalizeHeader('Zone ' + '[a] ('.repeat(size / 5))).toMatch(
      /^zone a \(a \(/
    )
  })

  it('normal headers read as before', () => {
    expect(normalizeHeader('**Office  365**:')).toBe('office 365')
    expect(normalizeHeader('<strong>Office 365</strong>')).toBe('office 365')
    expect(normalizeHeader('[China cloud](#tab/china-cloud)')).toBe(
      'china cloud'
    )
    expect(normalizeHeader('![x] (y) [Zone] ||')).toBe('x zone')
    expect(normalizeHeader('Locations.')).toBe('locations')
    expect(normalizeHeader('a . .')).toBe('a .')
  })

  it('an Address of links joined by `and` keeps each link', () => {
    const text = JSON.stringify(parse(byLocation('Zone', links(200))).locations)
    expect(text).toContain('"name":"Equinix AM3","url":"https://e.com/3"')
  })
})
