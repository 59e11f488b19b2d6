/**
 * Stage 5, **diff**: two models → a sorted list of typed changes.
 */

export {diff} from './diff.js'
export {
  compareDocuments,
  type Disagreement,
  type DisagreementKind,
  type DisagreementSide
} from './compare-documents.js'
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
} from './change.js'
