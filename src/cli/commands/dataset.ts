import path from 'node:path'
import type {LocationsDocument} from '../../model.js'
import {parse} from '../../parse.js'
import {renderDataset} from '../../render/index.js'
import type {Command} from '../command.js'
import {compareFileSet} from '../compare-file-set.js'
import {assertDistinctInputs} from '../distinct-inputs.js'
import {type Io, UsageError} from '../io.js'
import {readInput} from '../read-input.js'
import {viewOption} from '../view-option.js'
import {writeFileSetOnce} from '../write-file-set-once.js'

export const datasetCommand: Command = {
  name: 'dataset',
  usage:
    'dataset <file...> --out <dir> [--view published|upstream] [--check] [--force]',
  summary:
    'Write the models of pages as a dataset: JSON, CSV tables and the JSON Schema.',
  details: [
    'Writes model.json (one page) or models.json (several, oldest first by ms.date, then by path;',
    'pages without a date last), schema.json, documents.csv and one CSV table a record type.',
    'Byte-stable: the same pages give the same bytes. Paths are recorded as given (relative).',
    'manifest.json lists the files written, with their SHA-256: only those are ever replaced or',
    'removed. <dir> must be missing, empty or hold such a manifest (else --force); all or nothing.',
    'With --check, writes nothing: exit 1 naming each changed, missing or extra file of <dir>.'
  ],
  options: {
    out: {type: 'string', description: 'Directory of the dataset (required).'},
    view: {
      type: 'string',
      description: 'Which view to read: published (default) or upstream.'
    },
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
  async run({values, positionals}, io) {
    if (positionals.length === 0) {
      throw new UsageError('`dataset` needs at least one file (or `-`)')
    }

    const out = values['out']
    if (typeof out !== 'string' || out === '') {
      throw new UsageError(
        '`dataset` needs the directory to write: `--out <dir>`'
      )
    }

    assertDistinctInputs('dataset', positionals, {cwd: io.cwd})

    const view = viewOption(values['view'])
    const documents: LocationsDocument[] = []
    for (const name of positionals) {
      const input = await readInput(name, io)
      documents.push(
        parse(input.text, {view, path: recordedPath(name, input.path, io.cwd)})
      )
    }

    const files = renderDataset(documents)
    const directory = path.resolve(io.cwd, out)

    if (values['check'] === true) {
      return check(files, directory, out, io)
    }

    const result = await writeFileSetOnce(directory, files, {
      shown: out,
      what: 'the dataset',
      set: 'dataset',
      force: values['force'] === true
    })
    for (const name of result.foreign) {
      io.stderr(
        'er-locations: note: `' +
          path.join(out, name) +
          '` is not part of the dataset; left alone\n'
      )
    }

    const pages =
      documents.length + ' page' + (documents.length === 1 ? '' : 's')
    io.stdout(
      result.written.length === 0 && result.removed.length === 0
        ? out +
            ' is up to date (' +
            result.unchanged.length +
            ' files of ' +
            pages +
            '): nothing written\n'
        : 'Wrote ' +
            result.written.length +
            ' files of ' +
            pages +
            ' to ' +
            out +
            (result.unchanged.length > 0
              ? ' (' + result.unchanged.length + ' unchanged)'
              : '') +
            '\n'
    )
    return 0
  }
}

/**
 * The path a document records: as given, made relative to the working
 * directory when absolute, with `/` separators, so a dataset does not depend
 * on where it was written.
 */
function recordedPath(name: string, shown: string, cwd: string): string {
  if (name === '-') return shown
  const relative = path.isAbsolute(name)
    ? path.relative(cwd, name)
    : path.normalize(name)
  return relative.split(path.sep).join('/')
}

async function check(
  files: Map<string, string>,
  directory: string,
  out: string,
  io: Io
): Promise<number> {
  const {differences, foreign, advice, plain} = await compareFileSet(
    directory,
    files,
    out,
    'dataset'
  )
  for (const name of foreign) {
    io.stderr(
      'er-locations: note: `' +
        path.join(out, name) +
        '` is not part of the dataset; left alone\n'
    )
  }

  if (differences.length === 0) {
    io.stdout(out + ' is up to date (' + (files.size + 1) + ' files)\n')
    return 0
  }

  io.stderr(
    'er-locations: ' +
      out +
      ' is stale: ' +
      differences.length +
      ' file' +
      (differences.length === 1 ? ' differs' : 's differ') +
      ' from what `dataset` would write\n' +
      differences
        .map(
          ([name, kind]) => '  ' + kind.padEnd(8) + path.join(out, name) + '\n'
        )
        .join('') +
      advice +
      (plain ? ' (`npm start` for the bundled fixtures)' : '') +
      '.\n'
  )
  return 1
}
