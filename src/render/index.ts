/**
 * Stage 6, **render** (changelog part): version pairs → Keep a Changelog
 * Markdown or JSON.
 */

export {changelogSchema} from './changelog-schema.js'
// For the command line; not part of the package's API.
export {changeSentences} from './change-sentences.js'
export {changelogToJson} from './changelog-to-json.js'
export {changelogToMarkdown} from './changelog-to-markdown.js'
export {datasetTables} from './dataset-tables.js'
export {modelsName, renderDataset, singleModelName} from './dataset.js'
export {disagreementMessages} from './disagreement-messages.js'
export {ndjsonFromModel} from './ndjson.js'
export {orderDocuments} from './order-documents.js'
export {versionPairs} from './version-pairs.js'
export {renderChangelog} from './render-changelog.js'
export {renderDiff} from './render-diff.js'
export type {
  Changelog,
  ChangelogOptions,
  ChangelogPoint,
  ChangelogVersion,
  RenderOptions
} from './changelog.js'
export {history} from './history.js'
export type {
  FactInterval,
  FactKind,
  FactState,
  History,
  HistoryFact,
  HistoryOptions,
  HistoryVersion
} from './history-types.js'
export * from './history-exports.js'
export * from './report-exports.js'
