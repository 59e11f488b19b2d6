/**
 * Slug of a free-text value that takes part in a key (a continent): the same
 * folding as ids, so `North America` and `north  america` make one key.
 *
 * Note: ids of the model are already slugs; this is only for the few key
 * parts the model keeps as display text.
 *
 * @param value
 *   Text to fold.
 */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '')
}
