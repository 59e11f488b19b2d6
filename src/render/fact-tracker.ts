import type {Status} from '../model.js'
import type {FactInterval, FactState, HistoryFact} from './history-types.js'

/** A fact without its intervals: what it is about and its name. */
export type FactFields = Omit<HistoryFact, 'intervals'>

/** A state as one version states it: `null` where it does not say. */
export type StatedState = {
  [Field in keyof FactState]-?: FactState[Field] | null
}

/**
 * Where a reader gives each fact of the kind a version states: its key, its
 * name in this version, the record it is read from (the newest one
 * describes the fact), and, for a kind with a state, the fields this
 * version states (`null` or `undefined`: not stated). Given as arguments,
 * not an object: a dense history states a thousand facts a thousand times.
 */
export type FactSink<Source> = (
  key: string,
  name: string,
  source: Source,
  comingSoon?: boolean | null,
  azure?: Status | null,
  office365?: Status | null
) => void

/** How a tracker reads and describes the facts of its kind. */
export interface TrackedKind<Source> {
  /** Whether the kind's facts have a state (locations, offerings, region locations). */
  stateful: boolean
  /** The fact its newest record and name describe. */
  describe: (source: Source, key: string, name: string) => FactFields
}

/** A fact and its intervals so far. */
interface Tracked<Source> {
  key: string
  /** The newest record and name that state the fact (the last, of several in one version). */
  source: Source
  name: string
  /**
   * What the newest version to state the fact states of its state (one
   * object a fact, rewritten by each version: never carried itself);
   * `undefined` for a kind without a state.
   */
  stated: StatedState | undefined
  /** Index of the newest version that states the fact (`-1`: none yet). */
  seen: number
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
export class FactTracker<Source> {
  readonly #kind: TrackedKind<Source>
  readonly #facts = new Map<string, Tracked<Source>>()
  /** The facts whose interval is open: those the last stating version stated. */
  #open: Array<Tracked<Source>> = []
  /** The facts the version being read states, in order of first mention. */
  #stated: Array<Tracked<Source>> = []
  /** Index of the version being read. */
  #index = -1

  constructor(kind: TrackedKind<Source>) {
    this.#kind = kind
  }

  /**
   * Record what a version that states the facet says.
   *
   * @param index
   *   Index of the version (each version once, in history order).
   * @param read
   *   Gives every fact of the kind the version states to `see`; a fact
   *   given twice counts once, as its last mention says.
   */
  observe(index: number, read: (see: FactSink<Source>) => void): void {
    this.#index = index
    read(this.#see)

    const stated = this.#stated
    // Stated by the version before, not by this one: the interval ends.
    for (const tracked of this.#open) if (tracked.seen !== index) close(tracked)
    for (const tracked of stated) extend(tracked, index)

    // Every fact this version states is now open, and only those.
    const reused = this.#open
    reused.length = 0
    this.#open = stated
    this.#stated = reused
  }

  /** The facts, each with its intervals; open intervals have `to: null`. */
  facts(): HistoryFact[] {
    return [...this.#facts.values()].map((tracked) => ({
      ...this.#kind.describe(tracked.source, tracked.key, tracked.name),
      intervals: tracked.intervals
    }))
  }

  readonly #see: FactSink<Source> = (
    key,
    name,
    source,
    comingSoon,
    azure,
    office365
  ) => {
    let tracked = this.#facts.get(key)
    if (tracked === undefined) {
      tracked = {
        key,
        source,
        name,
        stated: this.#kind.stateful
          ? {comingSoon: null, azure: null, office365: null}
          : undefined,
        seen: -1,
        intervals: [],
        open: null
      }
      this.#facts.set(key, tracked)
    }

    if (tracked.seen !== this.#index) {
      tracked.seen = this.#index
      this.#stated.push(tracked)
    }

    tracked.source = source
    tracked.name = name
    const stated = tracked.stated
    if (stated !== undefined) {
      stated.comingSoon = comingSoon ?? null
      stated.azure = azure ?? null
      stated.office365 = office365 ?? null
    }
  }
}

/** Close the open interval of a fact at the last version that stated it. */
function close(tracked: Tracked<unknown>): void {
  if (tracked.open) tracked.open.interval.to = tracked.open.last
  tracked.open = null
}

/** Add a version that states the fact: the open interval, or a new one. */
function extend(tracked: Tracked<unknown>, index: number) {
  const open = tracked.open
  if (open) {
    const carried = carry(open.carried, tracked.stated)
    if (sameState(open.carried, carried)) {
      open.last = index
      if (carried !== open.carried) {
        open.carried = carried
        if (carried !== undefined) open.interval.state = {...carried}
      }

      addName(open.interval, tracked.name)
      return
    }

    close(tracked)
    start(tracked, index, carried)
    return
  }

  start(tracked, index, carry(undefined, tracked.stated))
}

function start(
  tracked: Tracked<unknown>,
  index: number,
  state: FactState | undefined
): void {
  const interval: FactInterval = {from: index, to: null, names: [tracked.name]}
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
  // A state carried unchanged (most versions) agrees with itself.
  if (left === undefined || right === undefined || left === right) return true
  return stateFields.every(
    (field) =>
      left[field] === undefined ||
      right[field] === undefined ||
      left[field] === right[field]
  )
}

const stateFields = ['comingSoon', 'azure', 'office365'] as const
