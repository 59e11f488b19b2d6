import {compareCodeUnits} from '../util/compare-code-units.js'
import {historyToJson} from './history-json.js'
import {historySchema} from './history-schema.js'
import {historyTables} from './history-tables.js'
import type {History} from './history-types.js'

/** File of the history as JSON. */
export const historyJsonName = 'history.json'
/** File of the JSON Schema of the history. */
export const historySchemaName = 'history.schema.json'

/**
 * The files `history --out` writes, as text. Pure: the same history gives
 * the same bytes (LF, fixed key and row order, no timestamps).
 *
 * @param history
 *   A history (`history`).
 * @returns
 *   File name → text, names sorted: `history.json`, `history.schema.json`,
 *   `versions.csv`, `intervals.csv` and one `<kind>-history.csv` a kind.
 */
export function renderHistoryDataset(history: History): Map<string, string> {
  const files: Array<[string, string]> = [
    [historyJsonName, historyToJson(history)],
    [historySchemaName, JSON.stringify(historySchema, null, 2) + '\n'],
    ...historyTables(history)
  ]
  return new Map(files.sort(([a], [b]) => compareCodeUnits(a, b)))
}
