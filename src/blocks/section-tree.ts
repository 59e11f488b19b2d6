import type {Heading, Root, RootContent} from 'mdast'
import {createMessage} from '../diagnostics.js'
import type {BlockContext} from './context.js'
import {headingTitle} from './heading-title.js'
import {tabHeading, type TabHeading} from './tab-heading.js'
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

/** What the cutter holds while walking the blocks. */
interface Cutting {
  /** Shared state. */
  context: BlockContext
  /** Every section so far, in document order, the root first. */
  sections: Section[]
  /** Open sections, the root first: the last one gets the next blocks. */
  stack: [Section, ...Section[]]
  /** The open tab group, if any. */
  group: TabGroup | undefined
  /** The tab a group is in: a floor, headings inside it nest in it. */
  tab: Section | undefined
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
  const cutting: Cutting = {
    context,
    sections: [root],
    stack: [root],
    group: undefined,
    tab: undefined
  }

  for (const node of tree.children) {
    if (node.type === 'heading') {
      onBlock(node, sectionOfHeading(cutting, node))
      continue
    }

    if (node.type === 'thematicBreak' && cutting.group) {
      // The `---` ends the group; what follows belongs to the parent again.
      popTo(cutting, cutting.group.parent)
      cutting.group = undefined
      cutting.tab = undefined
    }

    top(cutting).nodes.push(node)
    onBlock(node, top(cutting))
  }

  if (cutting.group) {
    context.messages.push(
      createMessage(
        'unterminated-tab-group',
        'Unexpected end of file in tab group `' +
          cutting.group.label +
          '`, expected a `---` line; the group ends at the end of the file',
        context.toRawPoint(context.text.length)
      )
    )
  }

  return {root, sections: cutting.sections}
}

/**
 * Open the section of a heading: a tab, a heading inside a tab, or a heading
 * (which ends an open tab group that it does not belong to).
 */
function sectionOfHeading(cutting: Cutting, node: Heading): Section {
  const tab = tabHeading(node)

  if (cutting.group) {
    const inGroup = sectionInGroup(cutting, cutting.group, node, tab)
    if (inGroup) return inGroup
  }

  const {stack} = cutting
  while (top(cutting).kind !== 'root' && top(cutting).depth >= node.depth)
    stack.pop()

  if (tab) {
    cutting.group = {parent: top(cutting), depth: node.depth, label: tab.label}
    return openTab(cutting, node, tab)
  }

  return open(cutting, node, 'heading', headingTitle(node))
}

/**
 * Open the section of a heading in a tab group: the next tab, or a heading
 * deeper than the group's parent, nested in the tab. Any other heading ends
 * the group without a `---` (`unterminated-tab-group`).
 *
 * @returns
 *   The section, or `undefined` when the heading ended the group.
 */
function sectionInGroup(
  cutting: Cutting,
  group: TabGroup,
  node: Heading,
  tab: TabHeading | null
): Section | undefined {
  const limit = group.parent.kind === 'root' ? group.depth : group.parent.depth

  if (tab && node.depth === group.depth) {
    popTo(cutting, group.parent)
    return openTab(cutting, node, tab)
  }

  if (!tab && node.depth > limit) {
    const {stack} = cutting
    while (top(cutting) !== cutting.tab && top(cutting).depth >= node.depth)
      stack.pop()
    return open(cutting, node, 'heading', headingTitle(node))
  }

  const {context} = cutting
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
  cutting.group = undefined
  cutting.tab = undefined
  return undefined
}

/** The open section that gets the next blocks. */
function top(cutting: Cutting): Section {
  const {stack} = cutting
  return stack[stack.length - 1] ?? stack[0]
}

/** Close the sections opened after `section`. */
function popTo(cutting: Cutting, section: Section) {
  const {stack} = cutting
  while (stack.length > 1 && top(cutting) !== section) stack.pop()
}

/** Open the section of a tab heading, checking its id against its label. */
function openTab(cutting: Cutting, node: Heading, tab: TabHeading): Section {
  cutting.tab = open(cutting, node, 'tab', {
    title: tab.label,
    anchor: tab.anchor
  })
  checkTab(cutting.context, node, tab)
  return cutting.tab
}

/** Open a section as the last child of the open one. */
function open(
  cutting: Cutting,
  node: Heading,
  kind: 'heading' | 'tab',
  {title, anchor}: {title: string; anchor: string | null}
): Section {
  const parent = top(cutting)
  const section: Section = {
    kind,
    depth: node.depth,
    title,
    anchor,
    path: [...parent.path, title],
    position: cutting.context.toRawPoint(startOf(node)),
    node,
    nodes: [],
    children: []
  }
  parent.children.push(section)
  cutting.sections.push(section)
  cutting.stack.push(section)
  return section
}

/** Report a tab whose id is not the one its label gives (`tab-label-mismatch`). */
function checkTab(context: BlockContext, node: Heading, tab: TabHeading) {
  if (tab.id === tab.expectedId) return
  context.messages.push(
    createMessage(
      'tab-label-mismatch',
      'Unexpected tab id `' +
        tab.id +
        '` for label `' +
        tab.label +
        '`, expected `' +
        tab.expectedId +
        '`; the label is the title of the tab',
      context.toRawPoint(startOf(node))
    )
  )
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
