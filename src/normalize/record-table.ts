/**
 * Records of one collection keyed by the fields the collection is sorted
 * by, one map a field (cloud, then provider, then location), so that
 *
 * - a record is found without a key string joined, hashed and compared
 *   anew for every mention: ids and clouds are strings made once, whose
 *   hashes are known;
 * - the sorted collection is the keys of each map sorted in turn: a few
 *   hundred short, distinct ids at a level, never the whole collection
 *   compared field by field.
 */

/** A map of one field: the records, or the maps of the next field. */
type Level = Map<string, unknown>

/** Records by one, two or three fields. */
export class RecordTable<T> {
  readonly #root: Level = new Map()

  /**
   * @param fields
   *   How many fields key a record (every call passes as many).
   */
  constructor(readonly fields: 1 | 2 | 3) {}

  /**
   * The record of a key.
   *
   * @param first
   *   First field.
   * @param second
   *   Second field, when the table has two or three.
   * @param third
   *   Third field, when the table has three.
   */
  get(first: string, second?: string, third?: string): T | undefined {
    let level: Level | undefined = this.#root
    if (this.fields > 1) level = level.get(first) as Level | undefined
    if (this.fields > 2) level = level?.get(second as string) as Level
    return level?.get(this.#last(first, second, third)) as T | undefined
  }

  /**
   * Set the record of a key.
   *
   * @param record
   *   The record.
   * @param first
   *   First field.
   * @param second
   *   Second field, when the table has two or three.
   * @param third
   *   Third field, when the table has three.
   */
  set(record: T, first: string, second?: string, third?: string): void {
    let level = this.#root
    if (this.fields > 1) level = levelOf(level, first)
    if (this.fields > 2) level = levelOf(level, second as string)
    level.set(this.#last(first, second, third), record)
  }

  /** The last field of a key. */
  #last(first: string, second?: string, third?: string): string {
    return (
      this.fields === 1 ? first : this.fields === 2 ? second : third
    ) as string
  }

  /** Every record, in no order that means anything. */
  values(): T[] {
    return this.#collect(false)
  }

  /**
   * Every record sorted by its fields, first field first, each in
   * code-unit order (the default order of `sort` for strings).
   */
  sorted(): T[] {
    return this.#collect(true)
  }

  #collect(sort: boolean): T[] {
    const records: unknown[] = []
    collect(this.#root, this.fields, sort, records)
    return records as T[]
  }
}

/**
 * Whether the keys of a level were set in code-unit order (as a page lists
 * its providers and locations, mostly): nothing to sort.
 */
function inOrder(level: Level): boolean {
  let previous: string | undefined
  for (const key of level.keys()) {
    if (previous !== undefined && !(previous < key)) return false
    previous = key
  }

  return true
}

/**
 * Push the records under `level` (`depth` fields above them) onto
 * `records`, each level's keys sorted when `sort` is set. A level of one key
 * (a provider at one location, say) or set in order needs no sorting.
 */
function collect(
  level: Level,
  depth: number,
  sort: boolean,
  records: unknown[]
): void {
  if (!sort || level.size < 2 || inOrder(level)) {
    for (const value of level.values()) {
      if (depth === 1) records.push(value)
      else collect(value as Level, depth - 1, sort, records)
    }

    return
  }

  for (const key of Array.from(level.keys()).sort()) {
    const value = level.get(key)
    if (depth === 1) records.push(value)
    else collect(value as Level, depth - 1, sort, records)
  }
}

/** The map of the next field under `key`, made when missing. */
function levelOf(level: Level, key: string): Level {
  let next = level.get(key) as Level | undefined
  if (!next) {
    next = new Map()
    level.set(key, next)
  }

  return next
}
