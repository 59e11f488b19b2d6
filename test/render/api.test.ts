import {describe, expect, it} from 'vitest'
import * as render from '../../src/render/index.js'

describe('render API', () => {
  it('should export exactly these values', () => {
    expect(Object.keys(render).sort()).toEqual([
      // For the command line; the package entry does not export these.
      'changeSentences',
      'changelogSchema',
      'changelogToJson',
      'changelogToMarkdown',
      'datasetTables',
      'disagreementMessages',
      'history',
      'ndjsonFromModel',
      'orderDocuments',
      'renderChangelog',
      'renderDataset',
      'renderDiff',
      'versionPairs'
    ])
  })
})
