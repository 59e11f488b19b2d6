/**
 * Read cells of a table into name references, turning what the cell
 * grammar reports into diagnostics at raw positions.
 */

import type {PhrasingContent} from 'mdast'
import type {VFileMessage} from 'vfile-message'
import type {Blocks, Cell} from '../blocks/index.js'
import {createMessage, type RawPoint} from '../diagnostics.js'
import {entryFromCell} from './cell-entry.js'
import type {CellProblem, CellValue} from './cell-problem.js'
import {
  segmentsFromCell,
  type CellNote,
  type ListEntry
} from './cell-segments.js'
import type {NameRef} from './types.js'

/** Reads cells of one view, collecting diagnostics. */
export interface CellReader {
  /** The names of a list cell; `null` for an empty or absent cell. */
  list: (cell: Cell | undefined) => NameRef[] | null
  /** The one name of a key cell; `null` for an empty or absent cell. */
  key: (cell: Cell | undefined) => NameRef | null
  /** A single value of a cell, its problem reported. */
  value: <T>(
    cell: Cell | undefined,
    read: (children: PhrasingContent[]) => CellValue<T>
  ) => T | null
  /** Where an offset of the view is in the raw file. */
  place: (offset: number | null, fallback: RawPoint) => RawPoint
}

/**
 * Create a cell reader for one view.
 *
 * @param blocks
 *   The view's blocks (for positions).
 * @param messages
 *   Where to put diagnostics.
 */
export function createCellReader(
  blocks: Blocks,
  messages: VFileMessage[]
): CellReader {
  const place = (offset: number | null, fallback: RawPoint) =>
    offset === null ? fallback : blocks.toRawPoint(offset)

  return {
    list(cell) {
      if (!cell) return null
      // A note in a list cell (`Equinix*` … `*New ExpressRoute circuits are
      // no longer supported …`) states a fact the model has no field for:
      // say so rather than drop it.
      // One pass of the list grammar gives both the notes and the names.
      const segments = segmentsFromCell(cell.children)
      for (const note of segments.notes) {
        messages.push(noteMessage(note, place(note.offset, cell.position)))
      }

      return segments.empty
        ? null
        : segments.entries.map((entry) => reference(entry, cell.position))
    },
    key(cell) {
      if (!cell) return null
      const entry = entryFromCell(cell.children)
      return entry ? reference(entry, cell.position) : null
    },
    value(cell, read) {
      if (!cell) return null
      const {value, problem} = read(cell.children)
      if (problem) report(problem, cell.position)
      return value
    },
    place
  }

  function reference(entry: ListEntry, fallback: RawPoint): NameRef {
    for (const problem of entry.problems) report(problem, fallback)
    return {
      name: entry.name,
      url: entry.url,
      comingSoon: entry.comingSoon,
      position: place(entry.offset, fallback)
    }
  }

  function report(problem: CellProblem, fallback: RawPoint) {
    messages.push(
      createMessage(
        problem.ruleId,
        problem.reason,
        place(problem.offset, fallback)
      )
    )
  }
}

/** The `cell-note` diagnostic of a note in a list cell. */
function noteMessage(note: CellNote, point: RawPoint): VFileMessage {
  return createMessage(
    'cell-note',
    'Unexpected note `' +
      note.marker +
      '` in a list cell: “' +
      note.text +
      '”; kept as this diagnostic only',
    point
  )
}
