/**
 * Body rows that know what they were read from (`rowSourceOf`): the rows
 * of a planned table on a page whose raw points move with its rows.
 */

import type {RawPoint} from '../diagnostics.js'
import type {Cell, Row} from './types.js'

/** What a body row of a planned table was read from. */
export interface RowSource {
  /** The row's line, without its line ending. */
  text: string
  /**
   * A key that tells what the row reads as, wherever it is: its line, the
   * page's definitions when the line may refer to one, its table's column
   * count.
   */
  key: string
}

/**
 * A row with its source, its cells made when first read: a row that the
 * next stage read before (`extract`'s row memo) needs only its position.
 *
 * Note: a class with private fields, not an object literal with accessors
 * and a `WeakMap` from rows to sources: every version of a page makes a
 * row for each of its hundreds of rows, and this makes them about 5 times
 * cheaper. `cells` is still an own enumerable property, as on any row.
 */
class SourcedRow implements Row {
  declare cells: Cell[]
  declare position: RawPoint
  readonly #source: RowSource
  #cells: Cell[] | undefined
  #makeCells: (() => Cell[]) | undefined

  /** The accessor of `cells`: one for all rows. */
  static readonly #cellsProperty: PropertyDescriptor = {
    get(this: SourcedRow) {
      if (this.#cells === undefined) {
        this.#cells = (this.#makeCells as () => Cell[])()
        this.#makeCells = undefined
      }

      return this.#cells
    },
    set(this: SourcedRow, value: Cell[]) {
      this.#cells = value
      this.#makeCells = undefined
    },
    enumerable: true,
    configurable: true
  }

  constructor(
    cells: Cell[] | (() => Cell[]),
    position: RawPoint,
    source: RowSource
  ) {
    if (typeof cells === 'function') this.#makeCells = cells
    else this.#cells = cells
    this.#source = source
    // Before `position`: keys in the order of any other row.
    Object.defineProperty(this, 'cells', SourcedRow.#cellsProperty)
    this.position = position
  }

  /** The source of a row made here, if it is one. */
  static sourceOf(row: Row): RowSource | undefined {
    return #source in row ? row.#source : undefined
  }
}

/**
 * A row that knows what it was read from.
 *
 * @param cells
 *   Its cells, or how to make them when they are first read.
 * @param position
 *   Where the row starts in the raw file.
 * @param source
 *   What it was read from.
 */
export function sourcedRow(
  cells: Cell[] | (() => Cell[]),
  position: RawPoint,
  source: RowSource
): Row {
  return new SourcedRow(cells, position, source)
}

/**
 * What a body row was read from, when it was read from a planned table of a
 * view whose raw points move with the row (no customization): a row with
 * the same key reads the same anywhere, every point of it on its line, at
 * the same columns, its offsets moved by as much as its start.
 *
 * @param row
 *   A row of a table of `Blocks.tables`.
 */
export function rowSourceOf(row: Row): RowSource | undefined {
  return SourcedRow.sourceOf(row)
}
