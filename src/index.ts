export type * from './model.js'
export {parse, type ParseOptions} from './parse.js'
export {createBlockCache, type BlockCache} from './blocks/index.js'
export {views, type Views} from './views.js'
export {
  compareDocuments,
  diff,
  type Addition,
  type Change,
  type ChangeAction,
  type ChangeField,
  type ChangeKind,
  type Disagreement,
  type DisagreementKind,
  type DisagreementSide,
  type Modification,
  type NamedSubject,
  type Removal,
  type Rename,
  type Subject,
  type SubjectRecords
} from './diff/index.js'
export {history, renderChangelog, renderDiff} from './render/index.js'
export type {
  Changelog,
  ChangelogOptions,
  ChangelogPoint,
  ChangelogVersion,
  FactInterval,
  FactKind,
  FactState,
  History,
  HistoryFact,
  HistoryOptions,
  HistoryVersion,
  RenderOptions
} from './render/index.js'
