import type {PhrasingContent, RootContent, Text} from 'mdast'
import type {Point} from 'unist'
import type {ParagraphPlan} from './plan-paragraph.js'
import {rebase} from './rebase.js'

/**
 * The nodes of a planned paragraph, positioned in the document: the heading
 * as parsed, and the paragraph made of its lines as each parsed alone,
 * joined as the parser joins them. A line ending is text: it ends the text
 * before it, or starts a text node of its own, and the text that starts the
 * next line goes on in that node.
 *
 * @param plan
 *   The plan, its requests answered and its lines reading alone
 *   (`paragraphReadsAlone`, which the caller checks).
 * @returns
 *   The nodes, or `undefined` when the parse did not come out as planned.
 */
export function paragraphNodes(plan: ParagraphPlan): RootContent[] | undefined {
  const {piece, lines} = plan
  const nodes: RootContent[] = []
  if (plan.heading) {
    const heading = plan.heading.nodes
    if (!heading || heading.length !== 1 || heading[0]?.type !== 'heading')
      return undefined
    nodes.push(rebase(heading[0], piece.start, piece.line, 0))
  }

  const children: PhrasingContent[] = []
  let start: Point | undefined
  let end: Point | undefined
  let previousEnd = 0

  for (const [index, line] of lines.entries()) {
    const paragraph = line.request.nodes?.[0]
    if (paragraph?.type !== 'paragraph' || !paragraph.position) return undefined
    const offset = piece.start + line.start
    const lineIndex = piece.line + line.line
    start ??= {line: lineIndex + 1, column: 1, offset}
    end = {
      line: lineIndex + 1,
      column: paragraph.position.end.column,
      offset: offset + (paragraph.position.end.offset ?? 0)
    }

    let joined: Text | undefined
    if (index > 0) {
      const lineStart: Point = {line: lineIndex + 1, column: 1, offset}
      const tail = children.at(-1)
      if (tail?.type === 'text' && tail.position) {
        tail.value += '\n'
        tail.position.end = lineStart
        joined = tail
      } else {
        const previous = lines[index - 1]
        joined = {
          type: 'text',
          value: '\n',
          position: {
            start: {
              line: lineIndex,
              column: (previous?.text.length ?? 0) + 1,
              offset: previousEnd
            },
            end: lineStart
          }
        }
        children.push(joined)
      }
    }

    for (const [childIndex, child] of paragraph.children.entries()) {
      const node = rebase(child, offset, lineIndex, 0)
      if (childIndex === 0 && joined && node.type === 'text') {
        joined.value += node.value
        if (joined.position && node.position)
          joined.position.end = node.position.end
      } else {
        children.push(node)
      }
    }

    previousEnd = offset + line.text.length
  }

  if (!start || !end) return undefined
  nodes.push({type: 'paragraph', children, position: {start, end}})
  return nodes
}
