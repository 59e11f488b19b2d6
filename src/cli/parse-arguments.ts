/**
 * Read the arguments of a command: options as the command declares them,
 * the options of reading inputs (`inputOptions`) for a command that reads
 * them, positionals, `--` to end the options, and `--help` / `-h`.
 */

import {ok as assert} from 'devlop'
import {parseArgs} from 'node:util'
import type {Command, CommandArguments, CommandOption} from './command.js'
import {inputOptions} from './input-options.js'
import {UsageError} from './io.js'

/** Arguments of a command, or the request for its help. */
export type ParsedArguments =
  | ({
      help: false
      /** Values of the options of `inputOptions`, kept apart from the command's. */
      inputValues: CommandArguments['values']
    } & CommandArguments)
  | {help: true}

/**
 * Every option `command` takes: its own, and the options of reading inputs
 * when it reads them.
 *
 * @param command
 *   The command.
 */
export function optionsOf(command: Command): Record<string, CommandOption> {
  if (command.readsInputs === false) return command.options
  for (const key of Object.keys(inputOptions)) {
    assert(
      !Object.hasOwn(command.options, key),
      'expected `' + command.name + '` not to declare `--' + key + '` itself'
    )
  }

  return {...command.options, ...inputOptions}
}

/**
 * Parse `args` for `command`.
 *
 * `parseArgs` runs without `strict`, and its tokens are checked here: its own
 * messages are long and name options in quotes, ours are one line in the
 * style of the other usage errors ("Unknown option `--foo`").
 *
 * @param command
 *   The command whose options are read.
 * @param args
 *   Arguments after the command name.
 * @returns
 *   Values and positionals, or `{help: true}` when `--help` or `-h` is given
 *   before `--`.
 */
export function parseArguments(
  command: Command,
  args: string[]
): ParsedArguments {
  const options = optionsOf(command)
  const {values, positionals, tokens} = parseArgs({
    args,
    options: Object.fromEntries(
      Object.entries(options).map(([key, option]) => {
        const {description: _description, ...config} = option
        return [key, config]
      })
    ),
    allowPositionals: true,
    strict: false,
    tokens: true
  })
  const hint = '; run `er-locations ' + command.name + ' --help`'

  // Tokens after `--` are positionals: a file named `--help` is a file.
  if (
    tokens.some(
      (token) =>
        token.kind === 'option' && (token.name === 'help' || token.name === 'h')
    )
  ) {
    return {help: true}
  }

  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const option = Object.hasOwn(options, token.name)
      ? options[token.name]
      : undefined

    if (!option) {
      throw new UsageError('Unknown option `' + token.rawName + '`' + hint)
    }

    if (option.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(
        'Option `' + token.rawName + '` takes no value' + hint
      )
    }

    // Without `strict`, `parseArgs` takes the next argument as the value even
    // when it is an option (`--out --view x`): almost always a value left out.
    if (
      option.type === 'string' &&
      (token.value === undefined ||
        (token.inlineValue === false &&
          token.value.startsWith('-') &&
          token.value !== '-'))
    ) {
      throw new UsageError(
        'Option `' + token.rawName + '` needs a value' + hint
      )
    }
  }

  const inputValues: CommandArguments['values'] = {}
  if (options !== command.options) {
    for (const key of Object.keys(inputOptions)) {
      if (!Object.hasOwn(values, key)) continue
      inputValues[key] = values[key]
      delete values[key]
    }
  }

  return {help: false, values, positionals, inputValues}
}
