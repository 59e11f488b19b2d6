// The history renderers, for the command line (issue 14).
export {historyJsonName, renderHistoryDataset} from './history-dataset.js'
export {historyToJson} from './history-json.js'
export {historySchema} from './history-schema.js'
export {docsOf} from './history-states.js'
export {historyTables} from './history-tables.js'
export {
  changeOfQuery,
  editDistance,
  factMatches,
  isQuery,
  knownNamesOfDocuments,
  knownNamesOfHistory,
  matchName,
  queryClouds,
  type HistoryQuery,
  type KnownNames,
  type NameMatch,
  type QueryCloud,
  type QueryTable
} from './history-query.js'
export {
  answerQuery,
  plainText,
  queryAnswerText,
  type QueryAnswer,
  type QueryChanges
} from './history-sentences.js'
export {changelogSections} from './render-changelog.js'
export type {ChangelogSection} from './changelog.js'
