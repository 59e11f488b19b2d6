/**
 * Help texts: of the program and of one command.
 */

import type {Command} from './command.js'
import {optionsOf} from './parse-arguments.js'

/**
 * The help of the program: its commands and global options.
 *
 * @param commands
 *   Every command, in the order to list them.
 */
export function mainHelp(commands: readonly Command[]): string {
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
    '  --help     Show help (of a command: `--help <command>`, `help <command>`, `<command> --help`)',
    '  --version  Show the version',
    '',
    'A file argument of `-` reads standard input, an `http://` or `https://` URL is',
    'downloaded (`--timeout <seconds>`, default 30); `--` ends the options.',
    'Exit codes: 0 success, 1 failed check (--strict), 2 bad usage or unreadable file.',
    ''
  ].join('\n')
}

/**
 * The help of one command: its synopsis, what it does and its options.
 *
 * @param command
 *   The command.
 */
export function commandHelp(command: Command): string {
  const options = Object.entries(optionsOf(command))
  const width = Math.max(6, ...options.map(([key]) => key.length + 2))
  return [
    'Usage: er-locations ' + command.usage,
    '',
    command.summary,
    ...command.details,
    '',
    'Options:',
    ...options.map(
      ([key, option]) =>
        '  ' + ('--' + key).padEnd(width + 2) + option.description
    ),
    '  ' + '--help'.padEnd(width + 2) + 'Show this help',
    ''
  ].join('\n')
}
