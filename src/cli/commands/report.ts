import path from 'node:path'
import {renderReport} from '../../render/index.js'
import type {Command} from '../command.js'
import {checkFileSet, noteForeignFiles} from '../file-set-check.js'
import {UsageError} from '../io.js'
import {readReportApp} from '../report-app.js'
import {readVersions, type Versions, versionOptions} from '../read-versions.js'
import {viewOption} from '../view-option.js'
import type {ViewName} from '../../model.js'
import {writeFileSetOnce} from '../write-file-set-once.js'

/** The one file of a report (beside its manifest). */
const page = 'index.html'

/**
 * The files `report` writes of the versions read (`update` writes them too).
 *
 * @param versions
 *   The versions, as `readVersions` gives them.
 * @param view
 *   The view they were read in.
 */
export async function reportFileSet(
  versions: Versions,
  view: ViewName
): Promise<Map<string, string>> {
  const html = renderReport(versions.documents, {
    order: versions.order,
    commit: versions.commit,
    view,
    script: await readReportApp()
  })
  return new Map([[page, html]])
}

export const reportCommand: Command = {
  name: 'report',
  usage:
    'report <file...> | --git <repo> --path <file> [--path <file>], --out <dir> [--document <docs>] [--since <date>] [--until <date>] [--view published|upstream] [--check] [--force]',
  summary:
    'Write the history of the pages as one self-contained HTML page: counts over time, a table of locations and providers, timelines, the changelog, and a page dropped onto it compared with the newest version.',
  details: [
    'Writes <dir>/index.html: chart, table and changelog as HTML, the data and the script inline;',
    'it loads nothing (no network, no font), and works from file://. The versions are of one',
    'edition and language (the pages side by side merged, as `history` reads them); give',
    '--document (`global/en`) when the files are of several. Files are ordered by `ms.date`;',
    'with --git, the versions are the commits of <file> (of several --path, in commit order).',
    'Byte-stable, with a manifest as `dataset` writes: only files er-locations wrote are ever',
    'replaced; all or nothing. With --check, writes nothing: exit 1 when <dir> is stale.'
  ],
  options: {
    out: {type: 'string', description: 'Directory of the report (required).'},
    ...versionOptions,
    check: {
      type: 'boolean',
      description:
        'Compare <dir> with what would be written; exit 1 when it differs.'
    },
    force: {
      type: 'boolean',
      description:
        'Write into a directory without manifest.json, and over files of the manifest that were edited.'
    }
  },
  async run(arguments_, io) {
    const {values} = arguments_
    const out = values['out']
    if (typeof out !== 'string' || out === '') {
      throw new UsageError(
        '`report` needs the directory to write: `--out <dir>`'
      )
    }

    const read = await readVersions('report', arguments_, io)
    const {documents} = read
    const files = await reportFileSet(read, viewOption(values['view']))
    const html = files.get(page) as string
    const directory = path.resolve(io.cwd, out)
    const versions =
      documents.length + ' version' + (documents.length === 1 ? '' : 's')

    if (values['check'] === true) {
      return checkFileSet(files, directory, out, io, {
        command: 'report',
        set: 'report',
        what: 'report'
      })
    }

    const result = await writeFileSetOnce(directory, files, {
      shown: out,
      what: 'the report',
      set: 'report',
      force: values['force'] === true
    })
    noteForeignFiles(result.foreign, out, io, 'report')
    io.stdout(
      result.written.length === 0 && result.removed.length === 0
        ? out +
            ' is up to date (the report of ' +
            versions +
            '): nothing written\n'
        : 'Wrote the report of ' +
            versions +
            ' to ' +
            path.join(out, page) +
            ' (' +
            kilobytes(html) +
            ')\n'
    )
    return 0
  }
}

/** `1.4 MB`, `312 kB`. */
function kilobytes(text: string): string {
  const bytes = new TextEncoder().encode(text).length
  return bytes >= 1_000_000
    ? (bytes / 1_000_000).toFixed(1) + ' MB'
    : Math.ceil(bytes / 1000) + ' kB'
}
