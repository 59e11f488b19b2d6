export type * from './model.js'
export {parse, type ParseOptions} from './parse.js'
export {views, type Views} from './views.js'
export {diff} from './diff/index.js'
export type {
  Addition,
  Change,
  ChangeAction,
  ChangeField,
  ChangeKind,
  Modification,
  NamedSubject,
  Removal,
  Rename,
  Subject,
  SubjectRecords
} from './diff/index.js'
export {renderChangelog, renderDiff} from './render/index.js'
export type {
  Changelog,
  ChangelogPoint,
  ChangelogVersion,
  RenderOptions
} from './render/index.js'
