/**
 * The long-cell section of `npm run bench` (issue 10 §1): the time of `parse`
 * against the length of one list cell, 12, 24, 48 and 96 KB, for cells of
 * words (`ab ab ab`), label dashes (`ab - ab - `), brackets (`[ [ [`) and a
 * comma list (`Equinix, Equinix, `), in a by-location table; and the growth
 * ratio, the 96 KB time over the 12 KB one (target: at most 10 for a cell 8
 * times longer). A bare remark + GFM parse of the 12 and 96 KB pages, once
 * each, shows remark's own share beside ours.
 *
 * Each round times every size for 100 ms (once for the longest cells, after
 * a warm-up), and a ratio is the median over rounds of that round's ratio, as
 * in the rest of the bench.
 */

import {Bench} from 'tinybench'

/** Cell lengths, in KB. */
const sizes = [12, 24, 48, 96]

/** The tokens a cell is made of, repeated. */
const tokens = [
  {name: 'words `ab ab ab`', text: 'ab '},
  {name: 'label dashes `ab - ab -`', text: 'ab - '},
  {name: 'brackets `[ [ [`', text: '[ '},
  {name: 'comma list `Equinix, `', text: 'Equinix, '}
]

/** A by-location table (2023 pages) whose providers cell is `cell`. */
function page(cell) {
  return [
    '### Global commercial Azure',
    '',
    '| Location | Address | Zone | Local Azure regions | ER Direct | Service providers |',
    '|--|--|--|--|--|--|',
    '| **Amsterdam** | Equinix AM5 | 1 | West Europe | &check; | ' +
      cell +
      ' |',
    ''
  ].join('\n')
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Run the section and print its table.
 *
 * @param {{ours: (text: string) => unknown, bare: (text: string) => unknown, rounds: number}} options
 *   `ours` reads a page as the bench's “ours” does (a fresh block cache),
 *   `bare` parses it with remark + GFM alone.
 * @returns {Promise<Array<{token: string, ms: number[], ratio: number, bareRatio: number}>>}
 */
export async function benchLongCells({ours, bare, rounds}) {
  console.log(
    '\nlong cells: one by-location table, its providers cell of one token repeated; median ms of parse() ' +
      '(a fresh block cache) by cell length, and ratio = 96 KB / 12 KB (target ≤ 10), ' +
      rounds +
      ' rounds; bare = remark + GFM alone, one run'
  )
  console.log(
    'cell'.padEnd(28) +
      sizes.map((kb) => (kb + ' KB').padStart(9)).join('') +
      'ratio'.padStart(8) +
      'bare 12'.padStart(9) +
      'bare 96'.padStart(9) +
      'ratio'.padStart(7)
  )

  const rows = []
  for (const token of tokens) {
    const texts = sizes.map((kb) =>
      page(
        token.text.repeat(Math.ceil((kb * 1024) / token.text.length)).trimEnd()
      )
    )
    const first = texts[0]
    const last = texts[texts.length - 1]
    ours(first)
    bare(first)
    const times = sizes.map(() => [])
    for (let round = 0; round < rounds; round++) {
      // 100 ms a size: several runs of the short cells, whose times are the
      // ones a pause of another job would move most; one of the longest.
      const bench = new Bench({
        time: 100,
        iterations: 1,
        warmupTime: 0,
        warmupIterations: 0
      })
      texts.forEach((text, index) => bench.add(String(index), () => ours(text)))
      await bench.run()
      for (const task of bench.tasks) {
        if (task.result.state !== 'completed')
          throw new Error('bench `' + task.name + '`: ' + task.result.state)
        times[Number(task.name)].push(task.result.latency.p50)
      }
    }

    // Remark alone, once a size: context, not a contender.
    const bareTimes = [first, last].map((text) => {
      const start = performance.now()
      bare(text)
      return performance.now() - start
    })
    const ratio = median(
      times[times.length - 1].map((value, round) => value / times[0][round])
    )
    const bareRatio = bareTimes[1] / bareTimes[0]
    const ms = times.map(median)
    rows.push({token: token.name, ms, ratio, bareRatio})
    console.log(
      token.name.padEnd(28) +
        ms.map((value) => value.toFixed(1).padStart(9)).join('') +
        ratio.toFixed(1).padStart(8) +
        bareTimes[0].toFixed(1).padStart(9) +
        bareTimes[1].toFixed(1).padStart(9) +
        bareRatio.toFixed(1).padStart(7)
    )
  }

  const worst = Math.max(...rows.map((row) => row.ratio))
  console.log(
    'long cells, worst ratio 96 KB / 12 KB: ' +
      worst.toFixed(1) +
      ' (target ≤ 10)'
  )
  return rows
}
