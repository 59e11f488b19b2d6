import type {Change, ChangeAction} from './change.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import {subjectOrder} from './subjects.js'

/** Actions in report order. */
const actionOrder: readonly ChangeAction[] = [
  'added',
  'removed',
  'renamed',
  'changed'
]

/**
 * Order of changes in `diff` output: by kind (subjects in `subjectOrder`,
 * then added, removed, renamed, changed), then by key.
 *
 * @param left
 *   A change.
 * @param right
 *   Another change.
 */
export function compareChanges(left: Change, right: Change): number {
  return (
    kindRank(left.kind) - kindRank(right.kind) ||
    compareCodeUnits(left.key, right.key)
  )
}

/** Position of a kind in report order. */
function kindRank(kind: Change['kind']): number {
  const [subject, action] = kind.split('.') as [string, ChangeAction]
  return (
    subjectOrder.indexOf(subject as (typeof subjectOrder)[number]) *
      actionOrder.length +
    actionOrder.indexOf(action)
  )
}
