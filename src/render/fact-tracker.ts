import type {FactInterval, FactState, HistoryFact} from './history-types.js'

/** A state as one version states it: `null` where it does not say. */
export type StatedState = {
  [Field in keyof FactState]-?: FactState[Field] | null
}

/** What one stating version says of one fact. */
export interface Observation {
  /** The fact without its intervals. */
  fact: Omit<HistoryFact, 'intervals'>
  /** Its state as this version states it (`null` fields: not stated). */
  state: StatedState | undefined
}

/** A fact and its intervals so far. */
interface Tracked {
  fact: Omit<HistoryFact, 'intervals'>
  intervals: FactInterval[]
  /** The interval still open, if the fact was stated by the last stating version. */
  open: {
    interval: FactInterval
    last: number
    carried: FactState | undefined
  } | null
}

/**
 * Build the intervals of the facts of one kind, one stating version at a
 * time: a version that states the kind's facet says of every fact whether
 * it is there; a version that does not is never given (it says nothing).
 */
export class FactTracker {
  readonly #facts = new Map<string, Tracked>()
  /** Keys of the facts whose interval is open. */
  readonly #open = new Set<string>()

  /**
   * Record what a version that states the facet says.
   *
   * @param index
   *   Index of the version.
   * @param observations
   *   Every fact of the kind it states, by key.
   */
  observe(index: number, observations: ReadonlyMap<string, Observation>): void {
    for (const key of this.#open) {
      if (!observations.has(key)) {
        const tracked = this.#facts.get(key) as Tracked
        close(tracked)
        this.#open.delete(key)
      }
    }

    for (const [key, observation] of observations) {
      let tracked = this.#facts.get(key)
      if (tracked === undefined) {
        tracked = {fact: observation.fact, intervals: [], open: null}
        this.#facts.set(key, tracked)
      }

      tracked.fact = observation.fact
      extend(tracked, index, observation)
      this.#open.add(key)
    }
  }

  /** The facts, each with its intervals; open intervals have `to: null`. */
  facts(): HistoryFact[] {
    return [...this.#facts.values()].map((tracked) => ({
      ...tracked.fact,
      intervals: tracked.intervals
    }))
  }
}

/** Close the open interval of a fact at the last version that stated it. */
function close(tracked: Tracked): void {
  if (tracked.open) tracked.open.interval.to = tracked.open.last
  tracked.open = null
}

/** Add a version that states the fact: the open interval, or a new one. */
function extend(tracked: Tracked, index: number, observation: Observation) {
  const open = tracked.open
  if (open) {
    const carried = carry(open.carried, observation.state)
    if (sameState(open.carried, carried)) {
      open.last = index
      if (carried !== open.carried) {
        open.carried = carried
        if (carried !== undefined) open.interval.state = {...carried}
      }

      addName(open.interval, observation.fact.name)
      return
    }

    close(tracked)
    start(tracked, index, observation.fact.name, carried)
    return
  }

  start(
    tracked,
    index,
    observation.fact.name,
    carry(undefined, observation.state)
  )
}

function start(
  tracked: Tracked,
  index: number,
  name: string,
  state: FactState | undefined
): void {
  const interval: FactInterval = {from: index, to: null, names: [name]}
  if (state !== undefined) interval.state = {...state}
  tracked.intervals.push(interval)
  tracked.open = {interval, last: index, carried: state}
}

function addName(interval: FactInterval, name: string): void {
  if (!interval.names.includes(name)) interval.names.push(name)
}

/**
 * The state after a version: the fields it states, and for those it leaves
 * `null`, what the versions before it stated.
 */
function carry(
  before: FactState | undefined,
  stated: StatedState | undefined
): FactState | undefined {
  if (stated === undefined) return before
  // Most versions restate what the one before said: the state is then the
  // one carried, not a copy of it (a dense history has a thousand versions
  // of a thousand facts).
  if (before !== undefined && restates(before, stated)) return before
  const state: FactState = {...before}
  for (const [field, value] of Object.entries(stated)) {
    if (value !== null && value !== undefined)
      (state as Record<string, unknown>)[field] = value
  }

  return state
}

/** Whether every field a version states has the value already carried. */
function restates(before: FactState, stated: StatedState): boolean {
  for (const field in stated) {
    const value = stated[field as keyof StatedState]
    if (
      value !== null &&
      value !== undefined &&
      (before as Record<string, unknown>)[field] !== value
    )
      return false
  }

  return true
}

/**
 * Whether two states agree on every field both state: a field one of them
 * leaves unstated is no disagreement (what a page starts stating fills the
 * state in, it does not start another).
 */
function sameState(
  left: FactState | undefined,
  right: FactState | undefined
): boolean {
  if (left === undefined || right === undefined) return true
  return stateFields.every(
    (field) =>
      left[field] === undefined ||
      right[field] === undefined ||
      left[field] === right[field]
  )
}

const stateFields = ['comingSoon', 'azure', 'office365'] as const
