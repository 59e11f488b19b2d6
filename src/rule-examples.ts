/**
 * One example or more of every rule in `rules.ts`, the way remark-lint
 * documents its rules: an input and the message it makes.
 *
 * The examples are the rules' tests: `test/rules.test.ts` reads each input
 * and expects its message, with that rule's id and severity, at its place.
 * Nothing in the library imports this module: the rules table stays small
 * for every caller, and an example can be as long as its page needs.
 */

import type {ViewName} from './model.js'
import type {RuleId} from './rules.js'

/**
 * A text too large or too odd to be a page, as a recipe: `repeat` written
 * `times` times, between `before` and `after`.
 */
export interface GeneratedText {
  /** Text before the repeated part (default: none). */
  before?: string
  /** Text written `times` times. */
  repeat: string
  /** How many times. */
  times: number
  /** Text after the repeated part (default: none). */
  after?: string
}

/** One input of an example. */
export interface ExamplePage {
  /** Raw text of the page, or how to build one that is not a page. */
  text: string | GeneratedText
  /** Path it is read at (`path` of `parse`; default: none). */
  path?: string
}

/** One example of a rule: an input, and the message it makes. */
export interface RuleExample {
  /**
   * The input: one page, read by `parse`, or two pages of one edition and
   * language, read by `parse` and compared by `compareDocuments` (what the
   * `compare` command reports).
   */
  pages: readonly [ExamplePage] | readonly [ExamplePage, ExamplePage]
  /** Views of the page the message is reported in (default: both). */
  views?: readonly ViewName[]
  /** The message's `reason`, in full. */
  reason: string
  /** Where the message is, in the raw file (1-indexed). */
  place: {line: number; column: number}
}

/** The lines of a page, each ended by a line feed. */
function lines(...values: string[]): string {
  return values.map((value) => value + '\n').join('')
}

/** YAML front matter of a page of 2016 and later. */
const frontMatter = [
  '---',
  'title: Locations and connectivity providers for Azure ExpressRoute',
  'ms.date: 03/14/2024',
  '---'
]

/** A by-location table of today's pages, given its rows. */
function byLocation(...rows: string[]): string[] {
  return [
    '## Global commercial Azure',
    '',
    '| Location | Service providers |',
    '| --- | --- |',
    ...rows
  ]
}

/** A by-provider table of the 2016–2020 pages, given its rows. */
function byProvider(...rows: string[]): string[] {
  return [
    '## Production Azure',
    '',
    '| Service provider | Microsoft Azure | Office 365 | Locations |',
    '| --- | --- | --- | --- |',
    ...rows
  ]
}

/** A region map, given its rows. */
function regionMap(...rows: string[]): string[] {
  return [
    '## Azure regions to ExpressRoute locations within a geopolitical region',
    '',
    '| Geopolitical region | Azure regions | ExpressRoute locations |',
    '| --- | --- | --- |',
    ...rows
  ]
}

/** Every rule's examples; the type holds every rule to one at least. */
export const ruleExamples: {
  readonly [Id in RuleId]: readonly [RuleExample, ...RuleExample[]]
} = {
  'input-too-large': [
    {
      pages: [{text: {repeat: 'x', times: 1024 * 1024 + 1}}],
      reason:
        'Unexpected input of 1048577 bytes, expected at most 1048576 (1 MiB); the page is not read: split it or check that it is the right file',
      place: {line: 1, column: 1}
    },
    {
      pages: [{text: {repeat: '\n', times: 10_001}}],
      reason:
        'Unexpected input of 10001 lines, expected at most 10000; the page is not read: split it or check that it is the right file',
      place: {line: 1, column: 1}
    }
  ],
  'input-too-deep': [
    {
      pages: [{text: {repeat: '>', times: 101, after: ' Amsterdam\n'}}],
      reason:
        'Unexpected nesting 101 levels deep (`>`, list markers, indentation), expected at most 100; the page is not read',
      place: {line: 1, column: 1}
    }
  ],
  'input-too-complex': [
    {
      pages: [{text: {repeat: '[Equinix]', times: 10_001}}],
      reason:
        'Unexpected 10001 label ends (`]`), expected at most 10000; the page is not read: the Markdown parser takes time that grows with their square',
      place: {line: 1, column: 1}
    }
  ],
  'document-unknown': [
    {
      pages: [{text: lines(...byLocation('| **Amsterdam** | Equinix |'))}],
      reason:
        'Cannot tell the language of this page from its path or content; it is a document of its own (`unknown/4f8553f8cfec8683`), so no history compares it with another page',
      place: {line: 1, column: 1}
    }
  ],
  'invalid-date': [
    {
      pages: [
        {
          text: lines(
            '---',
            'title: Locations and connectivity providers for Azure ExpressRoute',
            'ms.date: someday',
            '---'
          )
        }
      ],
      reason:
        'Unexpected `ms.date` value `someday`, expected a date such as `MM/DD/YYYY`; `meta.date` is `null`',
      place: {line: 3, column: 10}
    }
  ],
  'invalid-front-matter': [
    {
      pages: [
        {
          text: lines(
            '---',
            'title: Azure ExpressRoute: connectivity providers',
            'ms.date: 03/14/2024',
            '---'
          )
        }
      ],
      reason:
        'Unexpected YAML: Nested mappings are not allowed in compact mappings at line 1, column 8:; front matter read key by key',
      place: {line: 2, column: 8}
    }
  ],
  'invalid-acom-metadata': [
    {
      pages: [
        {
          text: lines(
            '<properties pageTitle="ExpressRoute locations" description="Locations and connectivity providers"',
            '',
            '# ExpressRoute locations'
          )
        }
      ],
      reason:
        'Unexpected unclosed `<properties`, expected `/>`; its attributes are read up to where they stop',
      place: {line: 1, column: 1}
    }
  ],
  'nested-customization-comment': [
    {
      pages: [
        {
          text: lines(
            '<!-- deleted by customization',
            '| **Orange** | Supported | Supported | Amsterdam <!-- deleted by customization, Hong Kong -->, London |',
            '-->'
          )
        }
      ],
      reason:
        'Unexpected comment opening inside a `deleted by customization` comment, expected `-->` first; read as nested',
      place: {line: 2, column: 50}
    }
  ],
  'unterminated-deleted-marker': [
    {
      pages: [
        {
          text: lines(
            '| **Equinix** | Supported | Supported | Dallas <!-- deleted by customization, London |'
          )
        }
      ],
      reason:
        'Unexpected end of line inside a comment, expected `-->`; read as ending there',
      place: {line: 1, column: 48}
    }
  ],
  'unterminated-comment': [
    {
      // A `-->` closes the innermost comment first: a `<!--` inside is left
      // open only with its deleted comment, and both are reported.
      pages: [
        {
          text: lines(
            '| **Equinix** | Supported | Supported | Dallas <!-- deleted by customization, London <!-- Paris |'
          )
        }
      ],
      reason:
        'Unexpected end of line inside a comment, expected `-->`; read as ending there',
      place: {line: 1, column: 86}
    }
  ],
  'unbalanced-keep-marker': [
    {
      pages: [
        {
          text: lines(
            '| **China Telecom** | Supported | Supported | Hong Kong <!-- keep by customization: begin -->, Beijing |'
          )
        }
      ],
      reason:
        'Unexpected `keep by customization: begin` without `end`; read as ending at the end of its line',
      place: {line: 1, column: 57}
    },
    {
      pages: [
        {
          text: lines(
            '| **China Telecom** | Supported | Supported | Beijing, Shanghai |',
            '<!-- keep by customization: end -->'
          )
        }
      ],
      reason:
        'Unexpected `keep by customization: end` without `begin`; ignored',
      place: {line: 2, column: 1}
    }
  ],
  'stray-comment-close': [
    {
      pages: [
        {
          text: lines(
            '| **Equinix** | Supported | Supported | Dallas, London --> |'
          )
        }
      ],
      reason: 'Unexpected `-->` that closes no comment; left out of both views',
      place: {line: 1, column: 56}
    }
  ],
  'customization-in-comment': [
    {
      pages: [
        {
          text: lines(
            '<!--',
            '<!-- deleted by customization',
            '| **Orange** | Supported | Supported | Amsterdam, London |',
            '-->',
            '-->'
          )
        }
      ],
      reason:
        'Unexpected customization markers inside a comment, expected them outside; read as nested, the comment stays a comment',
      place: {line: 1, column: 1}
    }
  ],
  'unterminated-outer-comment': [
    {
      pages: [
        {
          text: lines(
            '<!--',
            '<!-- deleted by customization | **Orange** | Supported | Supported | London | -->',
            'Draft.',
            '',
            '# ExpressRoute locations'
          )
        }
      ],
      reason:
        'Unexpected end of block inside a comment that holds customization markers, expected `-->`; read as ending there, left out of both views',
      place: {line: 1, column: 1}
    }
  ],
  'tab-label-mismatch': [
    {
      pages: [
        {
          text: lines(
            '## Connectivity providers',
            '',
            '#### [D-I](#tab/d-h)',
            '',
            'Providers from D to I.',
            '',
            '---'
          )
        }
      ],
      reason:
        'Unexpected tab id `d-h` for label `D-I`, expected `d-i`; the label is the title of the tab',
      place: {line: 3, column: 1}
    }
  ],
  'unterminated-tab-group': [
    {
      pages: [
        {
          text: lines(
            '## Connectivity providers',
            '',
            '#### [A-K](#tab/a-k)',
            '',
            'Providers from A to K.'
          )
        }
      ],
      reason:
        'Unexpected end of file in tab group `A-K`, expected a `---` line; the group ends at the end of the file',
      place: {line: 6, column: 1}
    },
    {
      pages: [
        {
          text: lines(
            '## Connectivity providers',
            '',
            '#### [US Government cloud](#tab/us-government-cloud)',
            '',
            'Providers of the US Government cloud.',
            '',
            '## Connectivity through Exchange providers'
          )
        }
      ],
      reason:
        'Unexpected heading `Connectivity through Exchange providers` in tab group `US Government cloud`, expected a `---` line first; the group ends at the heading',
      place: {line: 7, column: 1}
    }
  ],
  'unpaired-side-by-side-span': [
    {
      pages: [
        {
          text: lines(
            '| <span data-ttu-id="b3f58-101">Località</span> | <span data-ttu-id="b3f58-102">Provider di servizi</span><span class="sxs-lookup"><span data-stu-id="b3f58-102">Service providers</span></span> |',
            '| --- | --- |',
            '| **Amsterdam** | Equinix |'
          )
        }
      ],
      reason:
        'Unexpected translated text (`data-ttu-id`) without its English original, expected a `<span class="sxs-lookup">` after it; kept the translation',
      place: {line: 1, column: 3}
    }
  ],
  'table-delimiter-mismatch': [
    {
      pages: [
        {
          text: lines(
            '## Global commercial Azure',
            '',
            '| Location | Service providers |',
            '| --- |',
            '| **Amsterdam** | Equinix, Megaport |'
          )
        }
      ],
      reason:
        'Unexpected delimiter row with 1 cell, expected 2 cells like the header; read the table with 2 columns',
      place: {line: 4, column: 1}
    }
  ],
  'table-missing-delimiter': [
    {
      pages: [
        {
          text: lines(
            '| Connectivity provider | Exchange | Locations |',
            '| **POST Telecom Luxembourg** | Equinix | Amsterdam |'
          )
        }
      ],
      reason:
        'Unexpected row after a header row, expected a delimiter row (`|---|`); read the first row as the header',
      place: {line: 2, column: 1}
    }
  ],
  'table-continuation': [
    {
      pages: [
        {
          text: lines(
            ...byLocation(
              '| **Amsterdam** | Equinix |',
              '',
              '| **London** | Colt |'
            )
          )
        }
      ],
      reason:
        'Unexpected rows without a header after a table, expected a blank line to end the table; read them as more rows of the table above',
      place: {line: 7, column: 1}
    }
  ],
  'table-missing-cells': [
    {
      pages: [{text: lines(...byProvider('| **Equinix** | Supported |'))}],
      reason:
        'Unexpected end of row after 2 cells, expected 4 like the header; added 2 empty cells',
      place: {line: 5, column: 28}
    }
  ],
  'table-excess-cells': [
    {
      pages: [
        {
          text: lines(...byLocation('| **Amsterdam** | Equinix | Megaport |'))
        }
      ],
      reason:
        'Unexpected cell `Megaport` after the last column, expected 2 cells like the header; kept 1 excess cell',
      place: {line: 5, column: 29}
    }
  ],
  'table-empty-excess-cells': [
    {
      pages: [{text: lines(...byLocation('| **Amsterdam** | Equinix ||'))}],
      reason:
        'Unexpected empty cell after the last column, expected 2 cells like the header; dropped it',
      place: {line: 5, column: 28}
    }
  ],
  'table-row-without-pipe': [
    {
      pages: [
        {
          text: lines(
            ...byProvider(
              '| **China Telecom** | Supported | Not Supported | Beijing, Shanghai+ |',
              'To learn more, see [ExpressRoute in China](http://www.windowsazure.cn/home/features/expressroute/).'
            )
          )
        }
      ],
      reason:
        'Unexpected line without `|` in a table, expected a row or a blank line before text; left it out of the rows',
      place: {line: 6, column: 1}
    }
  ],
  'leading-coming-soon-marker': [
    {
      pages: [
        {
          text: lines(
            ...byProvider(
              '| **Equinix** | Supported | Supported | Dallas, +Los Angeles |'
            )
          )
        }
      ],
      reason: 'Unexpected `+` before `Los Angeles`, expected it after the name',
      place: {line: 5, column: 49}
    }
  ],
  'malformed-break': [
    {
      pages: [
        {text: lines(...byLocation('| **Osaka** | BBIX<br/NEC<br/>SCSK |'))}
      ],
      reason: 'Unexpected `<br/`, expected `<br/>`',
      place: {line: 5, column: 19}
    }
  ],
  'malformed-link': [
    {
      pages: [
        {
          text: lines(
            ...byProvider(
              '| **[Global Cloud Xchange (GCX)] (http://globalcloudxchange.com/)** | Supported | Supported | Chennai, Mumbai |'
            )
          )
        }
      ],
      reason: 'Unexpected space between `]` and `(`, expected a link',
      place: {line: 5, column: 5}
    }
  ],
  'undefined-link-reference': [
    {
      pages: [
        {text: lines(...byLocation('| **Toronto** | **[Rogers]**, Zirro |'))}
      ],
      reason:
        'Unexpected link reference `[Rogers]` without definition, expected a link or a name',
      place: {line: 5, column: 19}
    }
  ],
  'empty-link-url': [
    {
      pages: [
        {
          text: lines(
            ...byProvider(
              '| **[GlobalConnect]()** | Supported | Supported | Oslo, Stavanger |'
            )
          )
        }
      ],
      reason: 'Unexpected empty link URL, expected a URL or no link',
      place: {line: 5, column: 6}
    }
  ],
  'unclosed-html-link': [
    {
      pages: [
        {
          text: lines(
            ...byProvider(
              '| <strong><a href="https://www.aarnet.edu.au/">AARNet</strong> | Supported | Supported | Melbourne, Sydney |'
            )
          )
        }
      ],
      reason:
        'Unexpected `<a>` without `</a>`, expected a closing tag; the link runs to the end of the cell, of the markup around it or to the next `<a>`',
      place: {line: 5, column: 11}
    }
  ],
  'stray-markup': [
    {
      pages: [
        {text: lines(...byLocation('| **Amsterdam** | **Equinix, Megaport |'))}
      ],
      reason:
        'Unexpected markup in `**Equinix`, expected a plain name; removed',
      place: {line: 5, column: 19}
    }
  ],
  'unknown-cell-value': [
    {
      pages: [
        {
          text: lines(
            ...byProvider('| **Equinix** | Maybe | Supported | Amsterdam |')
          )
        }
      ],
      reason:
        'Unexpected status `Maybe`, expected `Supported`, `Not Supported`, `Coming soon`, `&check;` or `&cross;`',
      place: {line: 5, column: 17}
    },
    {
      pages: [
        {
          text: lines(
            '## Global commercial Azure',
            '',
            '| Location | Address | Zone | Local Azure regions | ER Direct | Service providers |',
            '| --- | --- | --- | --- | --- | --- |',
            '| **Amsterdam** | Equinix AM5 | Europe | West Europe | Supported | Equinix |'
          )
        }
      ],
      reason: 'Unexpected zone `Europe`, expected a number',
      place: {line: 5, column: 33}
    }
  ],
  'unrecognized-table': [
    {
      pages: [
        {
          text: lines(
            '## Glossary',
            '',
            '| Term | Meaning |',
            '| --- | --- |',
            '| Peering location | Where a provider meets the Microsoft network |'
          )
        }
      ],
      reason:
        'Unexpected table header `Term | Meaning`, expected the header of a known table; its 1 rows are not read',
      place: {line: 3, column: 1}
    }
  ],
  'table-recognized-by-content': [
    {
      pages: [
        {
          text: lines(
            ...regionMap(
              '| **Europe** | West Europe, North Europe | Amsterdam, Dublin, London |'
            ),
            '',
            '## Sijainnit',
            '',
            '| Sijainti | Palveluntarjoajat |',
            '| --- | --- |',
            '| **Amsterdam** | Equinix, Megaport |',
            '| **Dublin** | Equinix, Megaport |',
            '| **London** | Equinix, BT |'
          )
        }
      ],
      reason:
        'Unexpected table header `Sijainti | Palveluntarjoajat`, read by its shape and content as `locations-by-location` with columns `location`, `serviceProviders`',
      place: {line: 9, column: 1}
    }
  ],
  'unrecognized-row': [
    {
      pages: [
        {text: lines(...byProvider('| | Supported | Supported | Amsterdam |'))}
      ],
      reason:
        'Unexpected row: a provider row without a provider; it is not read',
      place: {line: 5, column: 1}
    }
  ],
  'cell-note': [
    {
      pages: [
        {
          text: lines(
            ...byProvider(
              '| **Equinix** | Supported | Supported | Amsterdam, Los Angeles*, Los Angeles2</br></br> **New ExpressRoute circuits are no longer supported with Equinix in Los Angeles. Create new circuits in Los Angeles2.* |'
            )
          )
        }
      ],
      reason:
        'Unexpected note `*` in a list cell: “New ExpressRoute circuits are no longer supported with Equinix in Los Angeles. Create new circuits in Los Angeles2.”; kept as this diagnostic only',
      place: {line: 5, column: 89}
    }
  ],
  'region-map-extra-column': [
    {
      pages: [
        {
          text: lines(
            '## National clouds',
            '',
            '| **Geopolitical region** | **Azure regions** | **ExpressRoute locations** |',
            '|---|---|---|---|',
            '| **US Government cloud** | US Government | Iowa, Virginia | Ashburn, Chicago |'
          )
        }
      ],
      reason:
        'Unexpected fourth column in a region map of three header cells, expected three; rows of four cells read as region, an unnamed column, Azure regions, ExpressRoute locations',
      place: {line: 3, column: 1}
    }
  ],
  'statuses-without-locations': [
    {
      pages: [
        {
          text: lines(
            '## ExpressRoute and Microsoft Cloud Services',
            '',
            '| Service provider | Microsoft Azure | Office 365 |',
            '| --- | --- | --- |',
            '| **AT&T** | Supported | Coming soon |',
            '| **Equinix** | Supported | Supported |'
          )
        }
      ],
      reason:
        'Unexpected provider statuses without locations; the providers are read, their statuses are not in the model',
      place: {line: 3, column: 1}
    }
  ],
  'duplicate-entry': [
    {
      pages: [
        {
          text: lines(
            ...regionMap(
              '| **Europe** | West Europe | Munich, Zurich, Munich |'
            ),
            '',
            ...byLocation(
              '| **Munich** | Megaport |',
              '| **Zurich** | Equinix |'
            )
          )
        }
      ],
      reason:
        'Unexpected second `Munich` in one list, expected each name once; kept the first',
      place: {line: 5, column: 46}
    }
  ],
  'alias-applied': [
    {
      pages: [
        {
          text: lines(
            ...byProvider('| **Equinix** | Supported | Supported | Sao Paula |')
          )
        }
      ],
      reason:
        'Unexpected spelling `Sao Paula`, expected `Sao Paulo`; A typo of Sao Paulo.',
      place: {line: 5, column: 41}
    },
    {
      // A row the Azure China page deleted: only the upstream view reads it.
      pages: [
        {
          text: lines(
            ...byProvider(
              '| **China Telecom** | Supported | Supported | Beijing, Shanghai |',
              '<!-- deleted by customization',
              '| **Level3** | Supported | Supported | Dallas, London |',
              '-->'
            )
          )
        }
      ],
      views: ['upstream'],
      reason:
        'Unexpected spelling `Level3`, expected `Level 3 Communications`; Short form of the company name in exchange columns.',
      place: {line: 7, column: 5}
    }
  ],
  'untranslated-name': [
    {
      pages: [
        {
          text: lines(
            '## 生产 Azure',
            '',
            '| Location | Service providers |',
            '| --- | --- |',
            '| **新加坡** | 上海电信, Equinix |'
          )
        }
      ],
      reason:
        'Unexpected untranslated name `上海电信`, expected a name the alias table translates; kept as its own id `上海电信`',
      place: {line: 5, column: 13}
    }
  ],
  'list-label': [
    {
      pages: [
        {
          text: lines(
            ...regionMap(
              '| **US** | All US Regions - East US, West US | Atlanta, Seattle |'
            )
          )
        }
      ],
      reason:
        'Unexpected label `All US Regions -` before the first name, expected a name; read `East US`',
      place: {line: 5, column: 12}
    }
  ],
  'list-comma-in-name': [
    {
      pages: [
        {
          text: lines(
            ...byLocation(
              '| **Montreal** | Airgate Technologies, Inc., Rogers |',
              '| **Toronto** | Rogers |'
            )
          )
        }
      ],
      reason:
        'Unexpected comma inside `Airgate Technologies, Inc.`, expected a name; read one name',
      place: {line: 5, column: 18}
    }
  ],
  'list-missing-comma': [
    {
      pages: [
        {
          text: lines(
            ...byLocation(
              '| **Amsterdam** | IX Reach Megaport |',
              '| **London** | IX Reach, Megaport |'
            )
          )
        }
      ],
      reason:
        'Unexpected `IX Reach Megaport`, expected a comma between `IX Reach` and `Megaport`; read two names',
      place: {line: 5, column: 19}
    }
  ],
  'location-in-two-regions': [
    {
      pages: [
        {
          text: lines(
            ...regionMap(
              '| **Europe** | West Europe | Amsterdam, Istanbul |',
              '| **Middle East** | UAE North | Dubai, Istanbul |'
            )
          )
        }
      ],
      reason:
        'Unexpected `Istanbul` in region `Middle East`, expected one region a location; it is also in `Europe`',
      place: {line: 6, column: 40}
    }
  ],
  'location-not-in-region': [
    {
      pages: [
        {
          text: lines(
            ...regionMap('| **Europe** | West Europe | Amsterdam |'),
            '',
            ...byProvider(
              '| **Equinix** | Supported | Supported | Amsterdam, Dublin |'
            )
          )
        }
      ],
      reason:
        'Unexpected location `Dublin` that no region map lists, expected it in a geopolitical region',
      place: {line: 11, column: 52}
    }
  ],
  'location-without-provider': [
    {
      pages: [
        {
          text: lines(
            ...regionMap('| **Europe** | West Europe | Amsterdam, Dublin |'),
            '',
            ...byProvider('| **Equinix** | Supported | Supported | Amsterdam |')
          )
        }
      ],
      reason:
        'Unexpected region-map location `Dublin` that no provider or location table gives, expected it in one',
      place: {line: 5, column: 41}
    }
  ],
  'coming-soon-mismatch': [
    {
      pages: [
        {
          text: lines(
            ...regionMap(
              '| **Asia** | Japan West | Osaka+ |',
              '| **US** | West US | Los Angeles, Seattle |'
            ),
            '',
            ...byLocation(
              '| **Los Angeles+** | Equinix+ |',
              '| **Osaka+** | Equinix+ |',
              '| **Seattle** | Equinix |'
            )
          )
        }
      ],
      reason:
        'Unexpected `Los Angeles` without `+` in a region map, expected `+`: the location row at line 12 marks `Los Angeles` coming soon',
      place: {line: 6, column: 22}
    },
    {
      pages: [
        {
          text: lines(
            ...regionMap('| **US** | West US | Los Angeles+, Seattle |'),
            '',
            ...byProvider(
              '| **Megaport** | Coming soon | Coming soon | Los Angeles, Seattle |'
            )
          )
        }
      ],
      reason:
        'Unexpected `Los Angeles` without `+` for `Megaport`, expected `+`: the page marks the location coming soon',
      place: {line: 11, column: 46}
    },
    {
      pages: [
        {
          text: lines(
            ...regionMap('| **US** | West US | Los Angeles+, Seattle |'),
            '',
            ...byLocation(
              '| **Los Angeles+** | Equinix+, Megaport |',
              '| **Seattle** | Equinix |'
            )
          )
        }
      ],
      reason:
        'Unexpected `Megaport` without `+` at `Los Angeles`, expected `+`: the page marks the location coming soon',
      place: {line: 11, column: 32}
    }
  ],
  'supported-but-coming-soon': [
    {
      pages: [
        {
          text: lines(
            ...regionMap('| **US** | West US | Los Angeles+, Seattle |'),
            '',
            ...byProvider(
              '| **Equinix** | Supported | Supported | Los Angeles+, Seattle |'
            )
          )
        }
      ],
      reason:
        'Unexpected Azure status `supported` for `Equinix` at `Los Angeles`, which the page marks coming soon',
      place: {line: 11, column: 41}
    }
  ],
  'page-omits-offering': [
    {
      pages: [
        {
          path: 'en-us/azure/expressroute/expressroute-locations.md',
          text: lines(
            ...frontMatter,
            '',
            ...byProvider(
              '| **Equinix** | Supported | Supported | Amsterdam, London |'
            )
          )
        },
        {
          path: 'en-us/azure/expressroute/expressroute-locations-providers.md',
          text: lines(
            ...frontMatter,
            '',
            ...byLocation('| **Amsterdam** | Equinix |')
          )
        }
      ],
      reason:
        '**Equinix** at London: stated by `en-us/azure/expressroute/expressroute-locations.md` line 10, not by `en-us/azure/expressroute/expressroute-locations-providers.md` line 10, which lists Equinix at Amsterdam',
      place: {line: 10, column: 52}
    }
  ],
  'pages-differ-in-status': [
    {
      // No page of the corpus has it: the by-location page states no
      // statuses. It would take a by-provider table on both pages.
      pages: [
        {
          path: 'en-us/azure/expressroute/expressroute-locations.md',
          text: lines(
            ...frontMatter,
            '',
            ...byProvider('| **Equinix** | Supported | Supported | Amsterdam |')
          )
        },
        {
          path: 'en-us/azure/expressroute/expressroute-locations-providers.md',
          text: lines(
            ...frontMatter,
            '',
            ...byProvider(
              '| **Equinix** | Supported | Not Supported | Amsterdam |'
            )
          )
        }
      ],
      reason:
        '**Equinix** at Amsterdam: `en-us/azure/expressroute/expressroute-locations.md` line 10 says Azure supported, Office 365 supported, `en-us/azure/expressroute/expressroute-locations-providers.md` line 10 says Azure supported, Office 365 not-supported',
      place: {line: 10, column: 41}
    }
  ],
  'pages-differ-in-coming-soon': [
    {
      pages: [
        {
          path: 'en-us/azure/expressroute/expressroute-locations.md',
          text: lines(
            ...frontMatter,
            '',
            ...byProvider(
              '| **Equinix** | Supported | Supported | Amsterdam+ |'
            )
          )
        },
        {
          path: 'en-us/azure/expressroute/expressroute-locations-providers.md',
          text: lines(
            ...frontMatter,
            '',
            ...byLocation('| **Amsterdam** | Equinix |')
          )
        }
      ],
      reason:
        '**Equinix** at Amsterdam: coming soon in `en-us/azure/expressroute/expressroute-locations.md` line 10, not in `en-us/azure/expressroute/expressroute-locations-providers.md` line 10',
      place: {line: 10, column: 41}
    }
  ]
}
