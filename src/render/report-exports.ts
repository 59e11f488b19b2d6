// The report renderers, for the command line and the report's script; not
// part of the package's API.
export {
  renderReport,
  reportElementIds,
  type ReportOptions
} from './report-page.js'
export {
  reportModel,
  type EntityKind,
  type ReportData,
  type ReportEntity,
  type ReportModel,
  type ReportModelOptions,
  type ReportOffering,
  type ReportVersionChanges,
  type WireInterval,
  type WireState
} from './report-data.js'
export {
  dropReport,
  dropStatus,
  modelSummary,
  notAPage,
  type DropReport,
  type ModelSummary
} from './report-drop.js'
export {escapeHtml, scriptCode, scriptJson} from './report-escape.js'
export {inlineHtml, inlineRuns, type InlineRun} from './report-inline.js'
export {searchKey} from './report-search.js'
export {
  countPanels,
  type CountPanel,
  type CountSeries
} from './report-counts.js'
export {dayOf, seriesStyles, timeSpan} from './report-chart.js'
