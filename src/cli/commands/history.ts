import type {Command} from '../command.js'
import {UsageError} from '../io.js'

export const historyCommand: Command = {
  name: 'history',
  usage: 'history <file...> | --git <repo> --path <file>',
  summary: 'Not yet built.',
  details: [],
  options: {},
  async run() {
    throw new UsageError('`history` is not built yet')
  }
}
