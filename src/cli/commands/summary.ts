import {readDocument} from '../../document.js'
import type {Command} from '../command.js'
import {assertDistinctInputs} from '../distinct-inputs.js'
import {UsageError} from '../io.js'
import {readInput} from '../read-input.js'

export const summaryCommand: Command = {
  name: 'summary',
  usage: 'summary <file|-...>',
  summary:
    'Print, for each page, its metadata and what its customization changes.',
  details: [
    'One block a page: date, title, metadata format, authors, customization regions, diagnostics.'
  ],
  options: {},
  async run({positionals}, io) {
    if (positionals.length === 0) {
      throw new UsageError('`summary` needs at least one file (or `-`)')
    }

    assertDistinctInputs('summary', positionals)
    for (const name of positionals) {
      const input = await readInput(name, io)
      const document = readDocument(input.text)
      const {meta, format} = document.metadata
      const {regions, published, upstream, raw} = document.source
      const deleted = regions.filter((region) => region.kind === 'deleted')
      const kept = regions.filter((region) => region.kind === 'keep')
      const lines = (text: string) => text.split('\n').length
      io.stdout(
        [
          input.path,
          '  date: ' + (meta.date ?? 'none') + ', metadata: ' + format,
          '  title: ' + (meta.title ?? 'none'),
          '  authors: ' + (meta.authors.join(', ') || 'none'),
          regions.length === 0
            ? '  customization: none'
            : '  customization: ' +
              deleted.length +
              ' deleted, ' +
              kept.length +
              ' kept; lines raw ' +
              lines(raw) +
              ', published ' +
              lines(published.text) +
              ', upstream ' +
              lines(upstream.text),
          '  diagnostics: ' + document.messages.length,
          ''
        ].join('\n')
      )
    }

    return 0
  }
}
