import type {LocationsDocument} from '../../model.js'
import {parse} from '../../parse.js'
import {renderDiff} from '../../render/index.js'
import {changelogFormatOption} from '../changelog-format-option.js'
import type {Command} from '../command.js'
import {assertDistinctInputs} from '../distinct-inputs.js'
import {UsageError} from '../io.js'
import {readInput} from '../read-input.js'
import {viewOption} from '../view-option.js'

export const diffCommand: Command = {
  name: 'diff',
  usage:
    'diff <old|-> <new|-> [--format markdown|json] [--view published|upstream]',
  summary: 'Print what changed from one page to another.',
  details: [
    'markdown: one Keep a Changelog section; json: `{versions: [{from, to, changes}]}`.',
    'Only the facts both pages state are compared: a fact one side lacks is no change.'
  ],
  options: {
    format: {type: 'string', description: 'markdown (default) or json.'},
    view: {
      type: 'string',
      description:
        'Which view of both pages to read: published (default) or upstream.'
    }
  },
  async run({values, positionals}, io) {
    if (positionals.length !== 2) {
      throw new UsageError(
        '`diff` takes two files: the older and the newer page'
      )
    }

    assertDistinctInputs('diff', positionals)

    const format = changelogFormatOption(values['format'])
    const view = viewOption(values['view'])
    const [older, newer] = await Promise.all(
      positionals.map(async (name) => {
        const input = await readInput(name, io)
        return parse(input.text, {view, path: input.path})
      })
    )
    io.stdout(
      renderDiff(older as LocationsDocument, newer as LocationsDocument, {
        format
      })
    )
    return 0
  }
}
