/**
 * Join items the way an English sentence lists them: `A`, `A and B`,
 * `A, B and C` (no serial comma, as the docs pages write).
 *
 * @param items
 *   Items, already formatted.
 */
export function joinList(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? ''
  return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1]
}
