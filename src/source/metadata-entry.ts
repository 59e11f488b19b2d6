/**
 * One key of a page's metadata, as read (ACOM attribute or YAML top-level
 * key), and `meta.raw` built from them.
 */

/** A metadata key with its value and where the value starts in the view. */
export interface MetadataEntry {
  key: string
  /** The value as text (see README's “The model” for YAML values). */
  value: string
  offset: number
}

/**
 * Build `meta.raw`: every key with its text, the last of a repeated key
 * winning.
 *
 * Why a null-prototype object: keys are the page's (`__proto__`,
 * `constructor`, `toString` are keys like others), so assigning them must
 * not reach `Object.prototype` nor drop the key, and a lookup of a key the
 * page lacks gives `undefined`, not an inherited method. `JSON.stringify`
 * and spreading keep every key.
 *
 * @param entries
 *   Entries in page order.
 */
export function rawFromEntries(entries: readonly MetadataEntry[]): Record<string, string> {
  const raw = Object.create(null) as Record<string, string>
  for (const entry of entries) raw[entry.key] = entry.value
  return raw
}
