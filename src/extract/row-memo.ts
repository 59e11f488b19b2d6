/**
 * Rows read before: the versions of a page repeat nearly all their rows,
 * moved up or down by the rows added or removed above them. A row that
 * reads the same anywhere (`rowSourceOf`: a row of a laid-out table of a
 * page without customization) and is read in the same table context reads
 * into the same records and diagnostics, at points moved with the row: they
 * are remembered relative to the row and given back moved to where it is.
 */

import type {VFileMessage} from 'vfile-message'
import {rowSourceOf, type Row} from '../blocks/index.js'
import {createMessage, type RawPoint} from '../diagnostics.js'
import type {RuleId} from '../rules.js'
import type {Extraction} from './types.js'

/** The collections a row of a table may add to. */
const collections = [
  'regions',
  'locations',
  'providers',
  'exchanges',
  'systemIntegrators',
  'datacenterProviders'
] as const

type Collection = (typeof collections)[number]

/** A point of a remembered row, relative to the row's start. */
class RelativePoint {
  constructor(
    readonly lines: number,
    readonly column: number,
    readonly offset: number
  ) {}
}

/** What reading a row added, relative to the row. */
interface Remembered {
  /** The records added to each collection, in order. */
  records: Array<[Collection, unknown[]]>
  /** The diagnostics, in order. */
  messages: Array<{ruleId: RuleId; reason: string; place: RelativePoint}>
  /** Whether an object is in the records twice (copies keep that). */
  shared: boolean
  /**
   * The records last given back, and where: a row above the line a version
   * changed is where it was in the version before.
   */
  last?: {start: RawPoint; records: Array<[Collection, unknown[]]>}
}

/**
 * Rows by their table context, then key; bounded. Two levels, not one key
 * joined: a joined key is a new string for every row of every version,
 * copied and hashed whole before each lookup.
 */
const remembered = new Map<string, Map<string, Remembered>>()
let rememberedRows = 0
let rememberedCharacters = 0
const mostRows = 20_000
const mostCharacters = 4_000_000

/**
 * Read the rows of a table with `read`, one by one; a row read before in
 * the same `context` (the table's kind, roles and cloud: everything the
 * reading takes besides the row) is not read again.
 *
 * `read` must add only to the collections of `collections` and to the
 * messages of `extraction` (with `createMessage`), and read nothing of the
 * row but its cells; it returns `false` when it did something else (the
 * row is then not remembered).
 *
 * @param rows
 *   The rows.
 * @param context
 *   What the reading of a row takes besides the row, as a string.
 * @param extraction
 *   Where records and diagnostics go.
 * @param read
 *   Read one row into `extraction`.
 */
export function readRows(
  rows: readonly Row[],
  context: string,
  extraction: Extraction,
  read: (row: Row) => unknown
) {
  let inContext = remembered.get(context)
  for (const row of rows) {
    const source = rowSourceOf(row)
    if (!source) {
      read(row)
      continue
    }

    const key = source.key
    const known = inContext?.get(key)
    if (known) {
      replay(known, row.position, extraction)
      continue
    }

    const counts = collections.map((name) => extraction[name].length)
    const messageCount = extraction.messages.length
    if (read(row) === false) continue
    const result = remember(extraction, counts, messageCount, row.position)
    if (result) inContext = store(context, inContext, key, result)
  }
}

/**
 * Remember a row read in `context`; returns the rows of the context (a new
 * map when the memo was full and cleared, or had none).
 */
function store(
  context: string,
  inContext: Map<string, Remembered> | undefined,
  key: string,
  result: Remembered
): Map<string, Remembered> | undefined {
  const characters = context.length + key.length
  if (characters > mostCharacters) return inContext
  if (
    rememberedRows >= mostRows ||
    rememberedCharacters + characters > mostCharacters
  ) {
    remembered.clear()
    rememberedRows = 0
    rememberedCharacters = 0
    inContext = undefined
  }

  if (!inContext) {
    inContext = new Map()
    remembered.set(context, inContext)
    rememberedCharacters += context.length
  }

  if (!inContext.has(key)) rememberedRows++
  inContext.set(key, result)
  rememberedCharacters += key.length
  return inContext
}

/**
 * What reading a row added, relative to `start`; `undefined` when it cannot
 * be given back as it was (a point off the row's line, a message other than
 * `createMessage` makes).
 */
function remember(
  extraction: Extraction,
  counts: readonly number[],
  messageCount: number,
  start: RawPoint
): Remembered | undefined {
  const result: Remembered = {records: [], messages: [], shared: false}
  const copies = new Map<object, unknown>()
  let movable = true
  const relative = (point: RawPoint): RelativePoint => {
    if (point.line !== start.line) movable = false
    return new RelativePoint(
      point.line - start.line,
      point.column,
      point.offset - start.offset
    )
  }

  for (const [index, name] of collections.entries()) {
    const added = extraction[name].slice(counts[index])
    if (added.length > 0)
      result.records.push([name, copy(added, copies, relative)])
  }

  let held = 0
  for (const [, records] of result.records) held += countObjects(records)
  result.shared = held !== copies.size

  for (const message of extraction.messages.slice(messageCount)) {
    const place = message.place
    if (
      !isPoint(place) ||
      message.cause !== undefined ||
      message.ancestors !== undefined ||
      message.note !== undefined ||
      typeof message.ruleId !== 'string'
    ) {
      return undefined
    }

    result.messages.push({
      ruleId: message.ruleId as RuleId,
      reason: message.reason,
      place: relative(place)
    })
  }

  return movable ? result : undefined
}

/** Give back what reading a row added, moved to the row at `start`. */
function replay(known: Remembered, start: RawPoint, extraction: Extraction) {
  const place = (point: RelativePoint): RawPoint => ({
    line: start.line + point.lines,
    column: point.column,
    offset: start.offset + point.offset
  })

  if (known.shared) {
    const copies = new Map<object, unknown>()
    for (const [name, records] of known.records) {
      const target = extraction[name] as unknown[]
      for (const record of copy(records, copies, (point) => point, place))
        target.push(record)
    }
  } else if (known.last && samePoint(known.last.start, start)) {
    // At the same place: the same records (no stage changes what it is
    // given; `normalize` repairs lists into copies).
    for (const [name, records] of known.last.records) {
      const target = extraction[name] as unknown[]
      for (const record of records) target.push(record)
    }
  } else {
    const given: Array<[Collection, unknown[]]> = []
    for (const [name, records] of known.records) {
      const target = extraction[name] as unknown[]
      const copies: unknown[] = []
      for (const record of records) {
        const copy = moved(record, place)
        target.push(copy)
        copies.push(copy)
      }

      given.push([name, copies])
    }

    known.last = {start, records: given}
  }

  const messages: VFileMessage[] = extraction.messages
  for (const message of known.messages)
    messages.push(
      createMessage(message.ruleId, message.reason, place(message.place))
    )
}

/** Whether two raw points are one. */
function samePoint(a: RawPoint, b: RawPoint): boolean {
  return a.line === b.line && a.column === b.column && a.offset === b.offset
}

/**
 * A copy of a remembered value that holds no object twice, its relative
 * points given back by `place`.
 */
function moved(value: unknown, place: (point: RelativePoint) => RawPoint) {
  if (typeof value !== 'object' || value === null) return value
  if (value instanceof RelativePoint) return place(value)
  if (Array.isArray(value)) {
    const list: unknown[] = []
    for (const item of value) list.push(moved(item, place))
    return list
  }

  const object: Record<string, unknown> = {}
  for (const key in value)
    object[key] = moved((value as Record<string, unknown>)[key], place)
  return object
}

/** How many objects (arrays, objects, points) `value` holds, counting each time it is held. */
function countObjects(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0
  let count = 1
  if (Array.isArray(value)) {
    for (const item of value) count += countObjects(item)
  } else if (!(value instanceof RelativePoint)) {
    for (const key in value)
      count += countObjects((value as Record<string, unknown>)[key])
  }

  return count
}

/**
 * A deep copy of plain data (arrays, plain objects, primitives), shared
 * objects copied once; raw points turned by `point` (when remembering) and
 * relative points by `relative` (when giving back).
 */
function copy<T>(
  value: T,
  copies: Map<object, unknown>,
  point: (point: RawPoint) => unknown,
  relative?: (point: RelativePoint) => RawPoint
): T {
  if (typeof value !== 'object' || value === null) return value
  const done = copies.get(value)
  if (done !== undefined) return done as T
  let result: unknown
  if (value instanceof RelativePoint) {
    result = relative ? relative(value) : value
  } else if (Array.isArray(value)) {
    const list: unknown[] = []
    copies.set(value, list)
    for (const item of value) list.push(copy(item, copies, point, relative))
    return list as T
  } else if (isPoint(value)) {
    result = point(value)
  } else {
    const object: Record<string, unknown> = {}
    copies.set(value, object)
    for (const key of Object.keys(value)) {
      object[key] = copy(
        (value as Record<string, unknown>)[key],
        copies,
        point,
        relative
      )
    }

    return object as T
  }

  copies.set(value, result)
  return result as T
}

/** Whether a value is a raw point: `line`, `column` and `offset`, nothing else. */
function isPoint(value: unknown): value is RawPoint {
  if (typeof value !== 'object' || value === null) return false
  const keys = Object.keys(value)
  return (
    keys.length === 3 &&
    typeof (value as RawPoint).line === 'number' &&
    typeof (value as RawPoint).column === 'number' &&
    typeof (value as RawPoint).offset === 'number'
  )
}
