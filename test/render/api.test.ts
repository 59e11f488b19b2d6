import {describe, expect, it} from 'vitest'
import * as historyExports from '../../src/render/history-exports.js'
import * as render from '../../src/render/index.js'
import * as reportExports from '../../src/render/report-exports.js'

describe('render API', () => {
  it('should export exactly these values', () => {
    expect(Object.keys(render).sort()).toEqual(
      [
        // What the history and report modules add, each listed there.
        ...Object.keys(historyExports),
        ...Object.keys(reportExports),
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
      ].sort()
    )
  })
})
