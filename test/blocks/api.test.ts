import {describe, expect, it} from 'vitest'
import * as blocks from '../../src/blocks/index.js'

describe('blocks API', () => {
  it('should export exactly these values', () => {
    expect(Object.keys(blocks).sort()).toEqual([
      'blocksFromView',
      'createBlockCache',
      'rowSourceOf'
    ])
  })
})
