/**
 * Resolve a name as written to its canonical name and id, through the alias
 * table.
 */

import {
  azureRegionAliases,
  locationAliases,
  providerAliases,
  type Alias
} from './aliases.js'
import {memoize} from '../util/memoize.js'
import {foldLatinDiacritics} from '../util/fold.js'
import {slug} from '../util/slug.js'

/** Which alias table a name is looked up in. */
export type NameTable = 'providers' | 'locations' | 'azureRegions'

/** A resolved name. */
export interface ResolvedName {
  /** The name to show: as written, with spelling fixes applied. */
  name: string
  /** The canonical (current) name. */
  canonical: string
  /** Slug of the canonical name. */
  id: string
  /** Spelling aliases that were applied, in order. */
  spellings: Alias[]
}

/**
 * Fold a name for lookups: case, diacritics of Latin letters and whitespace
 * do not count; other scripts keep their marks, composed (see `slug`).
 *
 * @param name
 *   A name.
 */
export const foldName: (name: string) => string = memoize(foldUncached, 100_000)

function foldUncached(name: string): string {
  return foldLatinDiacritics(name).toLowerCase().replace(/\s+/g, ' ').trim()
}

function index(aliases: Alias[]): Map<string, Alias> {
  return new Map(aliases.map((alias) => [foldName(alias.written), alias]))
}

const tables: Record<NameTable, Map<string, Alias>> = {
  providers: index(providerAliases),
  locations: index(locationAliases),
  azureRegions: index(azureRegionAliases)
}

/**
 * The folded canonical name of every name that folds to `folded`: what
 * `foldName(resolveName(table, name).canonical)` gives for each of them.
 *
 * Lets a caller that folds word by word ask about a name it never builds.
 *
 * @param table
 *   Which alias table.
 * @param folded
 *   A folded name (`foldName`).
 */
export function canonicalOfFolded(table: NameTable, folded: string): string {
  const alias = tables[table].get(folded)
  // Without an alias the canonical name is the name itself; with one, its
  // written form folds to `folded` and resolves through the same chain.
  return alias ? foldName(resolveName(table, alias.written).canonical) : folded
}

/** Folded canonical names of each alias table. */
const canonicalNames: Record<NameTable, Set<string>> = {
  providers: new Set(providerAliases.map((alias) => foldName(alias.canonical))),
  locations: new Set(locationAliases.map((alias) => foldName(alias.canonical))),
  azureRegions: new Set(
    azureRegionAliases.map((alias) => foldName(alias.canonical))
  )
}

/**
 * Whether the alias table knows a name, as a spelling or as the canonical
 * name of one.
 *
 * @param table
 *   Which alias table.
 * @param name
 *   A name as written.
 */
export function aliasTableKnows(table: NameTable, name: string): boolean {
  const folded = foldName(name)
  return tables[table].has(folded) || canonicalNames[table].has(folded)
}

/**
 * Words in a folded name (`''` has none).
 *
 * @param folded
 *   A folded name (`foldName`): single spaces, no space at either end.
 */
export function foldedWordCount(folded: string): number {
  let count = folded === '' ? 0 : 1
  for (
    let index = folded.indexOf(' ');
    index !== -1;
    index = folded.indexOf(' ', index + 1)
  )
    count++
  return count
}

/**
 * Resolve a name.
 *
 * Spelling aliases change the shown name; renames and display names change
 * only the canonical name (and so the id). Chains resolve (`Hongkong` →
 * spelling `Hong Kong` → renamed `Hong Kong SAR`).
 *
 * @param table
 *   Which alias table.
 * @param written
 *   The name as the page writes it.
 */
export function resolveName(table: NameTable, written: string): ResolvedName {
  return memory[table](written)
}

// Pages repeat names hundreds of times, and every stage of normalization
// asks again: remember the answers (a pure function of its arguments).
const memory: Record<NameTable, (written: string) => ResolvedName> = {
  providers: memoize(
    (written) => resolveUncached('providers', written),
    100_000
  ),
  locations: memoize(
    (written) => resolveUncached('locations', written),
    100_000
  ),
  azureRegions: memoize(
    (written) => resolveUncached('azureRegions', written),
    100_000
  )
}

/**
 * The folded canonical name of a name as written:
 * `foldName(resolveName(table, written).canonical)`, asked of every name of
 * every list, remembered in one step.
 *
 * @param table
 *   Which alias table.
 * @param written
 *   The name as the page writes it.
 */
export function foldedCanonical(table: NameTable, written: string): string {
  return foldedMemory[table](written)
}

const foldedMemory: Record<NameTable, (written: string) => string> = {
  providers: memoize(
    (written) => foldName(resolveName('providers', written).canonical),
    100_000
  ),
  locations: memoize(
    (written) => foldName(resolveName('locations', written).canonical),
    100_000
  ),
  azureRegions: memoize(
    (written) => foldName(resolveName('azureRegions', written).canonical),
    100_000
  )
}

function resolveUncached(table: NameTable, written: string): ResolvedName {
  const aliases = tables[table]
  let name = written.replace(/\s+/g, ' ').trim()
  let canonical = name
  const spellings: Alias[] = []

  const visited = new Set<string>()
  let key = foldName(canonical)
  // Each step moves to another folded name, so this ends even if the data
  // had a cycle.
  while (!visited.has(key)) {
    visited.add(key)
    const alias = aliases.get(key)
    if (!alias) break
    if (alias.kind === 'spelling' && canonical === name) {
      if (name !== alias.canonical) spellings.push(alias)
      name = alias.canonical
    }

    canonical = alias.canonical
    key = foldName(canonical)
  }

  return {name, canonical, id: slug(canonical), spellings}
}
