/**
 * The alias spellings of the report's locations and providers, for its
 * search: typing `Level3` finds Level 3 Communications, as `history
 * --provider Level3` does (the alias table, `src/normalize/aliases.ts`).
 */

import {
  locationAliases,
  providerAliases,
  resolveName,
  type Alias,
  type NameTable
} from '../normalize/index.js'
import {searchKey} from './report-search.js'

/** What the table lists. */
type Kind = 'location' | 'provider'

let spellings: Record<Kind, Map<string, string[]>> | undefined

/** Every spelling of each table by the id it resolves to (made once). */
function spellingsById(): Record<Kind, Map<string, string[]>> {
  spellings ??= {
    provider: byId('providers', providerAliases),
    location: byId('locations', locationAliases)
  }
  return spellings
}

function byId(
  table: NameTable,
  aliases: readonly Alias[]
): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const alias of aliases) {
    const {id} = resolveName(table, alias.written)
    const list = found.get(id) ?? []
    list.push(alias.written)
    found.set(id, list)
  }

  return found
}

/**
 * The spellings of the alias table that resolve to a provider or location
 * and that none of its names already is (compared as the search compares),
 * each once, in the order of the table.
 *
 * @param kind
 *   A provider or a location.
 * @param id
 *   Its id (a location's without its cloud: `sydney`).
 * @param names
 *   The names the docs gave it.
 */
export function aliasSpellings(
  kind: Kind,
  id: string,
  names: readonly string[]
): string[] {
  const seen = new Set(names.map((name) => searchKey(name)))
  const result: string[] = []
  for (const written of spellingsById()[kind].get(id) ?? []) {
    const key = searchKey(written)
    if (seen.has(key)) continue
    seen.add(key)
    result.push(written)
  }

  return result
}
