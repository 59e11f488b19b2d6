/**
 * The rules as tested documentation, remark-lint's way: every rule of
 * `src/rules.ts` has examples (`src/rule-examples.ts`), and each example is
 * run here and must make its message.
 */

import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {compareDocuments} from '../src/diff/index.js'
import {parse} from '../src/index.js'
import type {Severity, ViewName} from '../src/model.js'
import {disagreementMessages} from '../src/render/index.js'
import {
  ruleExamples,
  type ExamplePage,
  type RuleExample
} from '../src/rule-examples.js'
import {rules, type RuleId} from '../src/rules.js'

/** A message as an example states it. */
interface Reported {
  ruleId: string | undefined
  severity: Severity
  reason: string
  line: number | undefined
  column: number | undefined
}

const ruleIds = Object.keys(rules) as RuleId[]
const views: readonly ViewName[] = ['published', 'upstream']

describe('rule examples', () => {
  it('should give every rule an example, in the order of `rules.ts`', () => {
    expect(Object.keys(ruleExamples)).toEqual(ruleIds)
  })

  for (const ruleId of ruleIds) {
    for (const [index, example] of ruleExamples[ruleId].entries()) {
      it('should report `' + ruleId + '` (example ' + (index + 1) + ')', () => {
        const expected: Reported = {
          ruleId,
          severity: rules[ruleId].severity,
          reason: example.reason,
          line: example.place.line,
          column: example.place.column
        }
        for (const view of views) {
          const found = reported(example, view)
          if (example.views && !example.views.includes(view)) {
            expect(found, view).not.toContainEqual(expected)
          } else {
            expect(found, view).toContainEqual(expected)
          }
        }
      })
    }
  }
})

/**
 * What an example makes in one view: the diagnostics of its page, or the
 * messages `compare` places in the first of its two pages.
 */
function reported(example: RuleExample, view: ViewName): Reported[] {
  const [page, other] = example.pages
  const model = parse(textOf(page), {view, path: page.path})
  if (!other) {
    return model.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.ruleId,
      severity: diagnostic.severity,
      reason: diagnostic.message,
      line: diagnostic.line,
      column: diagnostic.column
    }))
  }

  const models = [model, parse(textOf(other), {view, path: other.path})]
  const messages = disagreementMessages(compareDocuments(models), models)
  return (messages.get(page.path ?? '<stdin>') ?? []).map((message) => ({
    ruleId: message.ruleId,
    severity: severityOf(message),
    reason: message.reason,
    line: message.line,
    column: message.column
  }))
}

/** The raw text of an example page, generated when it is a recipe. */
function textOf(page: ExamplePage): string {
  const {text} = page
  if (typeof text === 'string') return text
  return (
    (text.before ?? '') + text.repeat.repeat(text.times) + (text.after ?? '')
  )
}

/** vfile's convention: `fatal: true` is an error, `false` a warning, unset an info. */
function severityOf(message: VFileMessage): Severity {
  return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'
}
