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
 * Why `Object.defineProperty`: keys are the page's (`__proto__`,
 * `constructor`, `toString` are keys like others), and `raw[key] = value`
 * with `__proto__` would set the prototype (or, with a string, drop the
 * key). Defined, every key is an own property, which `JSON.stringify`,
 * `JSON.parse` and spreading keep, and no prototype is touched. A plain
 * object, not a null-prototype one, so that the model round-trips through
 * JSON unchanged; test keys with `Object.hasOwn`.
 *
 * @param entries
 *   Entries in page order.
 */
export function rawFromEntries(
  entries: readonly MetadataEntry[]
): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const entry of entries) {
    Object.defineProperty(raw, entry.key, {
      value: entry.value,
      writable: true,
      enumerable: true,
      configurable: true
    })
  }
  return raw
}
