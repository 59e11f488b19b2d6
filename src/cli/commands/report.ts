import type {Command} from '../command.js'
import {UsageError} from '../io.js'

export const reportCommand: Command = {
  name: 'report',
  usage: 'report <file...> | --git <repo> --path <file>',
  summary: 'Not yet built.',
  details: [],
  options: {},
  async run() {
    throw new UsageError('`report` is not built yet')
  }
}
