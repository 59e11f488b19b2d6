/**
 * Strings made of two strings (`Megaport at Sydney`), the same string for the
 * same two: a dense history names and keys a fact a thousand times, and a
 * string built once is found (in a `Map`, in an interval's `names`) by
 * identity, not by hashing and comparing a new copy.
 */
export class JoinedStrings {
  readonly #separator: string
  readonly #joined = new Map<string, Map<string, string>>()

  /**
   * @param separator
   *   Between the two strings (`' at '`).
   */
  constructor(separator: string) {
    this.#separator = separator
  }

  /** `head`, the separator, then `tail`. */
  of(head: string, tail: string): string {
    let byTail = this.#joined.get(head)
    if (byTail === undefined) {
      byTail = new Map()
      this.#joined.set(head, byTail)
    }

    let joined = byTail.get(tail)
    if (joined === undefined) {
      joined = head + this.#separator + tail
      byTail.set(tail, joined)
    }

    return joined
  }
}
