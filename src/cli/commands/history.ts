import {history, historyToJson} from '../../render/index.js'
import type {Command} from '../command.js'
import {readVersions, versionOptions} from '../read-versions.js'

export const historyCommand: Command = {
  name: 'history',
  usage:
    'history <file...> | --git <repo> --path <file> [--path <file>] [--document <docs>] [--since <date>] [--until <date>] [--view published|upstream]',
  summary:
    'Print when each fact was stated: its intervals of presence across the versions of one docs.',
  details: [],
  options: {...versionOptions},
  async run(arguments_, io) {
    const versions = await readVersions('history', arguments_, io)
    io.stdout(
      historyToJson(
        history(versions.documents, {
          order: versions.order,
          commit: versions.commit
        })
      )
    )
    return 0
  }
}
