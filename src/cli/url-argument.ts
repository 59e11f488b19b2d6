/**
 * Which file arguments are URLs.
 *
 * The rule: an argument is a URL when it starts with a scheme followed by
 * `//` (`https://…`, `ftp://…`, `xyz://…`), or with `http:`, `https:` or
 * `file:` followed by anything (`file:/etc/passwd`, `http:example.com`,
 * which WHATWG URL parsers read as URLs too). Anything else is a path, so a
 * relative file still reads as a file (`pages/a.md`, `a:b.md`, `C:\x.md`).
 *
 * Note: a scheme here has two characters or more, so a Windows drive
 * (`C://x`) stays a path; a file whose name looks like a URL is read as a
 * file when written as a path: `./http://x`.
 */

/** A scheme (two characters or more) and `//`, or a scheme that needs none. */
const urlPattern = /^(?:[a-z][a-z\d+.-]+:\/\/|(?:https?|file):)/i

/** The schemes that are read. */
const readSchemes = new Set(['http:', 'https:'])

/**
 * Whether a file argument is a URL (to be read, or refused).
 *
 * @param name
 *   File argument as given.
 */
export function isUrlArgument(name: string): boolean {
  return urlPattern.test(name)
}

/**
 * Whether a scheme (`'https:'`, as `URL#protocol` gives it) is one that is
 * read: `http:` and `https:`, never `file:` (a URL must not reach the file
 * system: a redirect to `file:///etc/passwd` is refused too).
 *
 * @param scheme
 *   The scheme, lowercase, with its colon.
 */
export function isReadScheme(scheme: string): boolean {
  return readSchemes.has(scheme)
}
