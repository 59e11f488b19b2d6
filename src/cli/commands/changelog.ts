import type {LocationsDocument, ViewName} from '../../model.js'
import {parse} from '../../parse.js'
import {
  changeOfQuery,
  changeSentences,
  changelogSections,
  changelogToJson,
  changelogToMarkdown,
  type ChangelogSection,
  type HistoryQuery,
  knownNamesOfDocuments,
  orderDocuments,
  versionPairs
} from '../../render/index.js'
import {
  changelogFormatOption,
  type ChangelogFormat
} from '../changelog-format-option.js'
import {compareCodeUnits} from '../../util/compare-code-units.js'
import type {Command} from '../command.js'
import {assertDistinctInputs} from '../distinct-inputs.js'
import {type Io, UsageError} from '../io.js'
import {
  queryOptions,
  queryOptionValues,
  type QueryOptionValues,
  resolveQuery
} from '../query-options.js'
import {readInput} from '../read-input.js'
import {
  assertNoGitOptions,
  dateOption,
  documentOption,
  gitPaths,
  historyOfFile,
  noCommitOfPages,
  selectDocuments,
  versionOptions
} from '../read-versions.js'
import {viewOption} from '../view-option.js'

export const changelogCommand: Command = {
  name: 'changelog',
  usage:
    'changelog <file...> [--merge] | --git <repo> --path <file> [--path <file>] [--merge] [--since <date>] [--until <date>] [--format markdown|json] [--view published|upstream]',
  summary:
    'Print the changelog of several versions of the pages, newest first, one history a document.',
  details: [
    'Files are grouped by the document each is a version of (edition, language, page: see',
    '`source.document`); the versions of a document are ordered by `ms.date` (ties: by path) and',
    'each consecutive pair is diffed. No pair is of two documents. With --merge, the pages of',
    'one edition and language are one history: at each date, what the newest version of each',
    'page on or before it states; a fact one page states and the other omits is no change.',
    'A file without a date cannot be placed: that is an error naming it.',
    'With --git, the versions are every commit of <file> in <repo> (renames followed);',
    '<file> names a file (not a folder), literally: no globs, no pathspec magic.',
    'A version without a readable `ms.date` takes its commit date. Versions are in commit',
    'order; consecutive commits with the same content count once, a revert to earlier',
    'content is a version of its own. --since and --until (YYYY-MM-DD, inclusive) select',
    'commits by commit date. Give --path again for each page (the two pages side by side):',
    'one history each, or with --merge one history of the pages merged.',
    'With --provider, --location or --cloud, only the changes of what they name (as `history`',
    'selects facts: a provider and its offerings, a location and what is at it, both: the',
    'offerings of the one at the other), and only the pairs with such a change; names go',
    'through the alias table (`Level3`, `Hong Kong`); a name no version uses is an error',
    'that suggests the nearest.'
  ],
  options: {
    format: {type: 'string', description: 'markdown (default) or json.'},
    merge: {
      type: 'boolean',
      description:
        'Merge the pages of one edition and language into one history.'
    },
    ...versionOptions,
    document: {
      type: 'string',
      description:
        'Only the history of this document (`global/en/locations`), or of an edition and language (`global/en`).'
    },
    ...queryOptions
  },
  async run({values, positionals}, io) {
    const format = changelogFormatOption(values['format'])
    const filters = queryOptionValues(values)
    const view = viewOption(values['view'])
    const repository = values['git']

    if (repository === undefined) {
      assertNoGitOptions(values)
      return changelogOfFiles(
        positionals,
        {
          format,
          view,
          merge: values['merge'] === true,
          document: documentOption(values['document']),
          filters
        },
        io
      )
    }

    const files = await gitPaths('changelog', {values, positionals}, io)
    const settings = {
      format,
      view,
      since: dateOption(values, 'since'),
      until: dateOption(values, 'until'),
      skipEmpty: values['path'] === undefined
    }
    const selected = documentOption(values['document'])
    const read: LocationsDocument[][] = []
    for (const file of new Set(files)) {
      const documents = await historyOfFile(
        String(repository),
        file,
        settings,
        io
      )
      if (documents.length > 0) read.push(documents)
    }

    if (read.length === 0) throw noCommitOfPages(String(repository), settings)
    // A file's versions all carry its document: whole files are selected.
    const kept = new Set(selectDocuments(read.flat(), selected))
    const histories = read.filter((documents) =>
      documents.every((document) => kept.has(document))
    )

    const sections =
      values['merge'] === true
        ? changelogSections(histories.flat(), true)
        : gitSections(histories)
    io.stdout(render(sections, format, filters, histories.flat()))
    return 0
  }
}

/**
 * Render the sections of a changelog; with filters, only the changes they
 * select (`changeOfQuery`), and only the pairs and sections left with any.
 *
 * @param sections
 *   The sections.
 * @param format
 *   How to render them.
 * @param filters
 *   `--provider`, `--location`, `--cloud`, if given.
 * @param documents
 *   The versions, whose names the filters' names are resolved against.
 * @throws {UsageError}
 *   When a filter names what no version names.
 */
function render(
  sections: ChangelogSection[],
  format: ChangelogFormat,
  filters: QueryOptionValues | undefined,
  documents: readonly LocationsDocument[]
): string {
  const kept =
    filters === undefined
      ? sections
      : filterSections(
          sections,
          resolveQuery(filters, knownNamesOfDocuments(documents))
        )
  return format === 'json'
    ? changelogToJson(kept.flatMap((section) => section.pairs))
    : changelogToMarkdown(kept)
}

/** Sections with only the changes a query selects; pairs and sections left empty dropped. */
function filterSections(
  sections: readonly ChangelogSection[],
  query: HistoryQuery
): ChangelogSection[] {
  return sections.flatMap((section) => {
    const pairs = section.pairs.flatMap((pair) => {
      const changes = pair.changes.flatMap(
        (change) => changeOfQuery(query, change) ?? []
      )
      return changes.length === 0 ? [] : [{...pair, changes}]
    })
    return pairs.length === 0 ? [] : [{...section, pairs}]
  })
}

/**
 * The sections of the changelog of the git histories of files, one a
 * document.
 *
 * @param histories
 *   The versions of each file, in commit order.
 */
function gitSections(
  histories: readonly LocationsDocument[][]
): ChangelogSection[] {
  // Two paths of one document (its path before and after a rename, given
  // both) are one history: their versions by date, each commit once.
  const byDocument = new Map<string, LocationsDocument[]>()
  for (const documents of histories) {
    const id = (documents[0] as LocationsDocument).source.document.id
    const earlier = byDocument.get(id)
    byDocument.set(
      id,
      earlier
        ? orderDocuments(uniqueVersions([...earlier, ...documents]))
        : documents
    )
  }

  return [...byDocument.values()]
    .map((documents) => {
      const document = (documents[0] as LocationsDocument).source.document
      // Paired here (not by `renderChangelog`, which orders by date and
      // path), so the renderers take the pairs in commit order.
      return {
        id: document.id,
        description: changeSentences.documentVersions(
          document,
          documents.length
        ),
        pairs: versionPairs(documents)
      }
    })
    .sort((a, b) => compareCodeUnits(a.id, b.id))
}

/** Settings of both kinds of changelog. */
interface Settings {
  format: ChangelogFormat
  view: ViewName
}

/** Changelog of files given on the command line. */
async function changelogOfFiles(
  names: string[],
  settings: Settings & {
    merge: boolean
    document: string | undefined
    filters: QueryOptionValues | undefined
  },
  io: Io
): Promise<number> {
  if (names.length === 0) {
    throw new UsageError(
      '`changelog` takes at least one file (or `--git <repo> --path <file>`)'
    )
  }

  assertDistinctInputs('changelog', names)

  const documents: LocationsDocument[] = []
  for (const name of names) {
    const input = await readInput(name, io)
    const document = parse(input.text, {view: settings.view, path: input.path})
    // Checked here, not left to `renderChangelog`, so the message is about the
    // file the user gave: this is their input, not our bug.
    if (document.meta.date === null) {
      throw new UsageError(
        'Cannot place `' +
          input.path +
          '` in the changelog: it has no date (`ms.date` is missing or unreadable)'
      )
    }

    documents.push(document)
  }

  const selected = selectDocuments(documents, settings.document)
  io.stdout(
    render(
      changelogSections(selected, settings.merge),
      settings.format,
      settings.filters,
      selected
    )
  )
  return 0
}

/** Versions without a second copy of one commit's version (by its `path@commit` name). */
function uniqueVersions(
  documents: readonly LocationsDocument[]
): LocationsDocument[] {
  const seen = new Set<string | null>()
  return documents.filter(
    (document) =>
      !seen.has(document.source.path) && Boolean(seen.add(document.source.path))
  )
}
