/**
 * Seeded mutations of a text: flip, duplicate and delete lines and
 * characters, insert markers. Same seed, same mutants.
 */

/** A seeded pseudo-random generator (mulberry32): integers in `[0, n)`. */
export type Random = (n: number) => number

/**
 * Create a generator.
 *
 * @param seed
 *   Any 32-bit integer.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return function (n) {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    const unit = ((value ^ (value >>> 14)) >>> 0) / 4294967296
    return Math.floor(unit * n)
  }
}

/** Characters that mean something to Markdown, tables or the markers. */
const meaningful = [
  '|',
  '-',
  ':',
  '<',
  '>',
  '!',
  '*',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '#',
  '+',
  '\\',
  '&',
  ';',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u0000',
  '\uFEFF',
  'é',
  '\uD800'
]

const insertions = [
  '<!-- deleted by customization',
  '-->',
  '<!-- keep by customization: begin -->',
  '<!-- keep by customization: end -->',
  '<!--',
  '| --- | --- |',
  '#### [A-C](#tab/a-c)',
  '---',
  '> [!NOTE]',
  '<br/>',
  '&check;'
]

/** Names of the mutations, for reports. */
export const mutationNames = [
  'flip-character',
  'delete-character',
  'duplicate-character',
  'insert-marker',
  'delete-line',
  'duplicate-line',
  'swap-lines',
  'delete-range'
] as const

/**
 * Apply one random mutation.
 *
 * @param text
 *   Text to mutate.
 * @param random
 *   Generator.
 * @returns
 *   The mutant and the name of the mutation.
 */
export function mutate(
  text: string,
  random: Random
): {text: string; name: string} {
  const name = mutationNames[random(mutationNames.length)] as string
  const at = random(text.length + 1)

  switch (name) {
    case 'flip-character': {
      const character = meaningful[random(meaningful.length)] as string
      return {name, text: text.slice(0, at) + character + text.slice(at + 1)}
    }

    case 'delete-character': {
      return {name, text: text.slice(0, at) + text.slice(at + 1)}
    }

    case 'duplicate-character': {
      return {
        name,
        text:
          text.slice(0, at) +
          text.slice(at, at + 1).repeat(1 + random(64)) +
          text.slice(at)
      }
    }

    case 'insert-marker': {
      const marker = insertions[random(insertions.length)] as string
      return {name, text: text.slice(0, at) + marker + text.slice(at)}
    }

    case 'delete-range': {
      return {name, text: text.slice(0, at) + text.slice(at + random(2000))}
    }

    default: {
      const lines = text.split('\n')
      const line = random(lines.length)

      if (name === 'delete-line') lines.splice(line, 1)
      else if (name === 'duplicate-line') {
        lines.splice(
          line,
          0,
          ...Array.from({length: 1 + random(3)}, () => lines[line] as string)
        )
      } else {
        const other = random(lines.length)
        const swap = lines[line] as string
        lines[line] = lines[other] as string
        lines[other] = swap
      }

      return {name, text: lines.join('\n')}
    }
  }
}
