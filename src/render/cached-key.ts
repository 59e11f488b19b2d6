/** A node of a key cache: one level a part of the key. */
interface KeyNode {
  children: Map<string, KeyNode>
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
    let node = child(root, first)
    if (second !== undefined) node = child(node, second)
    if (third !== undefined) node = child(node, third)
    node.key ??= key(record)
    return node.key
  }
}

function child(node: KeyNode, part: string): KeyNode {
  let found = node.children.get(part)
  if (found === undefined) {
    found = {children: new Map(), key: undefined}
    node.children.set(part, found)
  }

  return found
}
