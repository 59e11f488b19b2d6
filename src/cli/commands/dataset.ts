import path from 'node:path'
import type {LocationsDocument} from '../../model.js'
import {parse} from '../../parse.js'
import {renderDataset} from '../../render/index.js'
import type {Command} from '../command.js'
import {assertDistinctInputs} from '../distinct-inputs.js'
import {UsageError} from '../io.js'
import {checkFileSet, noteForeignFiles} from '../file-set-check.js'
import type {UrlOrigin} from '../file-set-manifest.js'
import {readInput} from '../read-input.js'
import {recordedPath} from '../read-versions.js'
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
    'Of a URL, the manifest also records its SHA-256, ETag and Last-Modified, for `update`.',
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
    // Where the pages of URLs came from, so that `update` can ask again.
    const origins: UrlOrigin[] = []
    for (const name of positionals) {
      const input = await readInput(name, io)
      const document = parse(input.text, {
        view,
        path: recordedPath(name, input.path, io.cwd)
      })
      documents.push(document)
      if (input.validators) {
        origins.push({
          page: document.source.path ?? name,
          url: name,
          sha256: document.source.sha256,
          etag: input.validators.etag,
          lastModified: input.validators.lastModified
        })
      }
    }

    const files = renderDataset(documents)
    const directory = path.resolve(io.cwd, out)

    if (values['check'] === true) {
      return checkFileSet(files, directory, out, io, {
        command: 'dataset',
        set: 'dataset',
        what: 'dataset',
        origins
      })
    }

    const result = await writeFileSetOnce(directory, files, {
      shown: out,
      what: 'the dataset',
      set: 'dataset',
      origins,
      force: values['force'] === true
    })
    noteForeignFiles(result.foreign, out, io, 'dataset')

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
