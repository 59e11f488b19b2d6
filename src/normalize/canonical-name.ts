/**
 * Canonical names: one spelling a thing.
 */

/**
 * The canonical spelling of a name as written: whitespace collapsed.
 *
 * @param name
 *   Name as the page writes it.
 */
export function canonicalName(name: string): string {
  return name.replace(/\s+/g, ' ').trim()
}
