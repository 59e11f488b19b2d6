import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {readDocument} from '../../document.js'
import {useColor} from '../color-support.js'
import type {Command} from '../command.js'
import {assertDistinctInputs} from '../distinct-inputs.js'
import {UsageError} from '../io.js'
import {readInput} from '../read-input.js'
import {viewOption} from '../view-option.js'

export const checkCommand: Command = {
  name: 'check',
  usage: 'check <file|-...> [--view published|upstream] [--strict] [--quiet]',
  summary: 'Report the diagnostics of pages, with raw line and column.',
  details: [
    'Exit 0 when the pages were read; with --strict, exit 1 when any has an error diagnostic.',
    'The report is coloured when standard output is a terminal; NO_COLOR=1 turns colour off,',
    'FORCE_COLOR=1 on (FORCE_COLOR wins; FORCE_COLOR=0 turns it off).'
  ],
  options: {
    view: {
      type: 'string',
      description: 'Which view to check: published (default) or upstream.'
    },
    strict: {
      type: 'boolean',
      description: 'Exit 1 when a page has an error diagnostic.'
    },
    quiet: {
      type: 'boolean',
      description:
        'Report errors only: hide warnings, infos and the pages without errors.'
    }
  },
  async run({values, positionals}, io) {
    if (positionals.length === 0) {
      throw new UsageError('`check` needs at least one file (or `-`)')
    }

    assertDistinctInputs('check', positionals)
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

    // `silent` is vfile-reporter's "errors only" (its `quiet` only hides
    // files without messages); eslint calls that `--quiet`.
    const report = reporter(files, {
      color: useColor(io),
      silent: values['quiet'] === true
    })
    // Nothing to report with --quiet prints nothing, as eslint does.
    if (report !== '') io.stdout(report + '\n')
    const failed = files.some((file) =>
      file.messages.some((message) => message.fatal === true)
    )
    return values['strict'] && failed ? 1 : 0
  }
}
