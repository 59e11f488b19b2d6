import path from 'node:path'
import {
  answerQuery,
  history,
  historyToJson,
  knownNamesOfHistory,
  queryAnswerText,
  renderHistoryDataset
} from '../../render/index.js'
import type {Command} from '../command.js'
import {checkFileSet, noteForeignFiles} from '../file-set-check.js'
import {UsageError} from '../io.js'
import {
  queryOptions,
  queryOptionValues,
  queryWords,
  resolveQuery
} from '../query-options.js'
import {readVersions, type Versions, versionOptions} from '../read-versions.js'
import {writeFileSetOnce} from '../write-file-set-once.js'

/**
 * The files `history --out` writes of the versions read (`update` writes
 * them too).
 *
 * @param versions
 *   The versions, as `readVersions` gives them.
 */
export function historyFileSet(versions: Versions): Map<string, string> {
  return renderHistoryDataset(
    history(versions.documents, {
      order: versions.order,
      commit: versions.commit
    })
  )
}

export const historyCommand: Command = {
  name: 'history',
  usage:
    'history <file...> | --git <repo> --path <file> [--path <file>] [--document <docs>] [--since <date>] [--until <date>] [--provider <name>] [--location <name>] [--cloud <cloud>] [--out <dir> [--check] [--force]] [--view published|upstream]',
  summary:
    'Print when each fact was stated: its intervals of presence across the versions of one docs.',
  details: [
    'A history is of the pages of one edition and language (`global/en`): both pages, merged',
    'as `changelog --merge` merges them; pages of several are an error naming them (choose',
    'with --document). Files are ordered by `ms.date` (ties: by path); with --git, the',
    'versions are every commit of each --path (renames followed), in commit order, as',
    '`changelog --git` reads them. For every fact (keyed as `diff` keys its changes), the',
    'intervals of versions that state it; a version that does not state a kind of fact',
    'neither starts nor ends an interval of it; a change of state (coming soon, a status)',
    'starts a new one; `to: null`: still stated. Prints the history as JSON.',
    'With --provider, --location and --cloud: the intervals of what they name, in sentences,',
    'then the changelog sentences that touched it (a provider: it and its offerings; a',
    'location: it, the offerings there, its region maps, its exchange listing; both: the',
    'offerings of the one at the other). Names go through the alias table (`Level3`, `Hong',
    'Kong`); a name no version uses is an error that suggests the nearest.',
    'With --out, writes history.json, history.schema.json, versions.csv, intervals.csv and',
    'one <kind>-history.csv a kind (as `dataset` writes: manifest.json, all or nothing, never',
    'over files it did not write); --check writes nothing: exit 1 naming each stale file.'
  ],
  options: {
    ...versionOptions,
    ...queryOptions,
    out: {
      type: 'string',
      description:
        'Write history.json, history.schema.json and CSV tables into this directory.'
    },
    check: {
      type: 'boolean',
      description:
        'With --out: compare <dir> with what would be written; exit 1 when it differs.'
    },
    force: {
      type: 'boolean',
      description:
        'With --out: write into a directory without manifest.json, and over files of the manifest that were edited.'
    }
  },
  async run(arguments_, io) {
    const {values} = arguments_
    const out = values['out']
    if (out === undefined) {
      for (const name of ['check', 'force']) {
        if (values[name] !== undefined) {
          throw new UsageError(
            '`--' + name + '` is about the files of `--out <dir>`: give it'
          )
        }
      }
    } else if (typeof out !== 'string' || out === '') {
      throw new UsageError(
        '`--out` needs the directory to write: `--out <dir>`'
      )
    }

    const filters = queryOptionValues(values)
    if (filters !== undefined && out !== undefined) {
      throw new UsageError(
        '`--out` writes the whole history: give no `--provider`, `--location` or `--cloud` with it'
      )
    }

    const versions = await readVersions('history', arguments_, io)
    const options = {order: versions.order, commit: versions.commit}
    const result = history(versions.documents, options)

    if (filters !== undefined) {
      const query = resolveQuery(filters, knownNamesOfHistory(result))
      io.stdout(
        queryAnswerText(
          answerQuery(result, versions.documents, options, query),
          queryWords(filters)
        )
      )
      return 0
    }

    if (out === undefined) {
      io.stdout(historyToJson(result))
      return 0
    }

    const files = renderHistoryDataset(result)
    const directory = path.resolve(io.cwd, out)
    if (values['check'] === true) {
      return checkFileSet(files, directory, out, io, {
        command: 'history',
        set: 'history',
        what: 'history'
      })
    }

    const written = await writeFileSetOnce(directory, files, {
      shown: out,
      what: 'the history',
      set: 'history',
      force: values['force'] === true
    })
    noteForeignFiles(written.foreign, out, io, 'history')
    const summary =
      result.versions.length +
      ' version' +
      (result.versions.length === 1 ? '' : 's') +
      ' of ' +
      result.docs
    io.stdout(
      written.written.length === 0 && written.removed.length === 0
        ? out +
            ' is up to date (' +
            written.unchanged.length +
            ' files of ' +
            summary +
            '): nothing written\n'
        : 'Wrote ' +
            written.written.length +
            ' files of ' +
            summary +
            ' to ' +
            out +
            (written.unchanged.length > 0
              ? ' (' + written.unchanged.length + ' unchanged)'
              : '') +
            '\n'
    )
    return 0
  }
}
