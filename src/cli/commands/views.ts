import type {ViewName} from '../../model.js'
import {parse} from '../../parse.js'
import {renderDiff} from '../../render/index.js'
import {sourceFromText, viewOf} from '../../source/index.js'
import {changelogFormatOption} from '../changelog-format-option.js'
import type {Command} from '../command.js'
import {UsageError} from '../io.js'
import {readInput} from '../read-input.js'

const viewNames: ViewName[] = ['published', 'upstream']

export const viewsCommand: Command = {
  name: 'views',
  usage: 'views <file|-> [--format markdown|json] [--text published|upstream]',
  summary:
    'Print what the customization of a page changed, or one view of its text.',
  details: [
    'Without --text: the diff upstream → published, as a changelog section (markdown or json):',
    'what the Azure China edition changed of the global page.',
    'published: what readers of the Azure China page saw (deleted text removed, kept text included).',
    'upstream: the global page reconstructed (deleted text restored, kept text removed).',
    'Lines that held only customization markers are left out of both.'
  ],
  options: {
    format: {
      type: 'string',
      description: 'markdown (default) or json: how to print the changes.'
    },
    text: {
      type: 'string',
      description: 'Print the text of a view instead: published or upstream.'
    }
  },
  async run({values, positionals}, io) {
    if (positionals.length !== 1) {
      throw new UsageError('`views` takes one file (or `-` for standard input)')
    }

    const text = values['text']
    if (text !== undefined) {
      if (typeof text !== 'string' || !viewNames.includes(text as ViewName)) {
        throw new UsageError(
          '`--text` must be `--text published` or `--text upstream`'
        )
      }

      if (values['format'] !== undefined) {
        throw new UsageError(
          '`--format` prints the changes: leave it out with `--text`'
        )
      }

      const input = await readInput(positionals[0] as string, io)
      io.stdout(viewOf(sourceFromText(input.text), text as ViewName).text)
      return 0
    }

    const format = changelogFormatOption(values['format'])
    const input = await readInput(positionals[0] as string, io)
    const upstream = parse(input.text, {view: 'upstream', path: input.path})

    // Without customization comments both views are the raw text: nothing to
    // compare, and an empty changelog would hide why.
    if (!upstream.source.customized) {
      if (format === 'json') {
        io.stdout(renderDiff(upstream, upstream, {format}))
      } else {
        io.stdout(
          '`' +
            input.path +
            '` has no customization: its published and upstream views are the same.\n'
        )
      }

      return 0
    }

    const published = parse(input.text, {view: 'published', path: input.path})
    io.stdout(renderDiff(upstream, published, {format}))
    return 0
  }
}
