/**
 * The inline Markdown of a changelog sentence (what `change-sentences.ts`
 * writes: `**bold**`, `` `code` ``, `<https://…>` and backslash escapes) as
 * runs of text, for the report: rendered to HTML at render time, and to DOM
 * nodes in the page (no `innerHTML`).
 */

import {escapeHtml} from './report-escape.js'

/** A run of text with its marks. */
export interface InlineRun {
  /** The text, unescaped. */
  text: string
  /** Inside `**…**`. */
  strong?: true
  /** A code span. */
  code?: true
  /** An autolink (`http:` or `https:` only). */
  href?: string
}

/** What `escapeMarkdown` escapes. */
const escapable = new Set(['\\', '`', '*', '_', '[', ']', '<', '>'])
const autolink = /<(https?:\/\/[^<>\s]*)>/y
const codeSpan = /`([^`]*)`/y

/** A match of a sticky pattern at `index`, or `null`. */
function matchAt(
  pattern: RegExp,
  text: string,
  index: number
): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(text)
}

/**
 * Read the inline Markdown of one sentence.
 *
 * @param markdown
 *   A sentence as the Markdown changelog writes it.
 */
export function inlineRuns(markdown: string): InlineRun[] {
  const runs: InlineRun[] = []
  let text = ''
  let strong = false
  const flush = () => {
    if (text !== '') runs.push(strong ? {text, strong: true} : {text})
    text = ''
  }

  let index = 0
  while (index < markdown.length) {
    const character = markdown.charAt(index)
    const next = markdown.charAt(index + 1)
    if (character === '\\' && escapable.has(next)) {
      text += next
      index += 2
      continue
    }

    if (character === '*' && next === '*') {
      flush()
      strong = !strong
      index += 2
      continue
    }

    const pattern =
      character === '<' ? autolink : character === '`' ? codeSpan : undefined
    const match = pattern ? matchAt(pattern, markdown, index) : null
    if (match) {
      flush()
      const value = match[1] as string
      const run: InlineRun =
        character === '<'
          ? {text: value, href: value}
          : {text: value, code: true}
      runs.push(strong ? {...run, strong: true} : run)
      index += match[0].length
      continue
    }

    text += character
    index++
  }

  flush()
  return runs
}

/**
 * Inline Markdown of one sentence as HTML, every text escaped.
 *
 * @param markdown
 *   A sentence as the Markdown changelog writes it.
 */
export function inlineHtml(markdown: string): string {
  return inlineRuns(markdown)
    .map((run) => {
      let html = escapeHtml(run.text)
      if (run.code) html = '<code>' + html + '</code>'
      if (run.href !== undefined)
        html = '<a href="' + escapeHtml(run.href) + '">' + html + '</a>'
      return run.strong ? '<strong>' + html + '</strong>' : html
    })
    .join('')
}
