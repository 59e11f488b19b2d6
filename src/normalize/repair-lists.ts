/**
 * Repair the lists of a page before they become records: a comma that split
 * a company name, a missing comma that ran two names together, a name twice
 * in one cell, a label before the first name. Every repair is a diagnostic.
 *
 * Names are never guessed: a run-together entry is split only when both
 * halves are names the same page states on their own, or, in a script
 * written without spaces (`墨尔本悉尼`), names the page or the alias table
 * knows.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../diagnostics.js'
import type {Extraction, NameRef} from '../extract/index.js'
import {ListMemo} from './list-memo.js'
import {createRepeatMessage} from './repeat-message.js'
import {
  aliasTableKnows,
  canonicalOfFolded,
  foldedCanonical,
  foldedWordCount,
  foldName,
  resolveName,
  type NameTable
} from './resolve-name.js'

/**
 * Legal-form suffixes: after a comma they end the company name before them
 * (`Airgate Technologies, Inc.`), and a name never starts with one.
 */
const legalSuffix =
  /^(inc\.?|incorporated|ltd\.?|llc|l\.l\.c\.|gmbh|s\.?a\.?|b\.?v\.?|corp\.?|co\.|plc|limited|pty\.? ltd\.?)(?:\s+(.+))?$/i

/** A label before the first name of a list: `All US Regions - East US`. */
const listLabel = /^(all\s.*?\sregions)\s*[-–]\s*(.+)$/i

/**
 * Most words (folded) of either half of a run-together entry. The longest
 * name of the real pages has 11 (`NTT DOCOMO BUSINESS - Flexible
 * Interconnect (NTT Communications - Flexible Interconnect)`); bounding the
 * halves keeps a cell of thousands of words, which is no name, linear.
 */
const longestName = 16

/**
 * Most characters of either half of a run-together entry in a script
 * written without spaces: the longest such name of the alias table has 9
 * (`中国香港特别行政区`). Bounds the splits tried to a few hundred lookups.
 */
const longestUnspacedName = 16

/** A letter of a script written without spaces between words. */
const unspacedLetter =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u

/**
 * Repair every list of an extraction.
 *
 * @param extraction
 *   Records of one view (not changed).
 * @returns
 *   The extraction with its lists repaired (the records whose lists stay as
 *   they were are its own), and the diagnostics of the repairs.
 */
export function repairLists(extraction: Extraction): {
  extraction: Extraction
  messages: VFileMessage[]
} {
  const messages: VFileMessage[] = []
  // The folded canonical names of each list the joins left as it was.
  const folded = new Map<NameRef[], readonly string[]>()
  // First the commas that split names, so the names the page states (which
  // decide the run-together splits) are whole.
  const joined = eachList(extraction, (list, table) => {
    const clean = cleanJoins.get(table, list)
    if (clean) {
      folded.set(list, clean)
      return list
    }

    const count = messages.length
    const result = joinSplitNames(list, table, messages)
    if (isUnchanged(list, result, messages, count)) {
      const names = list.map((entry) => foldedCanonical(table, entry.name))
      let characters = 0
      for (const name of names) characters += name.length
      cleanJoins.set(table, list, names, characters)
      folded.set(list, names)
    }

    return result
  })
  const known = knownNames(joined, folded)

  const repaired = eachList(joined, (list, table) => {
    const clean = cleanSplits.get(table, list)
    if (clean && sameAnswers(clean.asked, known[table]))
      return withoutDuplicates(list, clean.duplicates, messages)
    // The questions the splits ask about the page's names, and the
    // answers: what was clean is clean while the answers stay the same.
    const questions: Array<string | boolean> = []
    let characters = 0
    const recorded: KnownNames = {
      has(name) {
        const answer = known[table].has(name)
        questions.push(name, answer)
        characters += name.length
        return answer
      }
    }
    const count = messages.length
    const split = list.flatMap((entry, index) =>
      // A translation joins the last two names of a list with its “and”.
      splitRunTogether(
        entry,
        table,
        recorded,
        messages,
        index === list.length - 1
      )
    )
    if (!isUnchanged(list, split, messages, count))
      return dropDuplicates(split, table, messages)
    // Which names repeat an earlier one depends on the names alone.
    const duplicates: number[] = []
    const result = dropDuplicates(split, table, messages, duplicates)
    cleanSplits.set(table, list, {asked: questions, duplicates}, characters)
    return result
  })
  return {extraction: repaired, messages}
}

/** Folded canonical names the page states, as the splits ask about them. */
interface KnownNames {
  has(name: string): boolean
}

/** Lists the splits leave as they are. */
interface CleanSplits {
  /**
   * What the splits asked of the names the page states, as `[name, answer,
   * …]`: the list is clean while the answers stay the same.
   */
  asked: ReadonlyArray<string | boolean>
  /**
   * The entries that repeat an earlier one, as `[index, index of the
   * first, …]`: dropped, and reported.
   */
  duplicates: readonly number[]
}

/**
 * Lists the joins leave as they are, with the folded canonical names of
 * their entries (which `knownNames` collects): what the joins do depends on
 * the names of a list alone (the commas of split names, labels, legal
 * forms).
 */
const cleanJoins = new ListMemo<readonly string[]>()

/**
 * Lists the splits leave as they are, with what they asked of the names
 * the page states and the repetitions they hold.
 */
const cleanSplits = new ListMemo<CleanSplits>()

/** Whether a repair left a list as it was, and said nothing. */
function isUnchanged(
  list: NameRef[],
  result: NameRef[],
  messages: VFileMessage[],
  count: number
): boolean {
  return (
    messages.length === count &&
    result.length === list.length &&
    result.every((entry, index) => entry === list[index])
  )
}

/** Whether the names the page states answer as they did. */
function sameAnswers(
  asked: ReadonlyArray<string | boolean>,
  known: ReadonlySet<string>
): boolean {
  for (let index = 0; index < asked.length; index += 2) {
    if (known.has(asked[index] as string) !== asked[index + 1]) return false
  }

  return true
}

/**
 * The extraction with every list replaced by what `transform` makes of it:
 * a record whose lists all stay is the record itself, one whose list changes
 * is a copy (records are not changed in place: the row memo of `extract`
 * gives the same records back to the next version of the page).
 */
function eachList(
  extraction: Extraction,
  transform: (list: NameRef[], table: NameTable) => NameRef[]
): Extraction {
  // Rows that state one fact for several locations share one list: repair
  // (and report) it once.
  const done = new Map<NameRef[], NameRef[]>()
  const change = (list: NameRef[], table: NameTable) => {
    let result = done.get(list)
    if (!result) {
      result = transform(list, table)
      done.set(list, result)
    }

    return result
  }

  const regions = mapped(extraction.regions, (record) => {
    const azureRegions = change(record.azureRegions, 'azureRegions')
    const locations = change(record.locations, 'locations')
    return azureRegions === record.azureRegions &&
      locations === record.locations
      ? record
      : {...record, azureRegions, locations}
  })
  const locations = mapped(extraction.locations, (record) => {
    const providers = record.providers && change(record.providers, 'providers')
    return providers === record.providers ? record : {...record, providers}
  })
  const providers = mapped(extraction.providers, (record) => {
    const locations = record.locations && change(record.locations, 'locations')
    return locations === record.locations ? record : {...record, locations}
  })
  const exchanges = mapped(extraction.exchanges, (record) => {
    const exchanges = change(record.exchanges, 'providers')
    const providers = change(record.providers, 'providers')
    return exchanges === record.exchanges && providers === record.providers
      ? record
      : {...record, exchanges, providers}
  })
  const datacenterProviders = mapped(
    extraction.datacenterProviders,
    (record) => {
      const exchanges = change(record.exchanges, 'providers')
      return exchanges === record.exchanges ? record : {...record, exchanges}
    }
  )
  return {
    ...extraction,
    regions,
    locations,
    providers,
    exchanges,
    datacenterProviders
  }
}

/** `records.map(change)`, or `records` itself when every record stays. */
function mapped<T>(records: T[], change: (record: T) => T): T[] {
  let result: T[] | undefined
  for (const [index, record] of records.entries()) {
    const next = change(record)
    if (next !== record) result ??= records.slice(0, index)
    if (result) result.push(next)
  }

  return result ?? records
}

/**
 * Folded canonical names the page states, by table.
 *
 * @param folded
 *   The folded canonical names of lists, where known.
 */
function knownNames(
  extraction: Extraction,
  folded: ReadonlyMap<NameRef[], readonly string[]>
): Record<NameTable, Set<string>> {
  const known: Record<NameTable, Set<string>> = {
    providers: new Set(),
    locations: new Set(),
    azureRegions: new Set()
  }
  const add = (table: NameTable, reference: NameRef) =>
    known[table].add(foldedCanonical(table, reference.name))
  const addList = (table: NameTable, list: NameRef[]) => {
    const names = folded.get(list)
    if (names) for (const name of names) known[table].add(name)
    else for (const reference of list) add(table, reference)
  }

  for (const record of extraction.regions) {
    addList('azureRegions', record.azureRegions)
    addList('locations', record.locations)
  }

  for (const record of extraction.locations) {
    add('locations', record.location)
    if (record.providers) addList('providers', record.providers)
  }

  for (const record of extraction.providers) {
    add('providers', record.provider)
    if (record.locations) addList('locations', record.locations)
  }

  for (const record of extraction.exchanges) {
    add('locations', record.location)
    addList('providers', record.providers)
  }

  return known
}

/** Labels before a list, and names a comma split. */
function joinSplitNames(
  list: NameRef[],
  table: NameTable,
  messages: VFileMessage[]
): NameRef[] {
  const result: NameRef[] = []

  for (const [index, written] of list.entries()) {
    const entry = index === 0 ? withoutListLabel(written, messages) : written
    const previous = result.at(-1)
    const joined = previous
      ? (joinNameWithComma(previous, entry, table, messages) ??
        joinLegalSuffix(previous, entry, messages))
      : undefined
    // What the comma split replaces the entry before it.
    if (joined) result.splice(-1, 1, ...joined)
    else result.push(entry)
  }

  return result
}

/** `All US Regions - East US` → `East US`: a label before the first name. */
function withoutListLabel(entry: NameRef, messages: VFileMessage[]): NameRef {
  const label = listLabel.exec(entry.name)
  if (!label) return entry
  messages.push(
    createMessage(
      'list-label',
      'Unexpected label `' +
        label[1] +
        ' -` before the first name, expected a name; read `' +
        label[2] +
        '`',
      entry.position
    )
  )
  return {...entry, name: label[2] as string}
}

/**
 * `Washington, D.C.`: two entries that the alias table knows as one name
 * with its comma.
 *
 * @returns
 *   The one name, or `undefined` when the comma separates two names.
 */
function joinNameWithComma(
  previous: NameRef,
  entry: NameRef,
  table: NameTable,
  messages: VFileMessage[]
): NameRef[] | undefined {
  // No alias is longer; a cell of thousands of names stays linear.
  if (previous.name.length + entry.name.length >= 200) return undefined
  const joined = previous.name + ', ' + entry.name
  if (!isAlias(table, joined)) return undefined
  messages.push(commaInNameMessage(joined, previous))
  return [
    {
      ...previous,
      name: joined,
      comingSoon: previous.comingSoon || entry.comingSoon
    }
  ]
}

/**
 * `Airgate Technologies, Inc. Aptum Technologies`: the comma split a
 * company name before its legal form, and a missing comma ran the next
 * name on.
 *
 * @returns
 *   The company name, and the name run on if any; `undefined` when the
 *   entry does not start with a legal form.
 */
function joinLegalSuffix(
  previous: NameRef,
  entry: NameRef,
  messages: VFileMessage[]
): NameRef[] | undefined {
  const suffix = legalSuffix.exec(entry.name)
  if (!suffix) return undefined
  const joined = previous.name + ', ' + (suffix[1] as string)
  messages.push(commaInNameMessage(joined, previous))
  const company = {...previous, name: joined}
  const runOn = suffix[2]
  if (!runOn) return [company]
  const shift = entry.name.lastIndexOf(runOn)
  const next = {
    ...entry,
    name: runOn,
    position: {
      ...entry.position,
      column: entry.position.column + shift,
      offset: entry.position.offset + shift
    }
  }
  messages.push(
    createMessage(
      'list-missing-comma',
      'Unexpected `' +
        runOn +
        '` after `' +
        joined +
        '`, expected a comma between them; read two names',
      next.position
    )
  )
  return [company, next]
}

/** A comma that split one name. */
function commaInNameMessage(joined: string, at: NameRef): VFileMessage {
  return createMessage(
    'list-comma-in-name',
    'Unexpected comma inside `' + joined + '`, expected a name; read one name',
    at.position
  )
}

/**
 * `IX Reach Megaport` → `IX Reach` + `Megaport`, when exactly one split
 * gives two names the page states and the whole is no name it knows.
 *
 * Linear in the words of the entry: a half is a name of at most
 * `longestName` words, so only an entry of at most twice as many is tried,
 * and a half is looked up by its folded words, never built and memoized.
 */
function splitRunTogether(
  entry: NameRef,
  table: NameTable,
  known: KnownNames,
  messages: VFileMessage[],
  lastOfList: boolean
): NameRef[] {
  const words = entry.name.split(' ')
  if (words.length < 2) {
    return unspacedLetter.test(entry.name)
      ? splitUnspaced(entry, table, known, messages)
      : [entry]
  }

  const resolved = resolveName(table, entry.name)
  if (resolved.spellings.length > 0 || resolved.canonical !== resolved.name)
    return [entry]

  const {folded, before} = foldWords(words)
  if ((before.at(-1) as number) > 2 * longestName) return [entry]
  const splits = knownSplits(words, folded, before, table, known)
  if (splits.length === 0) {
    return lastOfList
      ? splitAtConjunction(entry, words, table, known, before, messages)
      : [entry]
  }

  if (splits.length !== 1) return [entry]
  const [head, tail] = splits[0] as [string, string]
  messages.push(
    createMessage(
      'list-missing-comma',
      'Unexpected `' +
        entry.name +
        '`, expected a comma between `' +
        head +
        '` and `' +
        tail +
        '`; read two names',
      entry.position
    )
  )
  return twoNames(entry, {...entry, name: head}, tail, head.length + 1)
}

/** The words of an entry folded, and where the folded words split. */
interface FoldedWords {
  /** Each word, folded (empty when it folds to nothing). */
  folded: string[]
  /** `before[at]`: how many folded words lie before the split at `at`. */
  before: number[]
}

/**
 * Fold an entry word by word: folding works so (a space ends every step of
 * it), so the folded half of a split is the join of its folded words.
 */
function foldWords(words: ReadonlyArray<string>): FoldedWords {
  const folded = words.map((word) => foldName(word))
  const before = [0]
  for (const word of folded)
    before.push((before.at(-1) as number) + foldedWordCount(word))
  return {folded, before}
}

/**
 * The splits of an entry into two names the page states, at most two (more
 * than one is no repair); a tail that is a legal form is no name of its own
 * (`Airgate Technologies Inc.` is one name without its comma).
 */
function knownSplits(
  words: ReadonlyArray<string>,
  folded: ReadonlyArray<string>,
  before: ReadonlyArray<number>,
  table: NameTable,
  known: KnownNames
): Array<[string, string]> {
  const total = before.at(-1) as number
  // Halves with the same number of folded words are the same folded name
  // (only words that fold to nothing lie between them): look each up once.
  const knownHead = new Map<number, boolean>()
  const knownTail = new Map<number, boolean>()
  const isKnown = (from: number, to: number) =>
    known.has(
      canonicalOfFolded(table, folded.slice(from, to).filter(Boolean).join(' '))
    )

  const splits: Array<[string, string]> = []
  for (let at = 1; at < words.length && splits.length < 2; at++) {
    const head = before[at] as number
    if (total - head > longestName) continue
    if (head > longestName) break
    let headKnown = knownHead.get(head)
    if (headKnown === undefined)
      knownHead.set(head, (headKnown = isKnown(0, at)))
    if (!headKnown) continue
    let tailKnown = knownTail.get(head)
    if (tailKnown === undefined)
      knownTail.set(head, (tailKnown = isKnown(at, words.length)))
    if (!tailKnown) continue
    const tail = words.slice(at).join(' ')
    if (legalSuffix.test(tail)) continue
    splits.push([words.slice(0, at).join(' '), tail])
  }

  return splits
}

/**
 * A word of one to three lowercase letters: the “and” a translation put
 * between the last two names of a list (`y`, `e`, `et`, `und`, `and`, `och`).
 */
const conjunction = /^\p{Ll}{1,3}$/u

/**
 * `Bell Canada y Cologix` → `Bell Canada` + `Cologix`: a translation that
 * joined the last two names of a list with its language's “and”. Split
 * the last entry of a list (`Level 3 y Megaport` alone is a list of two) when exactly one short lowercase
 * word has a name the page states on either side; no word of any language
 * is needed. (`Curitiba de Dallas, Montreal`, a first entry, stays whole.)
 *
 * A `+` left before the word marks the first name (`Colt+ e e-shelter`).
 * Linear: the same bounds as the split without a word.
 */
function splitAtConjunction(
  entry: NameRef,
  words: ReadonlyArray<string>,
  table: NameTable,
  known: KnownNames,
  before: ReadonlyArray<number>,
  messages: VFileMessage[]
): NameRef[] {
  // A half is a name the page states on its own, or one the alias table
  // knows (a list may join a name it writes nowhere alone: `NEXTDC y
  // Telstra Corporation`).
  const isName = (name: string) =>
    known.has(foldedCanonical(table, name)) || aliasTableKnows(table, name)
  const total = before.at(-1) as number
  const splits: number[] = []
  for (let at = 1; at < words.length - 1 && splits.length < 2; at++) {
    if (!conjunction.test(words[at] as string)) continue
    if (
      (before[at] as number) > longestName ||
      total - (before[at + 1] as number) > longestName
    )
      continue
    const head = words
      .slice(0, at)
      .join(' ')
      .replace(/\s*\+$/, '')
    if (isName(head) && isName(words.slice(at + 1).join(' '))) splits.push(at)
  }

  if (splits.length !== 1) return [entry]
  const at = splits[0] as number
  const written = words.slice(0, at).join(' ')
  const head = written.replace(/\s*\+$/, '')
  const tail = words.slice(at + 1).join(' ')
  messages.push(
    createMessage(
      'list-missing-comma',
      'Unexpected `' +
        entry.name +
        '`, expected a comma between `' +
        head +
        '` and `' +
        tail +
        '` (the list joins them with `' +
        words[at] +
        '`); read two names',
      entry.position
    )
  )
  const tailOffset = written.length + 1 + (words[at] as string).length + 1
  return twoNames(
    entry,
    {...entry, name: head, comingSoon: head !== written},
    tail,
    tailOffset
  )
}

/**
 * `墨尔本悉尼` → `墨尔本` + `悉尼`: the missing comma of a script written
 * without spaces, where no space marks where a name may end. Split when
 * exactly one cut gives two halves that are each a name the page states or
 * a name the alias table knows (a translation), and the whole is neither.
 *
 * Bounded: an entry of more than twice `longestUnspacedName` characters is
 * no pair of names and is left whole.
 */
function splitUnspaced(
  entry: NameRef,
  table: NameTable,
  known: KnownNames,
  messages: VFileMessage[]
): NameRef[] {
  const characters = [...entry.name]
  if (characters.length < 2 || characters.length > 2 * longestUnspacedName)
    return [entry]
  const isKnown = (name: string) => {
    const folded = foldName(name)
    const canonical = canonicalOfFolded(table, folded)
    return canonical !== folded || known.has(canonical)
  }

  // The whole is on the page's list of names too (it is this entry): only
  // the alias table can say it is one name.
  if (isAlias(table, entry.name)) return [entry]
  const splits: Array<[string, string]> = []
  for (let at = 1; at < characters.length && splits.length < 2; at++) {
    const head = characters.slice(0, at).join('')
    const tail = characters.slice(at).join('')
    if (isKnown(head) && isKnown(tail)) splits.push([head, tail])
  }

  if (splits.length !== 1) return [entry]
  const [head, tail] = splits[0] as [string, string]
  messages.push(
    createMessage(
      'list-missing-comma',
      'Unexpected `' +
        entry.name +
        '`, expected a separator between `' +
        head +
        '` and `' +
        tail +
        '`; read two names',
      entry.position
    )
  )
  return twoNames(
    entry,
    {...entry, name: head, comingSoon: false},
    tail,
    head.length
  )
}

/**
 * The two names a split reads from one entry: the first as given, the
 * second `tail` at `tailOffset` characters into the entry.
 *
 * Note: the offset is counted in the cleaned name, so it is exact for a
 * plain cell and lands a few characters early after markup inside it
 * (`**Bell Canada** y Cologix`).
 */
function twoNames(
  entry: NameRef,
  head: NameRef,
  tail: string,
  tailOffset: number
): NameRef[] {
  const position = {
    ...entry.position,
    column: entry.position.column + tailOffset,
    offset: entry.position.offset + tailOffset
  }
  return [head, {...entry, name: tail, position}]
}

/** Whether the alias table has `name` as a written form (`Washington, D.C.`, `孟买`). */
function isAlias(table: NameTable, name: string): boolean {
  const folded = foldName(name)
  return canonicalOfFolded(table, folded) !== folded
}

/**
 * A name twice in one list: keep the first, the cause of the report.
 *
 * @param duplicates
 *   Gets `index, index of the first` of each entry dropped, if given.
 */
function dropDuplicates(
  list: NameRef[],
  table: NameTable,
  messages: VFileMessage[],
  duplicates?: number[]
): NameRef[] {
  const firsts = new Map<string, number>()
  const result: NameRef[] = []
  for (const [index, entry] of list.entries()) {
    const key = foldedCanonical(table, entry.name)
    const first = firsts.get(key)
    if (first !== undefined) {
      messages.push(duplicateMessage(entry, list[first] as NameRef))
      duplicates?.push(index, first)
      continue
    }

    firsts.set(key, index)
    result.push(entry)
  }

  return result
}

/** What `dropDuplicates` made of a list before, made again of its entries. */
function withoutDuplicates(
  list: NameRef[],
  duplicates: readonly number[],
  messages: VFileMessage[]
): NameRef[] {
  if (duplicates.length === 0) return list
  const dropped = new Set<number>()
  for (let at = 0; at < duplicates.length; at += 2) {
    const index = duplicates[at] as number
    messages.push(
      duplicateMessage(
        list[index] as NameRef,
        list[duplicates[at + 1] as number] as NameRef
      )
    )
    dropped.add(index)
  }

  return list.filter((_, index) => !dropped.has(index))
}

/** The report of an entry that repeats an earlier one. */
function duplicateMessage(entry: NameRef, first: NameRef): VFileMessage {
  return createRepeatMessage(
    'duplicate-entry',
    'Unexpected second `' +
      entry.name +
      '` in one list, expected each name once; kept the first',
    entry.position,
    {what: '`' + first.name + '`', place: first.position}
  )
}
