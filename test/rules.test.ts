/**
 * The rules as tested documentation, remark-lint's way: every rule of
 * `src/rules.ts` has examples (`src/rule-examples.ts`), each example is run
 * here and must make its message, and README documents every rule under a
 * heading its URL points at.
 *
 * `UPDATE=1` rewrites the rules of README's "Diagnostics" from `rules.ts`.
 */

import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {createMessage} from '../src/diagnostics.js'
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
import {root} from './helpers.js'

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
const readmePath = path.join(root, 'README.md')

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

describe('rules in README', () => {
  it('should document every rule under its own heading, in order, with its severity and description', () => {
    const readme = readFileSync(readmePath, 'utf8')
    const {start, end} = rulesList(readme)
    const expected = rulesMarkdown()
    if (process.env['UPDATE']) {
      writeFileSync(
        readmePath,
        readme.slice(0, start) + expected + readme.slice(end)
      )
      return
    }

    expect(readme.slice(start, end)).toBe(expected)
  })

  it('should point the URL of every rule at the README heading of that rule', () => {
    const anchors = headingAnchors(readFileSync(readmePath, 'utf8'))
    for (const ruleId of ruleIds) {
      const {url} = createMessage(ruleId, 'x', {line: 1, column: 1})
      const fragment = new URL(url ?? '').hash.slice(1)
      expect(anchors.get(fragment), ruleId).toBe('`' + ruleId + '`')
    }
  })
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

/** README's list of rules: one heading a rule, then its severity and description. */
function rulesMarkdown(): string {
  return ruleIds
    .map(
      (ruleId) =>
        '### `' +
        ruleId +
        '`\n\n**' +
        rules[ruleId].severity +
        '** — ' +
        rules[ruleId].description +
        '\n'
    )
    .join('\n')
}

/**
 * Where the rules are in README: from the first rule heading of
 * "Diagnostics" to the next section.
 */
function rulesList(readme: string): {start: number; end: number} {
  const section = readme.indexOf('\n## Diagnostics\n')
  expect(section).toBeGreaterThan(-1)
  const next = readme.indexOf('\n## ', section + 1)
  const end = next === -1 ? readme.length : next + 1
  const first = readme.indexOf('\n### ', section)
  const start = first === -1 || first > end ? end : first + 1
  return {start, end}
}

/**
 * The anchors README's headings get, each with the heading as written:
 * GitHub's slugs (github-slugger: the text lowercased, punctuation but `-`
 * and `_` removed, spaces as `-`, a repeated slug numbered), which npm's
 * README pages use too.
 *
 * Note: npm drops HTML anchors (`<a name>`, `<a id>`) from READMEs, so
 * headings are the only anchors both sites keep.
 */
function headingAnchors(readme: string): Map<string, string> {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readme)
  const anchors = new Map<string, string>()
  const seen = new Map<string, number>()
  const visit = (node: Nodes | Root) => {
    if (node.type === 'heading') {
      const slug = toString(node)
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
        .replace(/ /g, '-')
      const count = seen.get(slug) ?? 0
      seen.set(slug, count + 1)
      const written = readme
        .slice(node.position?.start.offset, node.position?.end.offset)
        .replace(/^#+ +/, '')
      anchors.set(count === 0 ? slug : slug + '-' + count, written)
    } else if ('children' in node) {
      for (const child of node.children) visit(child)
    }
  }

  visit(tree)
  return anchors
}
