/**
 * Stage 5, **diff**: two models → a sorted list of typed changes.
 */

export {diff} from './diff.js'
// For render and the command line; not part of the package's API.
export {createSequenceDiff} from './diff.js'
export {mergeModels} from './merge-models.js'
export {sameInOrder} from './same-fact.js'
export {
  renamedSubjects,
  subjectCollections,
  subjectOrder,
  subjects
} from './subjects.js'
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
