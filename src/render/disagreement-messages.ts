import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../diagnostics.js'
import type {Disagreement, DisagreementSide} from '../diff/index.js'
import type {Cloud, LocationsDocument} from '../model.js'
import type {RuleId} from '../rules.js'
import {cloudNames} from './change-sentences.js'
import {joinList} from './join-list.js'

/** The rule that reports each kind of disagreement. */
const ruleOf: Readonly<Record<Disagreement['kind'], RuleId>> = {
  'offering-omitted': 'page-omits-offering',
  'status-differs': 'pages-differ-in-status',
  'coming-soon-differs': 'pages-differ-in-coming-soon'
}

/** Locations named in full before the rest is counted. */
const namedLocations = 5

/**
 * Disagreements as vfile messages, at the place the stating page states the
 * fact, with the other page's place in the words: what `compare` reports
 * with vfile-reporter.
 *
 * @param disagreements
 *   What `compareDocuments` found.
 * @param documents
 *   The models compared: they give the names.
 * @returns
 *   Messages by the path of the page they are placed in.
 */
export function disagreementMessages(
  disagreements: readonly Disagreement[],
  documents: readonly LocationsDocument[]
): Map<string, VFileMessage[]> {
  const byPath = new Map<string, VFileMessage[]>()
  const names = nameTables(documents)

  for (const disagreement of disagreements) {
    const {stated, other} = disagreement
    const offering = stated.offering
    if (!offering) continue
    const provider = names.provider(stated, offering.provider)
    const subject =
      '**' +
      provider +
      '** at ' +
      names.location(stated, offering.location) +
      (offering.cloud === 'commercial' ? '' : ' (' + offering.cloud + ')')
    const reason =
      disagreement.kind === 'offering-omitted'
        ? subject +
          ': stated by ' +
          where(stated) +
          ', not by ' +
          where(other) +
          ', which ' +
          elsewhere(other, provider, offering.cloud, (id) =>
            names.location(other, id)
          )
        : disagreement.kind === 'status-differs'
          ? subject +
            ': ' +
            where(stated) +
            ' says ' +
            statuses(stated) +
            ', ' +
            where(other) +
            ' says ' +
            statuses(other)
          : subject +
            ': coming soon in ' +
            (offering.comingSoon
              ? where(stated) + ', not in ' + where(other)
              : where(other) + ', not in ' + where(stated))
    const path = stated.path ?? '<stdin>'
    const messages = byPath.get(path) ?? []
    messages.push(
      createMessage(
        ruleOf[disagreement.kind],
        reason,
        stated.source ?? {line: 1, column: 1}
      )
    )
    byPath.set(path, messages)
  }

  return byPath
}

/** A page and a line of it, as a message names them. */
function where(side: DisagreementSide): string {
  return (
    '`' +
    (side.path ?? '<stdin>') +
    '`' +
    (side.source ? ' line ' + side.source.line : '')
  )
}

/** Where a page that omits an offering lists its provider instead. */
function elsewhere(
  side: DisagreementSide,
  provider: string,
  cloud: Cloud,
  location: (id: string) => string
): string {
  const locations = side.providerLocations ?? []
  const inCloud = cloud === 'commercial' ? '' : ' in ' + cloudNames[cloud]
  if (side.source === null) return 'does not list ' + provider
  if (locations.length === 0)
    return 'names ' + provider + ' at no location' + inCloud
  const shown = locations.slice(0, namedLocations).map((id) => location(id))
  const rest = locations.length - shown.length
  return (
    'lists ' +
    provider +
    inCloud +
    ' at ' +
    joinList(rest > 0 ? [...shown, rest + ' more'] : shown)
  )
}

function statuses(side: DisagreementSide): string {
  const offering = side.offering
  if (!offering) return 'nothing'
  return (
    'Azure ' +
    (offering.azure ?? 'unstated') +
    ', Office 365 ' +
    (offering.office365 ?? 'unstated')
  )
}

/** Names as each compared page writes them, by path; ids where a page has none. */
function nameTables(documents: readonly LocationsDocument[]) {
  const byPath = new Map(
    documents.map((document) => [document.source.path ?? '<stdin>', document])
  )
  return {
    provider(side: DisagreementSide, id: string): string {
      return (
        byPath
          .get(side.path ?? '<stdin>')
          ?.providers.find((record) => record.id === id)?.name ?? id
      )
    },
    location(side: DisagreementSide, id: string): string {
      return (
        byPath
          .get(side.path ?? '<stdin>')
          ?.locations.find((record) => record.id === id)?.name ?? id
      )
    }
  }
}
