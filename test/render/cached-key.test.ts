/**
 * The caches `history` reads keys and names through: the same string for
 * the same parts, built once, and never one for different parts.
 */

import {describe, expect, it} from 'vitest'
import {cachedKey} from '../../src/render/cached-key.js'
import {JoinedStrings} from '../../src/render/joined-strings.js'

interface Offer {
  cloud: string
  provider: string
  location: string
}

describe('cachedKey', () => {
  it('should build the key of records alike in its parts once', () => {
    let built = 0
    const keyOf = cachedKey((record: Offer) => {
      built++
      return record.cloud + '/' + record.provider + '/' + record.location
    })
    const first = {
      cloud: 'commercial',
      provider: 'megaport',
      location: 'sydney'
    }
    const again = {...first}
    const one = keyOf(first, first.cloud, first.provider, first.location)
    const two = keyOf(again, again.cloud, again.provider, again.location)
    expect(one).toBe('commercial/megaport/sydney')
    expect(two).toBe(one)
    expect(built).toBe(1)
  })

  it('should not take a part a foreign record leaves out for the next one', () => {
    // `(c, undefined, x)` and `(c, x, undefined)` are not alike.
    const keyOf = cachedKey(
      (record: Partial<Offer>) =>
        String(record.cloud) +
        '/' +
        String(record.provider) +
        '/' +
        String(record.location)
    )
    const noProvider = {cloud: 'c', location: 'x'}
    const noLocation = {cloud: 'c', provider: 'x'}
    expect(keyOf(noProvider, 'c', undefined, 'x')).toBe('c/undefined/x')
    expect(keyOf(noLocation, 'c', 'x', undefined)).toBe('c/x/undefined')
  })

  it('should give records that differ in a part their own keys', () => {
    const keyOf = cachedKey((record: {cloud: string; id: string}) =>
      record.cloud.concat('/', record.id)
    )
    const keys = [
      {cloud: 'commercial', id: 'dallas'},
      {cloud: 'us-government', id: 'dallas'},
      {cloud: 'commercial', id: 'sydney'}
    ].map((record) => keyOf(record, record.cloud, record.id))
    expect(keys).toEqual([
      'commercial/dallas',
      'us-government/dallas',
      'commercial/sydney'
    ])
  })
})

describe('JoinedStrings', () => {
  it('should join two strings, whatever they hold', () => {
    const names = new JoinedStrings(' at ')
    const name = names.of('Megaport', 'Sydney')
    expect(name).toBe('Megaport at Sydney')
    expect(names.of('Megaport', 'Sydney')).toBe(name)
    expect(names.of('Megaport', 'Sydney 2')).toBe('Megaport at Sydney 2')
    expect(names.of('Megaport at', 'Sydney')).toBe('Megaport at at Sydney')
  })
})
