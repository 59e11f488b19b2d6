// The history renderers, for the command line (issue 14).
export {docsOf} from './history-states.js'
export {historyToJson} from './history-json.js'
