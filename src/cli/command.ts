import type {ParseArgsConfig} from 'node:util'
import type {Io} from './io.js'

/** An option of a command, as `parseArgs` takes it, with its help line. */
export type CommandOption = NonNullable<ParseArgsConfig['options']>[string] & {
  description: string
}

/** Parsed arguments of a command. */
export interface CommandArguments {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>
  positionals: string[]
}

/** One `er-locations <command>`. */
export interface Command {
  name: string
  /** Synopsis, without the program name. */
  usage: string
  /** One sentence. */
  summary: string
  /** More lines of help. */
  details: string[]
  options: Record<string, CommandOption>
  /**
   * Whether the command reads pages (files or URLs), and so takes the
   * options of `inputOptions` (`--timeout`), which the runner reads for it
   * (default: `true`).
   */
  readsInputs?: boolean | undefined
  /** Run; returns the exit code. Throws `UsageError` for bad usage or input. */
  run: (arguments_: CommandArguments, io: Io) => Promise<number>
}
