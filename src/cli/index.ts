/**
 * The command line: reads files, calls the library, prints, returns an exit
 * code. The only module that touches the file system and the process.
 */

import {changelogCommand} from './commands/changelog.js'
import {checkCommand} from './commands/check.js'
import {compareCommand} from './commands/compare.js'
import {datasetCommand} from './commands/dataset.js'
import {diffCommand} from './commands/diff.js'
import {historyCommand} from './commands/history.js'
import {parseCommand} from './commands/parse.js'
import {reportCommand} from './commands/report.js'
import {summaryCommand} from './commands/summary.js'
import {updateCommand} from './commands/update.js'
import {viewsCommand} from './commands/views.js'
import type {Command} from './command.js'
import {commandHelp, mainHelp} from './help.js'
import {type Io, UsageError} from './io.js'
import {timeoutOption} from './input-options.js'
import {isClosedPipe, writeFailureReason} from './output-failure.js'
import {parseArguments} from './parse-arguments.js'
import {version} from './version.js'

export type {Io} from './io.js'

/** Every command, in the order the help lists them. */
export const commands: Command[] = [
  parseCommand,
  checkCommand,
  viewsCommand,
  diffCommand,
  changelogCommand,
  compareCommand,
  summaryCommand,
  datasetCommand,
  historyCommand,
  reportCommand,
  updateCommand
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
    io.stderr(
      'er-locations: Cannot write to standard output: ' +
        writeFailureReason(error) +
        '\n'
    )
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

/** What comes before the command: the program's own options. */
interface Leading {
  help: boolean
  version: boolean
  /** The command and its arguments. */
  rest: string[]
}

const mainHint = '; run `er-locations --help`'

/**
 * Read the options before the command (`--help`, `-h`, `--version`, `-v`),
 * up to the first argument that is not an option or up to `--`, which ends
 * them (`er-locations -- parse x` runs `parse x`). Any other `-x` is an
 * unknown option, not a command (`-` alone is an argument).
 */
function leadingOptions(argv: readonly string[]): Leading {
  const leading: Leading = {help: false, version: false, rest: []}
  let index = 0

  for (; index < argv.length; index++) {
    const argument = argv[index] as string
    if (argument === '--') {
      index++
      break
    }

    if (!argument.startsWith('-') || argument === '-') break
    const equals = argument.indexOf('=')
    const name =
      argument.startsWith('--') && equals !== -1
        ? argument.slice(0, equals)
        : argument

    if (
      name === '--help' ||
      name === '-h' ||
      name === '--version' ||
      name === '-v'
    ) {
      if (name !== argument)
        throw new UsageError('Option `' + name + '` takes no value' + mainHint)
      if (name === '--help' || name === '-h') leading.help = true
      else leading.version = true
    } else {
      throw new UsageError('Unknown option `' + name + '`' + mainHint)
    }
  }

  leading.rest = argv.slice(index)
  return leading
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const leading = leadingOptions(argv)
  const [name, ...rest] = leading.rest

  // `--help [command]` is `help [command]`: help wins over everything else,
  // as `<command> --help` does.
  if (leading.help) {
    io.stdout(helpOf(name))
    return 0
  }

  if (leading.version) {
    if (name !== undefined) {
      throw new UsageError(
        '`--version` takes no arguments, got `' + name + '`' + mainHint
      )
    }

    io.stdout(version + '\n')
    return 0
  }

  // No command is bad usage: the usage goes where errors go.
  if (name === undefined) {
    io.stderr(mainHelp(commands))
    return 2
  }

  if (name === 'help') {
    io.stdout(helpOf(helpArguments(rest)))
    return 0
  }

  const command = findCommand(name)
  const parsed = parseArguments(command, rest)

  if (parsed.help) {
    io.stdout(commandHelp(command))
    return 0
  }

  // The options of reading inputs reach `readInput` on `io`: no command
  // needs to pass them on.
  const timeout = timeoutOption(parsed.inputValues['timeout'])
  return command.run(
    {values: parsed.values, positionals: parsed.positionals},
    timeout === undefined ? io : {...io, fetchTimeoutMs: timeout}
  )
}

/**
 * The command named by `help [--help] [--] [command]`: `--help` (or `-h`)
 * asks for the help of `help`, which is the main help.
 */
function helpArguments(args: readonly string[]): string | undefined {
  const positionals: string[] = []
  let options = true

  for (const argument of args) {
    if (options && argument === '--') {
      options = false
    } else if (options && argument.startsWith('-') && argument !== '-') {
      if (argument !== '--help' && argument !== '-h') {
        const equals = argument.indexOf('=')
        throw new UsageError(
          'Unknown option `' +
            (argument.startsWith('--') && equals !== -1
              ? argument.slice(0, equals)
              : argument) +
            '`' +
            mainHint
        )
      }
    } else {
      positionals.push(argument)
    }
  }

  if (positionals.length > 1) {
    throw new UsageError(
      '`help` takes one command; run `er-locations --help` for the list'
    )
  }

  return positionals[0]
}

/** The help of `name` (the main help without a name, or for `help` itself). */
function helpOf(name: string | undefined): string {
  return name === undefined || name === 'help'
    ? mainHelp(commands)
    : commandHelp(findCommand(name))
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
