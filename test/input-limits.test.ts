/**
 * The counts and the hash that once came from Node (`Buffer.byteLength`,
 * `node:crypto`), checked against it: off Node they must give the same
 * numbers, or a model would differ by where it was read.
 */

import {createHash} from 'node:crypto'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {checkInput, inputLimits} from '../src/input-limits.js'

/** The byte count of the refusal of a text over the byte limit. */
function refusedBytes(text: string): number | undefined {
  const message = checkInput(text)
  const match = /^Unexpected input of (\d+) bytes/.exec(message?.reason ?? '')
  return match ? Number(match[1]) : undefined
}

/** The line count of the refusal of a text over the line limit. */
function refusedLines(text: string): number | undefined {
  const message = checkInput(text)
  const match = /^Unexpected input of (\d+) lines/.exec(message?.reason ?? '')
  return match ? Number(match[1]) : undefined
}

describe('the byte limit', () => {
  const padding = 'a'.repeat(inputLimits.maxBytes)

  it('should count the UTF-8 bytes of every kind of code unit as Node does', () => {
    const tails = [
      'a',
      'é', // 2 bytes
      '中', // 3 bytes
      '😀', // a surrogate pair: 4 bytes
      '\uD800', // lone high surrogate, at the end: U+FFFD, 3 bytes
      '\uDC00', // lone low surrogate: 3 bytes
      '\uD800a',
      '\uDC00\uD800', // reversed pair: two lone ones
      '\uD83D\uD83D\uDE00' // a lone high one, then a pair
    ]
    for (const tail of tails) {
      const text = padding + tail
      expect(refusedBytes(text), JSON.stringify(tail)).toBe(
        Buffer.byteLength(text, 'utf8')
      )
    }
  })

  it('should count any code units as Node does', () => {
    // Over the limit whatever the units, so that the count is told, in a
    // third of the code units of `padding`.
    const overLimit = '中'.repeat(Math.ceil(inputLimits.maxBytes / 3))
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 0xffff}), {maxLength: 40}),
        (units) => {
          const text = overLimit + String.fromCharCode(...units)
          expect(refusedBytes(text)).toBe(Buffer.byteLength(text, 'utf8'))
        }
      ),
      {numRuns: 50}
    )
  })

  it('should take a text of exactly the limit, in bytes, not code units', () => {
    const twoByte = 'é'.repeat(inputLimits.maxBytes / 2)
    expect(refusedBytes(twoByte)).toBe(undefined)
    expect(refusedBytes(twoByte + 'a')).toBe(inputLimits.maxBytes + 1)
  })
})

describe('the line limit', () => {
  const lines = inputLimits.maxLines

  it('should count a last line ending as ending a line, not starting one', () => {
    for (const ending of ['\n', '\r\n', '\r']) {
      expect(refusedLines('a' + ending.repeat(lines))).toBe(undefined)
      expect(refusedLines(('a' + ending).repeat(lines))).toBe(undefined)
      expect(refusedLines(('a' + ending).repeat(lines) + 'a')).toBe(lines + 1)
      expect(refusedLines(('a' + ending).repeat(lines + 1))).toBe(lines + 1)
      expect(refusedLines(ending.repeat(lines + 1))).toBe(lines + 1)
    }
  })
})

describe('the depth limit', () => {
  /** The refusal's place, by the one full scan the text is checked with. */
  function refusedDepth(text: string) {
    const message = checkInput(text)
    return message?.ruleId === 'input-too-deep'
      ? {line: message.line, reason: message.reason}
      : undefined
  }

  /**
   * Reference: the depth of every line (LF, CR, CRLF endings) by the rule
   * README gives — container markers and two columns of indentation a
   * level, a tab four columns — the first over the limit refused.
   */
  function deepestOverLimit(text: string) {
    const lines = text.split(/\r\n|\r|\n/)
    for (const [index, line] of lines.entries()) {
      const lead = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(line)
      const run = lead ? lead[0] : ''
      const markers = (run.match(/>|[-*+](?=[ \t]|$)|\d{1,9}[.)]/g) ?? [])
        .length
      const columns = [...run].reduce(
        (sum, char) => sum + (char === ' ' ? 1 : char === '\t' ? 4 : 0),
        0
      )
      const depth = markers + Math.floor(columns / 2)
      if (depth > inputLimits.maxDepth)
        return {
          line: index + 1,
          reason:
            'Unexpected nesting ' +
            depth +
            ' levels deep (`>`, list markers, indentation), expected at most ' +
            inputLimits.maxDepth +
            '; the page is not read'
        }
    }

    return undefined
  }

  it('should refuse a line deeper than the limit, and only such a line, wherever its run starts', () => {
    // Runs of markers and whitespace around the limit (a tab is two levels,
    // so 51 tabs are over it; 50 `>` are not), among lines of text.
    const piece = fc.oneof(
      fc.constantFrom('>', ' ', '\t', '- ', '* ', '1. ', '2) ', 'a', '|x|'),
      fc
        .tuple(
          fc.constantFrom('>', '\t', '  ', '> '),
          fc.integer({min: 40, max: 110})
        )
        .map(([unit, count]) => unit.repeat(count))
    )
    const line = fc
      .array(piece, {maxLength: 4})
      .map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(
        fc.array(line, {maxLength: 6}),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, ending) => {
          const text = lines.join(ending)
          expect(refusedDepth(text)).toEqual(deepestOverLimit(text))
        }
      ),
      {numRuns: 400}
    )
  })
})

describe('source.sha256', () => {
  const nodeHash = (text: string) =>
    createHash('sha256').update(text, 'utf8').digest('hex')

  it('should be the hash Node gives of the text as given', () => {
    const texts = [
      '',
      '# Locations\n',
      '\uFEFF# Locations\r| a |\r', // a BOM and lone CRs: read changed
      '# 位置 😀\n',
      '# \uD800 lone \uDC00 surrogates\n',
      'x'.repeat(inputLimits.maxBytes + 1) // refused
    ]
    for (const text of texts) {
      expect(parse(text).source.sha256, JSON.stringify(text.slice(0, 20))).toBe(
        nodeHash(text)
      )
    }
  })
})
