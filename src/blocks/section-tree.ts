import type {Heading, Root, RootContent} from 'mdast'
import {createMessage} from '../diagnostics.js'
import type {BlockContext} from './context.js'
import {headingTitle} from './heading-title.js'
import {tabHeading} from './tab-heading.js'
import type {Section} from './types.js'

/** An open DocFX tab group. */
interface TabGroup {
  /** Section the tabs are children of. */
  parent: Section
  /** Depth of the tab headings. */
  depth: number
  /** Label of the first tab, to name the group in messages. */
  label: string
}

/** Sections of a tree. */
export interface SectionTree {
  /** The root section. */
  root: Section
  /** Every section in document order, the root first. */
  sections: Section[]
}

/**
 * Cut the top-level blocks of a tree into sections: one per heading, DocFX
 * tab headings as child sections of the heading above them.
 *
 * A tab group runs from its first tab heading to a `---` line (a thematic
 * break) or a heading of depth ≤ its parent's; only the `---` is a proper
 * end. Headings deeper than the parent inside a tab nest in the tab.
 *
 * Note: nested tab groups are read as consecutive groups; no page has them.
 *
 * @param tree
 *   Tree of the view.
 * @param context
 *   Shared state; tab diagnostics are added to its messages.
 * @param onBlock
 *   Called with every top-level node and its section, in order.
 */
export function sectionTree(
  tree: Root,
  context: BlockContext,
  onBlock: (node: RootContent, section: Section) => void
): SectionTree {
  const root: Section = {
    kind: 'root',
    depth: 0,
    title: '',
    anchor: null,
    path: [],
    position: context.toRawPoint(0),
    node: null,
    nodes: [],
    children: []
  }
  const sections: Section[] = [root]
  const stack: Section[] = [root]
  let group: TabGroup | undefined
  // The tab a group is in is a floor: headings inside it nest in it.
  let tab: Section | undefined

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const tabInfo = tabHeading(node)

      if (group) {
        const limit =
          group.parent.kind === 'root' ? group.depth : group.parent.depth

        if (tabInfo && node.depth === group.depth) {
          popTo(group.parent)
          tab = open(node, 'tab', tabInfo.label, tabInfo.anchor)
          checkTab(node, tabInfo.label, tabInfo.id, tabInfo.expectedId)
          onBlock(node, tab)
          continue
        }

        if (!tabInfo && node.depth > limit) {
          while (top() !== tab && top().depth >= node.depth) stack.pop()
          onBlock(node, open(node, 'heading'))
          continue
        }

        context.messages.push(
          createMessage(
            'unterminated-tab-group',
            'Unexpected heading `' +
              headingTitle(node).title +
              '` in tab group `' +
              group.label +
              '`, expected a `---` line first; the group ends at the heading',
            context.toRawPoint(startOf(node))
          )
        )
        group = undefined
        tab = undefined
      }

      while (top().kind !== 'root' && top().depth >= node.depth) stack.pop()

      if (tabInfo) {
        group = {parent: top(), depth: node.depth, label: tabInfo.label}
        tab = open(node, 'tab', tabInfo.label, tabInfo.anchor)
        checkTab(node, tabInfo.label, tabInfo.id, tabInfo.expectedId)
        onBlock(node, tab)
      } else {
        onBlock(node, open(node, 'heading'))
      }

      continue
    }

    if (node.type === 'thematicBreak' && group) {
      // The `---` ends the group; what follows belongs to the parent again.
      popTo(group.parent)
      group = undefined
      tab = undefined
    }

    top().nodes.push(node)
    onBlock(node, top())
  }

  if (group) {
    context.messages.push(
      createMessage(
        'unterminated-tab-group',
        'Unexpected end of file in tab group `' +
          group.label +
          '`, expected a `---` line; the group ends at the end of the file',
        context.toRawPoint(context.text.length)
      )
    )
  }

  return {root, sections}

  function top(): Section {
    return stack[stack.length - 1] as Section
  }

  function popTo(section: Section) {
    while (stack.length > 1 && top() !== section) stack.pop()
  }

  function open(
    node: Heading,
    kind: 'heading' | 'tab',
    tabTitle?: string,
    tabAnchor?: string
  ): Section {
    const parent = top()
    const {title, anchor} =
      kind === 'tab'
        ? {title: tabTitle ?? '', anchor: tabAnchor ?? null}
        : headingTitle(node)
    const section: Section = {
      kind,
      depth: node.depth,
      title,
      anchor,
      path: [...parent.path, title],
      position: context.toRawPoint(startOf(node)),
      node,
      nodes: [],
      children: []
    }
    parent.children.push(section)
    sections.push(section)
    stack.push(section)
    return section
  }

  function checkTab(
    node: Heading,
    label: string,
    id: string,
    expectedId: string
  ) {
    if (id === expectedId) return
    context.messages.push(
      createMessage(
        'tab-label-mismatch',
        'Unexpected tab id `' +
          id +
          '` for label `' +
          label +
          '`, expected `' +
          expectedId +
          '`; the label is the title of the tab',
        context.toRawPoint(startOf(node))
      )
    )
  }
}

/**
 * Start offset of a node in the view.
 *
 * @param node
 *   Node parsed from the view (so it has a position).
 */
function startOf(node: RootContent): number {
  return node.position?.start.offset ?? 0
}
