import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {readDocument} from '../../document.js'
import type {Command} from '../command.js'
import {UsageError} from '../io.js'
import {readInput} from '../read-input.js'
import {viewOption} from '../view-option.js'

export const checkCommand: Command = {
  name: 'check',
  usage: 'check <file|-...> [--view published|upstream] [--strict]',
  summary: 'Report the diagnostics of pages, with raw line and column.',
  details: [
    'Exit 0 when the pages were read; with --strict, exit 1 when any has an error diagnostic.'
  ],
  options: {
    view: {
      type: 'string',
      description: 'Which view to check: published (default) or upstream.'
    },
    strict: {
      type: 'boolean',
      description: 'Exit 1 when a page has an error diagnostic.'
    }
  },
  async run({values, positionals}, io) {
    if (positionals.length === 0) {
      throw new UsageError('`check` needs at least one file (or `-`)')
    }

    const view = viewOption(values['view'])

    const files: VFile[] = []
    for (const name of positionals) {
      const input = await readInput(name, io)
      const file = new VFile({path: input.path, value: input.text})
      file.messages.push(
        ...readDocument(input.text, {view, path: input.path}).messages
      )
      files.push(file)
    }

    io.stdout(reporter(files, {color: false}) + '\n')
    const failed = files.some((file) =>
      file.messages.some((message) => message.fatal === true)
    )
    return values['strict'] && failed ? 1 : 0
  }
}
