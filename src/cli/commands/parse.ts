import path from 'node:path'
import {parse} from '../../parse.js'
import {datasetTables, ndjsonFromModel} from '../../render/index.js'
import type {Command} from '../command.js'
import {UsageError} from '../io.js'
import {readInput} from '../read-input.js'
import {viewOption} from '../view-option.js'
import {writeFileSetOnce} from '../write-file-set-once.js'

const formats = ['json', 'ndjson', 'csv']

export const parseCommand: Command = {
  name: 'parse',
  usage:
    'parse <file|-> [--view published|upstream] [--format json|ndjson|csv] [--out <dir> [--force]]',
  summary: 'Print the model of a page.',
  details: [
    'json: the model, pretty-printed; ndjson: one record a line with a `type`;',
    'csv: one table a record type, written to the directory given with --out, with a',
    'manifest.json of the files written: as `dataset` writes, all or nothing, never over',
    'files it did not write.'
  ],
  options: {
    view: {
      type: 'string',
      description: 'Which view to read: published (default) or upstream.'
    },
    format: {type: 'string', description: 'json (default), ndjson or csv.'},
    out: {
      type: 'string',
      description: 'Directory for the CSV tables (with --format csv).'
    },
    force: {
      type: 'boolean',
      description:
        'With --out: write into a directory without manifest.json, and over edited tables.'
    }
  },
  async run({values, positionals}, io) {
    if (positionals.length !== 1) {
      throw new UsageError('`parse` takes one file (or `-` for standard input)')
    }

    const format = values['format'] ?? 'json'
    if (typeof format !== 'string' || !formats.includes(format)) {
      throw new UsageError('`--format` must be `json`, `ndjson` or `csv`')
    }

    const out = values['out']
    if (format === 'csv' && (typeof out !== 'string' || out === '')) {
      throw new UsageError(
        '`--format csv` writes one file a table: give the directory with `--out <dir>`'
      )
    }

    if (format !== 'csv' && out !== undefined) {
      throw new UsageError(
        '`--out` is for `--format csv`; ' + format + ' goes to standard output'
      )
    }

    if (format !== 'csv' && values['force'] !== undefined) {
      throw new UsageError('`--force` is for `--format csv --out <dir>`')
    }

    const view = viewOption(values['view'])
    const input = await readInput(positionals[0] as string, io)
    const model = parse(input.text, {view, path: input.path})

    if (format === 'json') {
      io.stdout(JSON.stringify(model, null, 2) + '\n')
    } else if (format === 'ndjson') {
      io.stdout(ndjsonFromModel(model))
    } else {
      const shown = out as string
      const tables = new Map(Object.entries(datasetTables([model])))
      const result = await writeFileSetOnce(
        path.resolve(io.cwd, shown),
        tables,
        {
          shown,
          what: 'the CSV tables',
          set: 'tables',
          force: values['force'] === true
        }
      )
      for (const name of result.foreign) {
        io.stderr(
          'er-locations: note: `' +
            path.join(shown, name) +
            '` is not one of the tables; left alone\n'
        )
      }
    }

    return 0
  }
}
