import {describe, expect, it} from 'vitest'
import * as render from '../../src/render/index.js'

describe('render API', () => {
  it('should export exactly these values', () => {
    expect(Object.keys(render).sort()).toEqual([
      'changelogSchema',
      'renderChangelog',
      'renderDiff'
    ])
  })
})
