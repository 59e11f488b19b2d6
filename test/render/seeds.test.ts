import {describe, expect, it} from 'vitest'
import {diff} from '../../src/diff/index.js'
import {parse} from '../../src/index.js'
import type {ViewName} from '../../src/model.js'
import {renderDiff} from '../../src/render/index.js'
import {fixture} from '../helpers.js'

const seed = (name: string, view: ViewName = 'published') =>
  parse(fixture('seeds/' + name), {path: 'seeds/' + name, view})

describe('diff and changelog of the seeds', () => {
  it('should find nothing between a seed and itself', () => {
    for (const name of [
      '000_c20a30ffbdf1b6d4.txt',
      '001_cfa4b7430e42c113.txt',
      '002_157c44210deb0293.txt'
    ]) {
      for (const view of ['published', 'upstream'] as const) {
        expect(diff(seed(name, view), seed(name, view))).toEqual([])
      }
    }
  })

  it('should name the new commercial locations from 2015-03 (seed 002) to 2020-01 (seed 001)', () => {
    const changes = diff(
      seed('002_157c44210deb0293.txt'),
      seed('001_cfa4b7430e42c113.txt')
    )
    const added = changes
      .filter((change) => change.kind === 'location.added')
      .map((change) => change.key)
    for (const id of [
      'zurich',
      'osaka',
      'busan',
      'seoul',
      'cape-town',
      'johannesburg'
    ]) {
      expect(added).toContain('commercial/' + id)
    }

    const markdown = renderDiff(
      seed('002_157c44210deb0293.txt'),
      seed('001_cfa4b7430e42c113.txt')
    )
    for (const name of [
      'Zurich',
      'Osaka',
      'Busan',
      'Seoul',
      'Cape Town',
      'Johannesburg'
    ]) {
      expect(markdown).toContain('- New peering location **' + name + '** (')
    }
  })

  it('should report Hong Kong → Hong Kong SAR as one rename from seed 002 to seed 001', () => {
    const changes = diff(
      seed('002_157c44210deb0293.txt'),
      seed('001_cfa4b7430e42c113.txt')
    )
    const hongKong = changes.filter((change) =>
      change.key.includes('hong-kong')
    )
    expect(hongKong.map((change) => [change.kind, change.key])).toEqual([
      ['location.renamed', 'commercial/hong-kong-sar']
    ])
    expect(
      renderDiff(
        seed('002_157c44210deb0293.txt'),
        seed('001_cfa4b7430e42c113.txt')
      )
    ).toContain('- **Hong Kong** is now called **Hong Kong SAR**.')
  })

  it('should tell what the Azure China edition changed (seed 000, upstream → published)', () => {
    const upstream = seed('000_c20a30ffbdf1b6d4.txt', 'upstream')
    const published = seed('000_c20a30ffbdf1b6d4.txt', 'published')
    const kinds = diff(upstream, published).map(
      (change) => change.kind + ' ' + change.key
    )
    expect(kinds).toContain('provider.removed cologix')
    // The location's id follows the alias table (`hong-kong` or `hong-kong-sar`).
    expect(
      kinds.some((kind) =>
        kind.startsWith(
          'offering.changed commercial/china-telecom-global/hong-kong'
        )
      )
    ).toBe(true)
    const markdown = renderDiff(upstream, published)
    expect(markdown).toContain(
      '- Connectivity provider **Cologix** was removed.'
    )
    expect(markdown).toContain(
      '- **Orange** no longer offers ExpressRoute at Hong Kong and Singapore.'
    )
    expect(markdown).toContain(
      '- **China Telecom Global**: Hong Kong is now marked coming soon.'
    )
  })
})
