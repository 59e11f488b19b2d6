import {describe, expect, it} from 'vitest'
import * as render from '../../src/render/index.js'

describe('render API', () => {
  it('should export exactly these values', () => {
    // For the command line and the report's script; the package entry
    // exports only `history`, `renderChangelog` and `renderDiff` of these.
    expect(Object.keys(render).sort()).toEqual([
      'answerQuery',
      'changeOfQuery',
      'changeSentences',
      'changelogSchema',
      'changelogSections',
      'changelogToJson',
      'changelogToMarkdown',
      'countPanels',
      'datasetTables',
      'dayOf',
      'disagreementMessages',
      'docsOf',
      'dropReport',
      'dropStatus',
      'editDistance',
      'escapeHtml',
      'factMatches',
      'history',
      'historyJsonName',
      'historySchema',
      'historyTables',
      'historyToJson',
      'inlineHtml',
      'inlineRuns',
      'isQuery',
      'knownNamesOfDocuments',
      'knownNamesOfHistory',
      'matchName',
      'modelSummary',
      'modelsName',
      'ndjsonFromModel',
      'notAPage',
      'orderDocuments',
      'plainText',
      'queryAnswerText',
      'queryClouds',
      'renderChangelog',
      'renderDataset',
      'renderDiff',
      'renderHistoryDataset',
      'renderReport',
      'reportElementIds',
      'reportModel',
      'scriptCode',
      'scriptJson',
      'searchKey',
      'seriesStyles',
      'singleModelName',
      'timeSpan',
      'versionPairs'
    ])
  })
})
