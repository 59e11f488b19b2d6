/**
 * The command line: reads files, calls the library, prints, returns an exit
 * code. The only module that touches the file system and the process.
 */

import {changelogCommand} from './commands/changelog.js'
import {checkCommand} from './commands/check.js'
import {datasetCommand} from './commands/dataset.js'
import {diffCommand} from './commands/diff.js'
import {parseCommand} from './commands/parse.js'
import {summaryCommand} from './commands/summary.js'
import {viewsCommand} from './commands/views.js'
import type {Command} from './command.js'
import {commandHelp, mainHelp} from './help.js'
import {type Io, UsageError} from './io.js'
import {isClosedPipe, writeFailureReason} from './output-failure.js'
import {parseArguments} from './parse-arguments.js'
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
 * When `io.flush` is given, the run ends when standard output is written.
 * A closed pipe (`er-locations … | head`) ends the output quietly with the
 * command's own exit code; any other write error is one line on stderr and
 * exit code 2.
 *
 * @param argv
 *   Arguments after the program name.
 * @param io
 *   Streams of the run.
 * @returns
 *   Exit code: 0 success, 1 failed check, 2 bad usage, unreadable input or
 *   unwritable output, 70 internal error.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let code: number
  try {
    code = await dispatch(argv, io)
  } catch (error) {
    code = reportFailure(error, io)
  }

  try {
    await io.flush?.()
  } catch (error) {
    if (isClosedPipe(error)) return code
    io.stderr('er-locations: Cannot write to standard output: ' + writeFailureReason(error) + '\n')
    return 2
  }

  return code
}

/** Say what failed, in one line; return the exit code. */
function reportFailure(error: unknown, io: Io): number {
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

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv

  // No command is bad usage: the usage goes where errors go.
  if (name === undefined) {
    io.stderr(mainHelp(commands))
    return 2
  }

  if (name === '--help' || name === '-h') {
    io.stdout(mainHelp(commands))
    return 0
  }

  if (name === 'help') {
    if (rest.length > 1) {
      throw new UsageError('`help` takes one command; run `er-locations --help` for the list')
    }

    io.stdout(rest[0] === undefined ? mainHelp(commands) : commandHelp(findCommand(rest[0])))
    return 0
  }

  if (name === '--version' || name === '-v') {
    io.stdout(version + '\n')
    return 0
  }

  const command = findCommand(name)
  const parsed = parseArguments(command, rest)

  if (parsed.help) {
    io.stdout(commandHelp(command))
    return 0
  }

  return command.run(
    {values: parsed.values, positionals: parsed.positionals},
    io
  )
}

/** The command called `name`; bad usage when there is none. */
function findCommand(name: string): Command {
  const command = commands.find((command) => command.name === name)
  if (!command) {
    throw new UsageError(
      'Unknown command `' + name + '`; run `er-locations --help` for the list'
    )
  }

  return command
}
