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
 * A section whose title says nothing known may still say it in its
 * anchor: translations keep the English anchors (`<a
 * name="us-government-cloud"></a>Nube de gobierno de Estados Unidos`,
 * `#tab/china-cloud`), so an anchor is read as the title it was made from
 * (`us-government-cloud` → `us government cloud`) when the title is not
 * known.
 *
 * @param titles
 *   Section titles from the outermost to the innermost (raw or plain).
 * @param anchors
 *   The sections' anchors, in the same order (optional; `null` for none).
 * @returns
 *   The cloud, `national` for a section of national clouds as a group, or
 *   `null` when no title says (callers take that as commercial).
 */
export function cloudFromSectionPath(
  titles: ReadonlyArray<string>,
  anchors?: ReadonlyArray<string | null> | null | undefined
): SectionCloud | null {
  for (let index = titles.length - 1; index >= 0; index--) {
    const anchor = anchors?.[index]
    for (const key of [
      normalizeHeader(titles[index] ?? ''),
      anchor ? anchorWords(anchor) : ''
    ]) {
      if (key !== '' && Object.hasOwn(cloudFromSectionTitle, key)) {
        return cloudFromSectionTitle[key as keyof typeof cloudFromSectionTitle]
      }
    }
  }

  return null
}

/** The words an anchor was made of: `tab/us-government-cloud` → `us government cloud`. */
function anchorWords(anchor: string): string {
  return normalizeHeader(anchor.replace(/^tab\//i, '').replace(/[-_]+/g, ' '))
}
