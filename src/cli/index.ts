/**
 * The command line: reads files, calls the library, prints, returns an exit
 * code. The only module that touches the file system and the process.
 */

import {parseArgs} from 'node:util'
import {changelogCommand} from './commands/changelog.js'
import {checkCommand} from './commands/check.js'
import {datasetCommand} from './commands/dataset.js'
import {diffCommand} from './commands/diff.js'
import {parseCommand} from './commands/parse.js'
import {summaryCommand} from './commands/summary.js'
import {viewsCommand} from './commands/views.js'
import type {Command} from './command.js'
import {type Io, UsageError} from './io.js'
import {version} from './version.js'

export type {Io} from './io.js'

const commands: Command[] = [
  parseCommand,
  checkCommand,
  viewsCommand,
  diffCommand,
  changelogCommand,
  summaryCommand,
  datasetCommand
]

/**
 * Run the CLI.
 *
 * @param argv
 *   Arguments after the program name.
 * @param io
 *   Streams of the run.
 * @returns
 *   Exit code: 0 success, 1 failed check, 2 bad usage or unreadable input.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr('er-locations: ' + error.message + '\n')
      return 2
    }

    // A bug of ours: say so in one line, no stack trace.
    io.stderr(
      'er-locations: internal error: ' +
        (error instanceof Error ? error.message : String(error)) +
        '\n'
    )
    return 70
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv

  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp())
    return name === undefined ? 2 : 0
  }

  if (name === '--version' || name === '-v') {
    io.stdout(version + '\n')
    return 0
  }

  const command = commands.find((command) => command.name === name)
  if (!command) {
    throw new UsageError(
      'Unknown command `' + name + '`; run `er-locations --help` for the list'
    )
  }

  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command))
    return 0
  }

  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      options: Object.fromEntries(
        Object.entries(command.options).map(([key, option]) => {
          const {description, ...config} = option
          return [key, config]
        })
      ),
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    throw new UsageError(
      (error instanceof Error ? error.message.split('\n')[0] : String(error)) +
        '; run `er-locations ' +
        command.name +
        ' --help`'
    )
  }

  return command.run(
    {values: parsed.values, positionals: parsed.positionals},
    io
  )
}

function mainHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    'Usage: er-locations <command> [options]',
    '',
    'Read the Azure ExpressRoute locations pages into a typed model.',
    '',
    'Commands:',
    ...commands.map(
      (command) => '  ' + command.name.padEnd(width + 2) + command.summary
    ),
    '',
    'Options:',
    '  --help     Show help (also after a command)',
    '  --version  Show the version',
    '',
    'A file argument of `-` reads standard input.',
    'Exit codes: 0 success, 1 failed check (--strict), 2 bad usage or unreadable file.',
    ''
  ].join('\n')
}

function commandHelp(command: Command): string {
  const options = Object.entries(command.options)
  const width = Math.max(6, ...options.map(([key]) => key.length + 2))
  return [
    'Usage: er-locations ' + command.usage,
    '',
    command.summary,
    ...command.details,
    '',
    'Options:',
    ...options.map(
      ([key, option]) => '  ' + ('--' + key).padEnd(width + 2) + option.description
    ),
    '  ' + '--help'.padEnd(width + 2) + 'Show this help',
    ''
  ].join('\n')
}
