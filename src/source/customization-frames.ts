/**
 * The stack of comments the customization matcher has opened and not yet
 * closed, with the frames of each class indexed.
 */

import type {Range, RegionKind} from './customization-markers.js'

/**
 * A frame of the matcher's stack: an opened comment. `comment` is an
 * ordinary comment nested in a deleted or outer comment; `outer` is an
 * ordinary comment that holds markers.
 */
export interface Frame {
  kind: RegionKind | 'comment' | 'outer'
  open: Range
  contentStart: number
  nested: boolean
  /** Whether the frame is inside an outer comment (its `<!--` and `-->` must leave the views). */
  inOuter: boolean
  /** Where the first comment opened inside this one starts, if any. */
  firstNested: number | undefined
  /** Where the last comment that ended inside this one ends: an unclosed frame never ends before it. */
  innerEnd: number
}

/**
 * Open frames, innermost last, and indices into them of the frames of each
 * class, innermost last: a closer finds what it closes without walking the
 * stack, so hostile runs of unmatched markers stay linear.
 */
export interface FrameStack {
  frames: Frame[]
  /** Deleted frames: `nested` means inside one of those. */
  deletedAt: number[]
  /** Outer frames: other comments nest inside deleted and outer ones; keep markers do not pair across them. */
  outerAt: number[]
  /** Keep frames. */
  keepAt: number[]
  /** Frames a `-->` closes: all but keep frames. */
  closableAt: number[]
}

/** An empty stack. */
export function createFrameStack(): FrameStack {
  return {frames: [], deletedAt: [], outerAt: [], keepAt: [], closableAt: []}
}

/**
 * Open a frame.
 *
 * @param stack
 *   The open frames.
 * @param frame
 *   The frame opened.
 */
export function pushFrame(stack: FrameStack, frame: Frame) {
  const index = stack.frames.length
  if (frame.kind === 'deleted') stack.deletedAt.push(index)
  if (frame.kind === 'outer') stack.outerAt.push(index)
  if (frame.kind === 'keep') stack.keepAt.push(index)
  else stack.closableAt.push(index)
  stack.frames.push(frame)
}

/**
 * Pop the innermost frame: it is the innermost of its class too.
 *
 * @param stack
 *   The open frames; not empty.
 */
export function popFrame(stack: FrameStack): Frame {
  const frame = stack.frames.pop() as Frame
  if (frame.kind === 'deleted') stack.deletedAt.pop()
  if (frame.kind === 'outer') stack.outerAt.pop()
  if (frame.kind === 'keep') stack.keepAt.pop()
  else stack.closableAt.pop()
  return frame
}

/**
 * Index of the innermost frame of a class.
 *
 * @param indices
 *   The indices of a class (`deletedAt`, `outerAt`, `keepAt`, `closableAt`).
 * @returns
 *   The index in `frames`, `-1` when no frame of the class is open.
 */
export function innermostOf(indices: readonly number[]): number {
  return indices[indices.length - 1] ?? -1
}
