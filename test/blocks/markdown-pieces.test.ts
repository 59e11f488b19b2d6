import {describe, expect, it} from 'vitest'
import {lineEndingCount, splitPieces} from '../../src/blocks/markdown-pieces.js'

describe('lineEndingCount', () => {
  it('should count line endings, not lines', () => {
    expect(lineEndingCount('')).toBe(0)
    expect(lineEndingCount('a')).toBe(0)
    expect(lineEndingCount('a\n')).toBe(1)
    expect(lineEndingCount('a\nb')).toBe(1)
  })

  it('should count LF, CRLF and a lone CR once each', () => {
    expect(lineEndingCount('a\r\nb\rc\nd')).toBe(3)
    expect(lineEndingCount('\r\r\n\n')).toBe(3)
    // A lone CR at the end becomes a CRLF when an LF follows: one ending.
    expect(lineEndingCount('a\r' + '\n') - lineEndingCount('a\r')).toBe(0)
  })
})

describe('splitPieces', () => {
  it('should cut at blank lines before a line at column 1, not inside a comment or before a list item', () => {
    const text = 'a\n\n<!-- b\n\nc -->\n\n- d\n\n- e\n\n  f\n\ng\n'
    expect(
      splitPieces(text).map((piece) => text.slice(piece.start, piece.end))
    ).toEqual(['a\n\n', '<!-- b\n\nc -->\n\n- d\n\n- e\n\n  f\n\n', 'g\n'])
  })

  it('should end lines at LF, CRLF and a lone CR alike, and count them so', () => {
    const cases: Array<[string, Array<[string, number]>]> = [
      [
        'a\r\n\r\nb\r\rc\n\nd',
        [
          ['a\r\n\r\n', 0],
          ['b\r\r', 2],
          ['c\n\n', 4],
          ['d', 6]
        ]
      ],
      [
        '|a|\r|-|\r|b|\r\r  c\r\n\r\n<!--\r\r-->\r\rz',
        [
          ['|a|\r|-|\r|b|\r\r', 0],
          ['  c\r\n\r\n', 4],
          ['<!--\r\r-->\r\r', 6],
          ['z', 10]
        ]
      ]
    ]
    for (const [text, pieces] of cases) {
      expect(
        splitPieces(text).map((piece) => [
          text.slice(piece.start, piece.end),
          piece.line
        ])
      ).toEqual(pieces)
    }
  })
})
