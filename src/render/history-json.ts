import type {
  FactInterval,
  FactState,
  History,
  HistoryFact,
  HistoryVersion
} from './history-types.js'

/**
 * Render a history as JSON: 2-space indent, a trailing newline, and every
 * object's keys in one fixed order (that of `History`'s types), whatever
 * order the history was built in, so the same versions give the same bytes.
 *
 * @param history
 *   A history (`history`).
 */
export function historyToJson(history: History): string {
  return (
    JSON.stringify(
      {
        schemaVersion: history.schemaVersion,
        docs: history.docs,
        versions: history.versions.map((version) => versionJson(version)),
        facts: history.facts.map((fact) => factJson(fact))
      },
      null,
      2
    ) + '\n'
  )
}

function versionJson(version: HistoryVersion): HistoryVersion {
  const json: HistoryVersion = {
    date: version.date,
    path: version.path,
    document: version.document,
    sha256: version.sha256
  }
  // `commit` after `path`, where it belongs: rebuilt in that order.
  return version.commit === undefined
    ? json
    : {
        date: json.date,
        path: json.path,
        commit: version.commit,
        document: json.document,
        sha256: json.sha256
      }
}

function factJson(fact: HistoryFact): HistoryFact {
  const json: Partial<HistoryFact> = {
    kind: fact.kind,
    key: fact.key,
    name: fact.name
  }
  if (fact.cloud !== undefined) json.cloud = fact.cloud
  if (fact.provider !== undefined) json.provider = fact.provider
  if (fact.location !== undefined) json.location = fact.location
  if (fact.region !== undefined) json.region = fact.region
  json.intervals = fact.intervals.map((interval) => intervalJson(interval))
  return json as HistoryFact
}

function intervalJson(interval: FactInterval): FactInterval {
  const json: FactInterval = {
    from: interval.from,
    to: interval.to,
    names: [...interval.names]
  }
  if (interval.state !== undefined) json.state = stateJson(interval.state)
  return json
}

function stateJson(state: FactState): FactState {
  const json: FactState = {}
  if (state.comingSoon !== undefined) json.comingSoon = state.comingSoon
  if (state.azure !== undefined) json.azure = state.azure
  if (state.office365 !== undefined) json.office365 = state.office365
  return json
}
