/**
 * What was learned of a list of names before, by its table and names: the
 * versions of a page repeat nearly all their lists, and what a repair does
 * depends on the names of a list (and, for the splits, on answers that are
 * checked again).
 *
 * Found by the list's first and last names, then compared name by name
 * with the few lists remembered under them: the rows a page repeats give back the same
 * name strings from version to version, so the comparison is mostly of
 * references, in order, where a key of the joined names would be built and
 * hashed anew, and a lookup a name would reach into a table a name.
 */

import type {NameRef} from '../extract/index.js'
import type {NameTable} from './resolve-name.js'

/** A list remembered, and what is known of it. */
interface Remembered<Facts> {
  names: readonly string[]
  facts: Facts
}

/**
 * Most lists remembered under one first and last name (a page has a dozen
 * at most): a history whose one list changes from version to version keeps
 * the latest variants, and finding a list stays a few comparisons.
 */
const mostUnderOneName = 32

/**
 * Lists of names by table, each with what was learned of it. Bounded:
 * empties past `mostNames` names or `mostCharacters` characters (of names,
 * and of what is known of them) held.
 */
export class ListMemo<Facts> {
  /** By table, first name and last name. */
  #lists = new Map<
    NameTable,
    Map<string, Map<string, Array<Remembered<Facts>>>>
  >()
  #names = 0
  #characters = 0

  constructor(
    readonly mostNames = 200_000,
    readonly mostCharacters = 2_000_000
  ) {}

  /**
   * What is known of a list.
   *
   * @param table
   *   Which kind of names the list holds.
   * @param list
   *   The list.
   */
  get(table: NameTable, list: readonly NameRef[]): Facts | undefined {
    const candidates = this.#lists
      .get(table)
      ?.get(nameAt(list, 0))
      ?.get(nameAt(list, list.length - 1))
    if (candidates === undefined) return undefined
    for (const candidate of candidates)
      if (sameNames(candidate.names, list)) return candidate.facts
    return undefined
  }

  /**
   * Remember what is known of a list (not at all when it alone is more
   * than the memo holds).
   *
   * @param table
   *   Which kind of names the list holds.
   * @param list
   *   The list.
   * @param facts
   *   What is known of it.
   * @param held
   *   Characters `facts` holds (of names it keeps, say).
   */
  set(
    table: NameTable,
    list: readonly NameRef[],
    facts: Facts,
    held: number
  ): void {
    let characters = held
    for (const entry of list) characters += entry.name.length
    if (list.length > this.mostNames || characters > this.mostCharacters) return
    if (
      this.#names + list.length > this.mostNames ||
      this.#characters + characters > this.mostCharacters
    ) {
      this.#lists.clear()
      this.#names = 0
      this.#characters = 0
    }

    let byFirstName = this.#lists.get(table)
    if (!byFirstName) {
      byFirstName = new Map()
      this.#lists.set(table, byFirstName)
    }

    const first = nameAt(list, 0)
    let byLastName = byFirstName.get(first)
    if (!byLastName) {
      byLastName = new Map()
      byFirstName.set(first, byLastName)
    }

    const last = nameAt(list, list.length - 1)
    let candidates = byLastName.get(last)
    if (!candidates) {
      candidates = []
      byLastName.set(last, candidates)
    }

    // What is learned anew of a list replaces what was known; the oldest
    // variant makes room. Names dropped stay counted until the memo empties,
    // which keeps the bound a bound.
    const known = candidates.findIndex((candidate) =>
      sameNames(candidate.names, list)
    )
    if (known !== -1) candidates.splice(known, 1)
    else if (candidates.length >= mostUnderOneName) candidates.shift()
    candidates.push({names: list.map((entry) => entry.name), facts})
    this.#names += list.length
    this.#characters += characters
  }
}

/** The name at `index` of a list (`''` past its end: an empty list). */
function nameAt(list: readonly NameRef[], index: number): string {
  return list[index]?.name ?? ''
}

/** Whether a list has the names remembered, in order. */
function sameNames(
  names: readonly string[],
  list: readonly NameRef[]
): boolean {
  if (names.length !== list.length) return false
  for (let index = 0; index < names.length; index++)
    if (names[index] !== (list[index] as NameRef).name) return false
  return true
}
