/**
 * Read one inline HTML tag of a cell as the start or end of a link: the
 * padded 2018 tables write a provider as
 * `<strong><a href="URL" data-raw-source="[Name](URL)">Name</a></strong>`,
 * and remark gives each tag as an `html` node of its own.
 *
 * The rules, so that an HTML link reads as the Markdown link it stands for:
 *
 * - `href` wins: it is where the page's link goes. `data-raw-source` (the
 *   Markdown the docs conversion started from) is read only when there is
 *   no `href`: its URL is that of its last `](…)`.
 * - An empty `href` (`href=""`) is an empty link, as `[GlobalConnect]()` is:
 *   the URL is `null` (and the reader reports `empty-link-url`); a relative
 *   one (`expressroute-locations.md`) is kept as written, as a Markdown
 *   link's is. Whitespace around it is trimmed.
 * - Values are double-quoted, single-quoted or unquoted; attribute names
 *   are case-insensitive (`HREF`), and so is the tag name (`<A …>`).
 * - Character references in a value are decoded, as the Markdown parser
 *   decodes them in a link destination (`&amp;` → `&`).
 * - An `<a>` with neither attribute (`<a name="x"></a>`, an anchor) is not a
 *   link: the text in it is plain text.
 */

/** What one HTML tag means for links. */
export type HtmlAnchor =
  | {
      /** An opening `<a …>`. */
      type: 'open'
      /** Its URL; `null` for an empty one; `undefined` when it is no link (`<a name>`). */
      url: string | null | undefined
    }
  | {
      /** A closing `</a>`. */
      type: 'close'
    }

/** An opening `<a` tag: the name, then whitespace, `/` or the end of the tag. */
const openTag = /^<a(?=[\s/>]|$)/i

/** A closing `</a>` tag. */
const closeTag = /^<\/a\s*>$/i

/**
 * Character references: named, decimal and hexadecimal. Each candidate
 * starts at its own `&` and stops at the first character outside its class:
 * linear in the value.
 */
const reference =
  /&(?:#[xX]([\da-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z\d]{0,31}));/g

/**
 * Named references decoded in attribute values.
 *
 * Note: only those that URLs and names in links use; any other stays as
 * written (no dependency carries the full HTML table for this one use).
 */
const named = new Map([
  ['amp', '&'],
  ['apos', "'"],
  ['gt', '>'],
  ['lt', '<'],
  ['nbsp', '\u00A0'],
  ['quot', '"']
])

/**
 * Read an inline HTML tag as the start or end of a link.
 *
 * @param html
 *   The value of one `html` node.
 * @returns
 *   The anchor, or `null` for any other tag (or a comment).
 */
export function anchorFromHtml(html: string): HtmlAnchor | null {
  const value = html.trim()
  if (closeTag.test(value)) return {type: 'close'}
  if (!openTag.test(value)) return null

  const attributes = attributesOf(value, 2)
  const href = attributes.get('href')
  if (href !== undefined) return {type: 'open', url: href.trim() || null}
  const raw = attributes.get('data-raw-source')
  return {
    type: 'open',
    url: raw === undefined ? undefined : urlFromRawSource(raw)
  }
}

/**
 * The attributes of a tag from `start` (after its name), names lowercased,
 * values decoded; the first of a name wins, as in HTML. One pass: every
 * step moves forward.
 */
function attributesOf(tag: string, start: number): Map<string, string> {
  const attributes = new Map<string, string>()
  let index = start

  while (index < tag.length) {
    const code = tag.charAt(index)
    if (code === '>') break
    if (code === '/' || /\s/.test(code)) {
      index++
      continue
    }

    const nameStart = index
    while (index < tag.length && !/[\s/>=]/.test(tag.charAt(index))) index++
    const name = tag.slice(nameStart, index).toLowerCase()
    while (index < tag.length && /\s/.test(tag.charAt(index))) index++

    let value = ''
    if (tag.charAt(index) === '=') {
      index++
      while (index < tag.length && /\s/.test(tag.charAt(index))) index++
      const quote = tag.charAt(index)
      if (quote === '"' || quote === "'") {
        // An unclosed quote runs to the end of the tag.
        const end = tag.indexOf(quote, index + 1)
        const stop = end === -1 ? tag.length : end
        value = tag.slice(index + 1, stop)
        index = stop + 1
      } else {
        const valueStart = index
        while (index < tag.length && !/[\s>]/.test(tag.charAt(index))) index++
        value = tag.slice(valueStart, index)
      }
    }

    if (name && !attributes.has(name)) attributes.set(name, decode(value))
  }

  return attributes
}

/**
 * The URL of the Markdown link in a `data-raw-source` value
 * (`[Name](URL)`, `**[Name](URL)**`): what stands between its last `](` and
 * the `)` after it; `null` when empty, `undefined` when it holds no link.
 */
function urlFromRawSource(raw: string): string | null | undefined {
  const open = raw.lastIndexOf('](')
  if (open === -1) return undefined
  const close = raw.indexOf(')', open + 2)
  if (close === -1) return undefined
  return raw.slice(open + 2, close).trim() || null
}

/** Decode the character references of an attribute value. */
function decode(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(
    reference,
    (all, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return named.get(name) ?? all
      const code =
        hex === undefined ? Number(decimal) : Number.parseInt(hex, 16)
      // A reference to no character (or a lone surrogate) stays as written.
      return code > 0 && code <= 0x10_ffff && (code < 0xd8_00 || code > 0xdf_ff)
        ? String.fromCodePoint(code)
        : all
    }
  )
}
