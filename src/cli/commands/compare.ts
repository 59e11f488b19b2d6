import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {compareDocuments} from '../../diff/index.js'
import type {LocationsDocument} from '../../model.js'
import {parse} from '../../parse.js'
import {disagreementMessages} from '../../render/index.js'
import {useColor} from '../color-support.js'
import type {Command} from '../command.js'
import {assertDistinctInputs} from '../distinct-inputs.js'
import {UsageError} from '../io.js'
import {readInput} from '../read-input.js'
import {viewOption} from '../view-option.js'

export const compareCommand: Command = {
  name: 'compare',
  usage: 'compare <file...> [--format text|json] [--view published|upstream]',
  summary:
    'Report where the pages of one edition and language disagree (a provider at a location, a status, coming soon).',
  details: [
    'Pages are grouped by edition and language (see `source.document`); of each page, the',
    'newest version given is compared with the newest of the other page. Each fact one page',
    'states and the other omits or contradicts is a warning at the page that states it, naming',
    'the other page and its line. Exit 0; exit 2 when no two pages of one edition and language',
    'are given.'
  ],
  options: {
    format: {
      type: 'string',
      description: 'text (default: a vfile-reporter report) or json.'
    },
    view: {
      type: 'string',
      description:
        'Which view of each page to read: published (default) or upstream.'
    }
  },
  async run({values, positionals}, io) {
    const format = values['format'] ?? 'text'
    if (format !== 'text' && format !== 'json')
      throw new UsageError('`--format` must be `text` or `json`')
    if (positionals.length < 2)
      throw new UsageError(
        '`compare` takes the two pages of one edition and language (or more pages)'
      )
    assertDistinctInputs('compare', positionals)

    const view = viewOption(values['view'])
    const documents: LocationsDocument[] = []
    for (const name of positionals) {
      const input = await readInput(name, io)
      documents.push(parse(input.text, {view, path: input.path}))
    }

    const pairable = new Set(
      documents
        .filter(
          (document) =>
            document.source.document.page !== null &&
            document.source.document.language !== null
        )
        .map(
          (document) =>
            document.source.document.edition +
            '/' +
            document.source.document.language +
            ' ' +
            document.source.document.page
        )
    )
    const groups = [...pairable].map((key) => key.split(' ')[0])
    if (groups.length === new Set(groups).size) {
      throw new UsageError(
        '`compare` found no two pages of one edition and language among ' +
          documents
            .map((document) => '`' + document.source.document.id + '`')
            .join(', ')
      )
    }

    const disagreements = compareDocuments(documents)
    if (format === 'json') {
      io.stdout(JSON.stringify({disagreements}, null, 2) + '\n')
      return 0
    }

    const messages = disagreementMessages(disagreements, documents)
    const files = [...messages].map(([path, list]) => {
      const file = new VFile({path})
      file.messages.push(...list)
      return file
    })
    const report =
      files.length === 0
        ? 'No disagreements.'
        : reporter(files, {color: useColor(io)})
    io.stdout(report + '\n')
    return 0
  }
}
