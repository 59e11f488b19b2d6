import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'

/**
 * `source.sha256` is Node's hash where Node hands it over, the pure one
 * elsewhere (the browser report): both must give the hash of the text's
 * UTF-8 bytes as `TextEncoder` writes them, lone surrogates as U+FFFD.
 */
describe('source.sha256', () => {
  it('should be the hash of the UTF-8 bytes of the text, however it is computed', () => {
    const pure = (text: string) =>
      bytesToHex(sha256(new TextEncoder().encode(text)))
    fc.assert(
      fc.property(
        fc.string({unit: 'binary', maxLength: 40}),
        fc.constantFrom('', '\uD800', '\uDC00x', '\uFEFF', '\r'),
        (text, tail) => {
          const whole = text + tail
          expect(parse(whole, {cache: false}).source.sha256).toBe(pure(whole))
        }
      ),
      {numRuns: 300}
    )
  })
})
