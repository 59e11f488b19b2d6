import type {LocationsDocument, ViewName} from '../../model.js'
import {parse} from '../../parse.js'
import {
  changeSentences,
  changelogToJson,
  changelogToMarkdown,
  orderDocuments,
  renderChangelog,
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
import {readInput} from '../read-input.js'
import {
  dateOption,
  documentOption,
  historyOfFile,
  selectDocuments
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
    'one history each, or with --merge one history of the pages merged.'
  ],
  options: {
    format: {type: 'string', description: 'markdown (default) or json.'},
    merge: {
      type: 'boolean',
      description:
        'Merge the pages of one edition and language into one history.'
    },
    document: {
      type: 'string',
      description:
        'Only the history of this document (`global/en/locations`), or of an edition and language (`global/en`).'
    },
    view: {
      type: 'string',
      description:
        'Which view of each page to read: published (default) or upstream.'
    },
    git: {
      type: 'string',
      description: 'Read the versions from this git repository.'
    },
    path: {
      type: 'string',
      multiple: true,
      description:
        'With --git: the file, relative to the repository (again for each page).'
    },
    since: {
      type: 'string',
      description: 'With --git: only commits on or after this date.'
    },
    until: {
      type: 'string',
      description: 'With --git: only commits on or before this date.'
    }
  },
  async run({values, positionals}, io) {
    const format = changelogFormatOption(values['format'])
    const view = viewOption(values['view'])
    const repository = values['git']

    if (repository === undefined) {
      for (const name of ['path', 'since', 'until']) {
        if (values[name] !== undefined) {
          throw new UsageError(
            '`--' +
              name +
              '` reads history from git: give the repository with `--git <repo>`'
          )
        }
      }

      return changelogOfFiles(
        positionals,
        {
          format,
          view,
          merge: values['merge'] === true,
          document: documentOption(values['document'])
        },
        io
      )
    }

    if (positionals.length > 0) {
      throw new UsageError(
        '`changelog --git` reads its versions from the repository: give no files'
      )
    }

    const files = ([] as unknown[]).concat(values['path'] ?? [])
    if (
      files.length === 0 ||
      files.some((file) => typeof file !== 'string' || file === '')
    ) {
      throw new UsageError(
        '`changelog --git <repo>` needs the file: `--path <file-in-repo>`'
      )
    }

    const settings = {
      format,
      view,
      since: dateOption(values, 'since'),
      until: dateOption(values, 'until')
    }
    const selected = documentOption(values['document'])
    const read: LocationsDocument[][] = []
    for (const file of new Set(files as string[]))
      read.push(await historyOfFile(String(repository), file, settings, io))
    // A file's versions all carry its document: whole files are selected.
    const kept = new Set(selectDocuments(read.flat(), selected))
    const histories = read.filter((documents) =>
      documents.every((document) => kept.has(document))
    )

    io.stdout(
      values['merge'] === true
        ? renderChangelog(histories.flat(), {format, merge: true})
        : gitChangelog(histories, format)
    )
    return 0
  }
}

/**
 * The changelog of the git histories of files, one section a document.
 *
 * @param histories
 *   The versions of each file, in commit order.
 * @param format
 *   How to render it.
 */
function gitChangelog(
  histories: readonly LocationsDocument[][],
  format: ChangelogFormat
): string {
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

  const sections = [...byDocument.values()]
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
  return format === 'json'
    ? changelogToJson(sections.flatMap((section) => section.pairs))
    : changelogToMarkdown(sections)
}

/** Settings of both kinds of changelog. */
interface Settings {
  format: ChangelogFormat
  view: ViewName
}

/** Changelog of files given on the command line. */
async function changelogOfFiles(
  names: string[],
  settings: Settings & {merge: boolean; document: string | undefined},
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

  io.stdout(
    renderChangelog(selectDocuments(documents, settings.document), {
      format: settings.format,
      merge: settings.merge
    })
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
