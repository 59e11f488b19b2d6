/**
 * Every diagnostic the library reports: one stable `ruleId` each, its
 * severity, and one line on what it means.
 *
 * Each rule's examples, an input and the message it makes, are in
 * `rule-examples.ts`. README's "Diagnostics" is this table, one heading a
 * rule (the anchor of its URL); `test/rules.test.ts` runs the examples and
 * keeps README equal to the table.
 */

import type {Severity} from './model.js'

/** Description of one rule. */
export interface Rule {
  /** Severity of every message of this rule. */
  severity: Severity
  /** What the rule reports, in one sentence. */
  description: string
}

export const rules = {
  // Input limits, checked before every stage.
  'input-too-large': {
    severity: 'error',
    description:
      'The input is larger than a hard limit (1 MiB of UTF-8, 10 000 lines); it is not read, and the model is that of an empty page plus this diagnostic.'
  },
  'input-too-deep': {
    severity: 'error',
    description:
      'A line is nested deeper than the hard limit (100 levels of `>`, list markers and indentation), or the Markdown parser ran out of stack; the page is not read, and the model is that of an empty page plus this diagnostic.'
  },
  'input-too-complex': {
    severity: 'error',
    description:
      'The input has more label ends (`]`) than a hard limit (10 000, 38 times the most of a real page): the Markdown parser takes time that grows with their square; the page is not read, and the model is that of an empty page plus this diagnostic.'
  },
  // Source: metadata.
  'document-unknown': {
    severity: 'warning',
    description:
      'Neither the path nor the content of a page that states facts tells the language or the page of which it is a version; it is a document of its own (`source.document.id` is `unknown/` and its hash), so no changelog or history compares it with another page.'
  },
  'invalid-date': {
    severity: 'warning',
    description:
      '`ms.date` is not a date (`MM/DD/YYYY`); `meta.date` is `null`.'
  },
  'invalid-front-matter': {
    severity: 'warning',
    description:
      "The YAML front matter does not parse as a whole (each top-level key is then read on its own, and a value that still does not parse is kept as text), or its aliases cannot be resolved: an alias bomb past `yaml`'s `maxAliasCount` or the bounds of nodes and text, an alias before its anchor, a value that holds itself (each value holding an alias is then kept as written)."
  },
  'invalid-acom-metadata': {
    severity: 'warning',
    description:
      'An ACOM `<properties>` or `<tags>` header is not closed by `/>`.'
  },
  // Source: customization comments.
  'nested-customization-comment': {
    severity: 'info',
    description:
      'A comment opens inside a `deleted by customization` comment; HTML would end both at the first `-->`, the authors meant nesting, and nesting is how it is read.'
  },
  'unterminated-deleted-marker': {
    severity: 'error',
    description:
      'A `<!-- deleted by customization` comment is never closed by `-->`; it is read as ending at the end of its line (inline) or of its block (next blank line).'
  },
  'unterminated-comment': {
    severity: 'error',
    description:
      'A `<!--` inside a `deleted by customization` comment is never closed; it is read as ending where its enclosing comment would.'
  },
  'unbalanced-keep-marker': {
    severity: 'error',
    description:
      'A `keep by customization: begin` has no `end` (read as ending at the end of its line or block), or an `end` has no `begin` (ignored).'
  },
  'stray-comment-close': {
    severity: 'warning',
    description: 'A `-->` closes no comment; it is left out of both views.'
  },
  'customization-in-comment': {
    severity: 'info',
    description:
      "An HTML comment holds customization markers; HTML would end it at the first marker's `-->`, the authors meant nesting: the markers are resolved in both views, the comment stays a comment, and comments nested in it lose their `<!--` and `-->`."
  },
  'unterminated-outer-comment': {
    severity: 'error',
    description:
      'An HTML comment that holds customization markers is never closed by `-->`; it is read as ending at the end of its line (inline) or of its block (next blank line), and left out of both views.'
  },
  // Blocks: sections and DocFX tabs.
  'tab-label-mismatch': {
    severity: 'info',
    description:
      'A DocFX tab heading links to an id that is not the slug of its label (`[D-I](#tab/d-h)`, `[A-C](#tab/a-C)`); the label is the title of the tab.'
  },
  'unterminated-tab-group': {
    severity: 'info',
    description:
      "A DocFX tab group is not closed by a `---` line; it ends at the next heading of its parent's depth or higher, or at the end of the file."
  },
  // Blocks: bilingual side-by-side files.
  'unpaired-side-by-side-span': {
    severity: 'warning',
    description:
      'A bilingual side-by-side span is not paired as `<span data-ttu-id>` translation then `<span class="sxs-lookup"><span data-stu-id>` English original: a translation without its original or with a blank one (the translation is kept), an original without a translation, inside it or without its `</span>` (its English is read).'
  },
  // Blocks: tables.
  'table-delimiter-mismatch': {
    severity: 'warning',
    description:
      "The delimiter row of a pipe table has another cell count than the header (or is not valid), so GFM does not read a table; it is read as one with the header's columns."
  },
  'table-missing-delimiter': {
    severity: 'warning',
    description:
      'Pipe rows have no delimiter row under their first row, so GFM does not read a table; the first row is read as the header.'
  },
  'table-continuation': {
    severity: 'info',
    description:
      'Pipe rows without a header follow a table after a blank line; they are read as more rows of that table.'
  },
  'table-missing-cells': {
    severity: 'warning',
    description:
      'A table row has fewer cells than the header; it is padded with empty cells.'
  },
  'table-excess-cells': {
    severity: 'warning',
    description:
      "A table row has cells with content after the header's last column; they are kept as excess cells."
  },
  'table-empty-excess-cells': {
    severity: 'info',
    description:
      "A table row ends in empty cells after the header's last column (`|US||` under two columns); they are dropped."
  },
  'table-row-without-pipe': {
    severity: 'info',
    description:
      'A line without `|` follows a table with no blank line between; GFM makes it a row, it is read as text after the table instead.'
  },
  // Extract: cell grammar.
  'leading-coming-soon-marker': {
    severity: 'warning',
    description:
      'A `+` stands before a name (`+Los Angeles`) instead of after it; it is read as the coming-soon marker.'
  },
  'malformed-break': {
    severity: 'warning',
    description:
      'A line break is written `<br/Name` or `>br/>`; it is read as a `<br/>` separating two names.'
  },
  'malformed-link': {
    severity: 'warning',
    description:
      'A link has a space between `]` and `(` (`[GCX] (http://…)`), so Markdown does not read it; the name and URL are taken from it anyway.'
  },
  'undefined-link-reference': {
    severity: 'info',
    description:
      'A name is written as a link reference (`[Rogers]`) with no definition; the name is kept, without URL.'
  },
  'empty-link-url': {
    severity: 'info',
    description:
      'A link has an empty URL (`[GlobalConnect]()`); the name is kept, without URL.'
  },
  'unclosed-html-link': {
    severity: 'warning',
    description:
      'An HTML link `<a href="…">` in a cell has no `</a>`; it links the text up to the end of the cell, of the markup around it or to the next `<a>`, and the name is kept.'
  },
  'stray-markup': {
    severity: 'warning',
    description:
      'A name carries markup that is not closed (`**`, `<`, backticks); it is removed from the name.'
  },
  'unknown-cell-value': {
    severity: 'warning',
    description:
      'A status, zone or ER Direct cell holds text that is none of the known forms; the value is `null`.'
  },
  // Extract: tables.
  'unrecognized-table': {
    severity: 'warning',
    description:
      'A table whose header is not one of the known kinds (see `src/extract/header-synonyms.ts`) and whose shape and content match no known form either; its rows are not read.'
  },
  'table-recognized-by-content': {
    severity: 'info',
    description:
      'A table whose header is none of the known kinds (a language or a wording the header synonyms do not hold) was recognized by its column count, its place on the page and what its cells hold; the message names the kind and the role it inferred for each column.'
  },
  'unrecognized-row': {
    severity: 'warning',
    description:
      'A row of a known table that has no key (no provider, location, region…) or names no known cloud; it is not read.'
  },
  'cell-note': {
    severity: 'info',
    description:
      'A list cell holds a footnote (`*New ExpressRoute circuits are no longer supported …`); the model has no field for it, so it is kept as this diagnostic.'
  },
  'region-map-extra-column': {
    severity: 'info',
    description:
      'A region map has a fourth, unnamed column (2015 national map); its rows of four cells are read as region, unnamed column, Azure regions, ExpressRoute locations.'
  },
  'statuses-without-locations': {
    severity: 'info',
    description:
      'A table of provider statuses without locations (2015 pages): the providers are read, the statuses have no place in the model.'
  },
  // Normalize.
  'duplicate-entry': {
    severity: 'info',
    description:
      'The same fact is stated twice (a name twice in one list, a provider twice at one location); the mentions are merged.'
  },
  'alias-applied': {
    severity: 'info',
    description:
      'A name is written in another spelling than its canonical one (`Sao Paula`, `Level3`); the alias table (`src/normalize/aliases.ts`) gives the canonical name.'
  },
  'untranslated-name': {
    severity: 'info',
    description:
      'A location or company name is written in a script other than Latin (`上海电信`) and the alias table has no translation of it; it keeps its own id, which no page in another language shares.'
  },
  'list-label': {
    severity: 'info',
    description:
      'A list starts with a label (`All US Regions - East US`); the label is left out.'
  },
  'list-comma-in-name': {
    severity: 'warning',
    description:
      'A comma splits a company name before its legal form (`Airgate Technologies, Inc.`), or a name the alias table knows with its comma (`Washington, D.C.`); the parts are read as one name.'
  },
  'list-missing-comma': {
    severity: 'warning',
    description:
      'Two names run together without a comma (`IX Reach Megaport`, `Tokyo2 Toronto`); split only when both are names the page states on their own, or, in a script written without spaces (`墨尔本悉尼`), names the page or the alias table knows.'
  },
  'location-in-two-regions': {
    severity: 'warning',
    description: 'A location is listed under two geopolitical regions.'
  },
  'location-not-in-region': {
    severity: 'warning',
    description:
      'A location that providers serve is in no region map of the page (reported once a location).'
  },
  'location-without-provider': {
    severity: 'warning',
    description:
      'A region-map location has no provider and no row in any table of a page that lists providers.'
  },
  'coming-soon-mismatch': {
    severity: 'warning',
    description:
      'Two `+` marks disagree: a location named without `+` where the name stands for the location itself (a region-map entry, a by-location row key) while another such name of it has `+`, in a kind of table that marks such names elsewhere; or a provider listed without `+` at a location the page marks coming soon.'
  },
  'supported-but-coming-soon': {
    severity: 'warning',
    description:
      'A provider is `Supported` for Azure at a location the page marks coming soon.'
  },
  // Compare: two pages of one edition and language (`compare`).
  'page-omits-offering': {
    severity: 'warning',
    description:
      'One page of an edition and language lists a provider at a location and the other page, which lists offerings too, does not; reported at the page that lists it, naming the other and where it lists that provider.'
  },
  'pages-differ-in-status': {
    severity: 'warning',
    description:
      'The two pages of an edition and language both list a provider at a location, with another Azure or Office 365 status (a status one page does not state is no difference).'
  },
  'pages-differ-in-coming-soon': {
    severity: 'warning',
    description:
      'The two pages of an edition and language both list a provider at a location, one as coming soon and the other not.'
  }
} satisfies Record<string, Rule>

/** Stable identifier of a rule. */
export type RuleId = keyof typeof rules
