import type {ViewName} from '../../model.js'
import {sourceFromText, viewOf} from '../../source/index.js'
import type {Command} from '../command.js'
import {UsageError} from '../io.js'
import {readInput} from '../read-input.js'

const viewNames: ViewName[] = ['published', 'upstream']

export const viewsCommand: Command = {
  name: 'views',
  usage: 'views <file|-> --text published|upstream',
  summary: 'Print the published or upstream text of a customized page.',
  details: [
    'published: what readers of the Azure China page saw (deleted text removed, kept text included).',
    'upstream: the global page reconstructed (deleted text restored, kept text removed).',
    'Lines that held only customization markers are left out of both.'
  ],
  options: {
    text: {
      type: 'string',
      description: 'Which view to print: published or upstream (required).'
    }
  },
  async run({values, positionals}, io) {
    if (positionals.length !== 1) {
      throw new UsageError('`views` takes one file (or `-` for standard input)')
    }

    const text = values['text']
    if (typeof text !== 'string' || !viewNames.includes(text as ViewName)) {
      throw new UsageError(
        '`views` needs `--text published` or `--text upstream`'
      )
    }

    const input = await readInput(positionals[0] as string, io)
    io.stdout(viewOf(sourceFromText(input.text), text as ViewName).text)
    return 0
  }
}
