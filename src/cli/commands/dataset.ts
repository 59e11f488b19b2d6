import {mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {LocationsDocument} from '../../model.js'
import {parse} from '../../parse.js'
import {datasetFileNames, renderDataset} from '../../render/dataset.js'
import type {Command} from '../command.js'
import {type Io, UsageError} from '../io.js'
import {readInput} from '../read-input.js'
import {viewOption} from '../view-option.js'

/** How a file of `<dir>` compares with what the dataset would write. */
type Difference = 'changed' | 'missing' | 'extra'

export const datasetCommand: Command = {
  name: 'dataset',
  usage: 'dataset <file...> --out <dir> [--view published|upstream] [--check]',
  summary: 'Write the models of pages as a dataset: JSON, CSV tables and the JSON Schema.',
  details: [
    'Writes model.json (one page) or models.json (several, oldest first by ms.date, then by path;',
    'pages without a date last), schema.json, documents.csv and one CSV table a record type.',
    'Byte-stable: the same pages give the same bytes. Paths are recorded as given (relative).',
    'With --check, writes nothing: exit 1 naming each changed, missing or extra file of <dir>.'
  ],
  options: {
    out: {type: 'string', description: 'Directory of the dataset (required).'},
    view: {type: 'string', description: 'Which view to read: published (default) or upstream.'},
    check: {type: 'boolean', description: 'Compare <dir> with what would be written; exit 1 when it differs.'}
  },
  async run({values, positionals}, io) {
    if (positionals.length === 0) {
      throw new UsageError('`dataset` needs at least one file (or `-`)')
    }

    const out = values['out']
    if (typeof out !== 'string' || out === '') {
      throw new UsageError('`dataset` needs the directory to write: `--out <dir>`')
    }

    const seen = new Set<string>()
    for (const name of positionals) {
      const key = name === '-' ? name : path.resolve(io.cwd, name)
      if (seen.has(key)) throw new UsageError('`' + name + '` is given twice')
      seen.add(key)
    }

    const view = viewOption(values['view'])
    const documents: LocationsDocument[] = []
    for (const name of positionals) {
      const input = await readInput(name, io)
      documents.push(parse(input.text, {view, path: recordedPath(name, input.path, io.cwd)}))
    }

    const files = renderDataset(documents)
    const directory = path.resolve(io.cwd, out)

    if (values['check'] === true) {
      return check(files, directory, out, io)
    }

    try {
      await mkdir(directory, {recursive: true})
      for (const [name, text] of files) {
        await writeFile(path.join(directory, name), text)
      }
    } catch (error) {
      // The user's directory, not our bug: a file in the way, no permission.
      const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : 'unknown error'
      throw new UsageError('Cannot write the dataset to `' + out + '`: ' + code)
    }

    // A dataset of one page has `model.json`, of several `models.json`: remove
    // the one that is not written now, so `--check` passes. Files this command
    // never writes are left alone (and reported).
    const present = await listDirectory(directory, out)
    for (const name of present) {
      if (!files.has(name) && datasetFileNames.includes(name)) {
        await rm(path.join(directory, name))
      }
    }

    for (const name of present) {
      if (!files.has(name) && !datasetFileNames.includes(name)) {
        io.stderr('er-locations: note: `' + path.join(out, name) + '` is not part of the dataset; `--check` reports it\n')
      }
    }

    io.stdout('Wrote ' + files.size + ' files of ' + documents.length + ' page' + (documents.length === 1 ? '' : 's') + ' to ' + out + '\n')
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
  const relative = path.isAbsolute(name) ? path.relative(cwd, name) : path.normalize(name)
  return relative.split(path.sep).join('/')
}

async function check(files: Map<string, string>, directory: string, out: string, io: Io): Promise<number> {
  const present = await listDirectory(directory, out)
  const differences: Array<[string, Difference]> = []

  for (const [name, text] of files) {
    if (!present.includes(name)) {
      differences.push([name, 'missing'])
      continue
    }

    let actual: Buffer | undefined
    try {
      actual = await readFile(path.join(directory, name))
    } catch {
      // A directory or an unreadable file where a table belongs: stale all the same.
    }

    if (!actual || !actual.equals(Buffer.from(text, 'utf8'))) differences.push([name, 'changed'])
  }

  for (const name of present) {
    if (!files.has(name)) differences.push([name, 'extra'])
  }

  if (differences.length === 0) {
    io.stdout(out + ' is up to date (' + files.size + ' files)\n')
    return 0
  }

  differences.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  io.stderr(
    'er-locations: ' +
      out +
      ' is stale: ' +
      differences.length +
      ' file' +
      (differences.length === 1 ? ' differs' : 's differ') +
      ' from what `dataset` would write\n' +
      differences.map(([name, kind]) => '  ' + kind.padEnd(8) + path.join(out, name) + '\n').join('') +
      'Regenerate it by running the same command without `--check` (`npm start` for the bundled fixtures).\n'
  )
  return 1
}

/** Names in a directory, sorted; none when it does not exist. */
async function listDirectory(directory: string, shown: string): Promise<string[]> {
  try {
    return (await readdir(directory)).sort()
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return []
    throw new UsageError('Cannot read `' + shown + '`: not a readable directory')
  }
}
