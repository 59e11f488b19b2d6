// The history renderers, for the command line (issue 14).
export {renderHistoryDataset} from './history-dataset.js'
export {historyToJson} from './history-json.js'
export {historySchema} from './history-schema.js'
export {docsOf} from './history-states.js'
export {historyTables} from './history-tables.js'
