/**
 * Long cells in linear time (issue 10 §1): one list cell made of one token
 * of the cell grammar, repeated, in the real table forms (a by-provider
 * table, a by-location table and a region map, their headers copied from the
 * corpus), read by `parse` at two sizes, n and 8n.
 *
 * What is checked, and how honestly:
 *
 * - Output: the model (with its diagnostics) of the 8n page is at most 10
 *   times that of the n page (exact, deterministic). This catches work that
 *   shows in what is written, such as one diagnostic per marker that quotes
 *   the rest of the cell.
 * - Memory: after a full garbage collection, what the 8n parse leaves behind
 *   (the module memos of `foldName`, `resolveName` and `slug`, bounded to 4
 *   million characters of keys each) is under 32 MB. Deterministic up to
 *   the collector's own bookkeeping, hence the generous bound. The quadratic
 *   code kept every candidate half of a split: its 32 KB cell of words left
 *   700 MB behind, its 96 KB one ran out of 4 GB.
 * - Time: only as a coarse bound, never measured. vitest fails a test that
 *   took longer than its timeout (30 s) once it returns; the 8n cells take
 *   0.1 to 3 s with the linear code (nearly all of it remark's), and the
 *   quadratic code in our stages took from 30 s (`ab ab ab …`, at 48 KB) to
 *   110 s (`) ) ) …`, at 96 KB). A regression of that class fails (late); a
 *   constant factor does not. Only the plain tokens in the by-location table
 *   are read at 96 KB by default; the others at 32 KB, where a quadratic
 *   path costs 3 to 15 s and is caught only if it also keeps memory or
 *   writes output. `npm run bench` prints the times against cell length.
 *
 * Remark's own superlinear cases (nested inline markup, see README “Limits
 * and performance”) are not built here: each token is flat.
 */

import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createBlockCache, parse} from '../../src/index.js'

setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/** One token of the cell grammar a cell is made of, repeated. */
interface Token {
  name: string
  /** The text of the `index`-th repetition. */
  text: (index: number) => string
}

const repeated = (name: string, text: string): Token => ({
  name,
  text: () => text
})

/** Tokens of plain text: remark reads them fast, so our stages are most of the time. */
const plainTokens: Token[] = [
  repeated('words', 'ab '),
  repeated('label dashes', 'ab - '),
  repeated('parentheses', '( '),
  repeated('closing parentheses', ') '),
  repeated('coming soon', 'ab+ '),
  repeated('lone plus signs', '+ '),
  repeated('commas', 'ab, '),
  repeated('one name, repeated', 'Equinix, '),
  {name: 'distinct names', text: (index) => 'Name ' + index + ', '},
  {name: 'distinct names without commas', text: (index) => 'Name' + index + ' '}
]

/** Tokens of inline markup: remark takes 1 to 5 s for 96 KB of each. */
const markupTokens: Token[] = [
  repeated('brackets', '[ '),
  repeated('breaks without end', 'ab<br'),
  repeated('breaks', 'ab<br/>'),
  repeated('code spans', '`ab` '),
  repeated('lone backticks', '` '),
  repeated('check marks', '&check; '),
  repeated('notes', '*ab '),
  repeated('lone stars', '* '),
  repeated('links', '[a](b) '),
  repeated('HTML links', '<a href="b">a</a> '),
  repeated(
    'bold HTML links of the 2018 form',
    '<strong><a href="u" data-raw-source="[a](u)">a</a></strong>, '
  ),
  repeated('unclosed HTML links', '<a href="b">a '),
  repeated('HTML anchors', '<a name="x"></a>a '),
  repeated('HTML links with entities', '<a href="b&amp;c&#38;">a</a> '),
  repeated('bold', '**ab** '),
  repeated('lone strong markers', '** ')
]

/** A table form: its page around one list cell. */
interface Form {
  name: string
  page: (cell: string) => string
}

const forms: Form[] = [
  {
    // 2017–2019 pages (`2017-06-16_locations-providers_en_40ec6738.md`).
    name: 'by-provider table',
    page: (cell) =>
      [
        '# ExpressRoute partners and peering locations',
        '',
        '## <a name="locations"></a>Connectivity provider locations',
        '',
        '### Production Azure',
        '',
        '| **Service provider** | **Microsoft Azure** | **Office 365** | **Locations** |',
        '| --- | --- | --- | --- |',
        '| **[AARNet](https://www.aarnet.edu.au/)** |Supported |Supported |Melbourne, Sydney |',
        '| **Equinix** |Supported |Supported |' + cell + ' |',
        ''
      ].join('\n')
  },
  {
    // 2023 pages (`2023-08-28_locations-providers_en_7ae43a76.md`).
    name: 'by-location table',
    page: (cell) =>
      [
        '# ExpressRoute peering locations and connectivity partners',
        '',
        '## <a name="partners"></a>ExpressRoute connectivity providers',
        '',
        '### Global commercial Azure',
        '',
        '| Location | Address | Zone | Local Azure regions | ER Direct | Service providers |',
        '|--|--|--|--|--|--|',
        '| **Abu Dhabi** | Etisalat KDC | 3 | UAE Central | &check; | Etisalat UAE |',
        '| **Amsterdam** | Equinix AM5 | 1 | West Europe | &check; | ' +
          cell +
          ' |',
        ''
      ].join('\n')
  },
  {
    // 2017 pages: the region map, whose two list cells are Azure regions
    // and locations.
    name: 'region map',
    page: (cell) =>
      [
        '# ExpressRoute partners and peering locations',
        '',
        '### Azure regions to ExpressRoute locations within a geopolitical region',
        '',
        '| **Geopolitical region** | **Azure regions** | **ExpressRoute locations** |',
        '| --- | --- | --- |',
        '| **North America** |East US, West US |Atlanta, Chicago |',
        '| **Europe** |' + cell + ' |' + cell + ' |',
        ''
      ].join('\n')
  }
]

/** A cell of `token` of about `bytes` characters. */
function cellOf(token: Token, bytes: number): string {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < bytes; index++) {
    const part = token.text(index)
    parts.push(part)
    length += part.length
  }

  return parts.join('').trimEnd()
}

/** Heap in use after a full collection. */
function settledHeap(): number {
  collect()
  return process.memoryUsage().heapUsed
}

/**
 * The sizes of the 8n cells, in KB. By default the plain tokens are read at
 * 96 KB in the by-location table and at 32 KB in the others, the markup
 * tokens at 32 KB in the by-location table only (about 20 s in all);
 * `LONG_CELLS_KB=96` (`npm run fuzz -- --long-cells`) reads every token in
 * every form at that size.
 */
const longRun = Number(process.env.LONG_CELLS_KB) || 0

interface Case {
  form: Form
  token: Token
  /** Size of the 8n cell, in KB. */
  kb: number
}

const cases: Case[] = forms.flatMap((form) => {
  const byLocation = form.name === 'by-location table'
  return [
    ...plainTokens.map((token) => ({
      form,
      token,
      kb: longRun || (byLocation ? 96 : 32)
    })),
    ...(longRun || byLocation
      ? markupTokens.map((token) => ({form, token, kb: longRun || 32}))
      : [])
  ]
})

/**
 * Read the page of `form` with a cell of `token` at `bytes`: the length of
 * its model as JSON, and the heap it leaves behind.
 */
function read(form: Form, token: Token, bytes: number) {
  const text = form.page(cellOf(token, bytes))
  const before = settledHeap()
  // A block cache of its own, dropped with the model: what stays is what
  // the stages keep in their module memos.
  const output = JSON.stringify(parse(text, {cache: createBlockCache()})).length
  return {output, retained: settledHeap() - before}
}

/** The checks of this file on one token and form, at n and 8n KB / 8. */
function expectLinear(form: Form, token: Token, kb: number) {
  const n = read(form, token, (kb * 1024) / 8)
  const eight = read(form, token, kb * 1024)
  expect(eight.output / n.output).toBeLessThanOrEqual(10)
  expect(eight.retained).toBeLessThan(32 * 2 ** 20)
}

describe('a long list cell', () => {
  it.each(cases)(
    'should read $token.name in a $form.name, $kb KB, in linear space and output',
    ({form, token, kb}) => {
      expectLinear(form, token, kb)
    }
  )

  it('should read a cell of any mix of tokens in linear space and output', () => {
    const all = [...plainTokens, ...markupTokens]
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.array(fc.constantFrom(...all), {minLength: 2, maxLength: 5}),
        (form, mix) => {
          const token: Token = {
            name: mix.map((part) => part.name).join(' + '),
            text: (index) => (mix[index % mix.length] as Token).text(index)
          }
          expectLinear(form, token, 16)
        }
      ),
      {numRuns: 8, seed: 10}
    )
  })
})
