/** A node of a key cache: one level a part of the key. */
interface KeyNode {
  // A part a foreign model leaves out is a level of its own: `undefined`,
  // not skipped (two records missing different parts are not alike).
  children: Map<string | undefined, KeyNode>
  key: string | undefined
}

/**
 * `key`, cached by the parts it is made of: a record a dense history
 * restates a thousand times gets the string built the first time, not a new
 * one each time (joining the parts anew, then hashing and comparing the
 * copy, was most of what `history` did).
 *
 * @param key
 *   A subject's key (`subjects[…].key`), the one definition of it.
 * @returns
 *   The key of a record, given the record and every field `key` reads
 *   (records alike in these have one key).
 */
export function cachedKey<Record>(
  key: (record: Record) => string
): (record: Record, first: string, second?: string, third?: string) => string {
  const root: KeyNode = {children: new Map(), key: undefined}
  return (record, first, second, third) => {
    const node = child(child(child(root, first), second), third)
    node.key ??= key(record)
    return node.key
  }
}

function child(node: KeyNode, part: string | undefined): KeyNode {
  let found = node.children.get(part)
  if (found === undefined) {
    found = {children: new Map(), key: undefined}
    node.children.set(part, found)
  }

  return found
}
