/**
 * Decide which cloud a table speaks of from the titles of the sections
 * above it.
 */

import {cloudFromSectionTitle, type SectionCloud} from './header-synonyms.js'
import {normalizeHeader} from './normalize-header.js'

/**
 * The cloud stated by the nearest section title that states one.
 *
 * `### Global commercial Azure > #### [A-C](#tab/a-c)` is commercial (the
 * tab says nothing, its parent does); `### National cloud environments >
 * #### Germany` is `germany`.
 *
 * @param titles
 *   Section titles from the outermost to the innermost (raw or plain).
 * @returns
 *   The cloud, `national` for a section of national clouds as a group, or
 *   `null` when no title says (callers take that as commercial).
 */
export function cloudFromSectionPath(
  titles: ReadonlyArray<string>
): SectionCloud | null {
  for (let index = titles.length - 1; index >= 0; index--) {
    const key = normalizeHeader(titles[index] ?? '')
    if (Object.hasOwn(cloudFromSectionTitle, key)) {
      return cloudFromSectionTitle[key as keyof typeof cloudFromSectionTitle]
    }
  }

  return null
}
