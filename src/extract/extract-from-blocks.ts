/**
 * Stage 3, **extract**: recognize each table by its header cells and its
 * section, and turn its rows into records; read the lists and legends that
 * state facts outside tables.
 */

import type {List, ListItem, Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFileMessage} from 'vfile-message'
import type {Blocks, Section, Table} from '../blocks/index.js'
import {createMessage} from '../diagnostics.js'
import {footnotesFromText} from './cell-footnotes.js'
import {createCellReader, type CellReader} from './cell-reader.js'
import {cloudFromSectionPath} from './cloud-from-section-path.js'
import {listKindFromSectionTitle, type ColumnRole} from './header-synonyms.js'
import {normalizeHeader} from './normalize-header.js'
import {recordsFromTable} from './records-from-table.js'
import {rolesFromHeader} from './roles-from-header.js'
import {tableKindFromHeader, type TableKind} from './table-kind-from-header.js'
import type {Cloud} from '../model.js'
import type {Extraction, NameRef} from './types.js'

/**
 * Read every fact of one view.
 *
 * @param blocks
 *   The view's blocks.
 */
export function extractFromBlocks(blocks: Blocks): Extraction {
  const messages: VFileMessage[] = []
  const reader = createCellReader(blocks, messages)
  const extraction: Extraction = {
    regions: [],
    locations: [],
    providers: [],
    exchanges: [],
    systemIntegrators: [],
    satelliteOperators: [],
    datacenterProviders: [],
    researchNetworks: [],
    footnotes: {},
    facets: [],
    messages
  }

  // Region maps first: a page whose maps name only one national cloud (the
  // Azure China edition's own pages) speaks of that cloud where no section
  // title says otherwise.
  const tables = blocks.tables.map((table) => {
    const roles = rolesFromHeader(table.header.map((cell) => cell.text))
    return {table, roles, kind: tableKindFromHeader(roles)}
  })
  for (const entry of tables) {
    if (entry.kind === 'region-map') tableRecords(entry, reader, extraction, 'commercial')
  }

  const regionClouds = new Set(extraction.regions.map((region) => region.locationCloud))
  const [onlyCloud] = regionClouds
  const defaultCloud = regionClouds.size === 1 && onlyCloud ? onlyCloud : 'commercial'
  for (const entry of tables) {
    if (entry.kind !== 'region-map') tableRecords(entry, reader, extraction, defaultCloud)
  }

  for (const section of blocks.sections) {
    const kind = listKindFromSectionTitle[
      normalizeHeader(section.title) as keyof typeof listKindFromSectionTitle
    ]
    for (const node of section.nodes) {
      if (node.type === 'list' && kind === 'satellite-operators') {
        extraction.satelliteOperators.push(...listNames(node, reader, blocks))
      } else if (node.type === 'paragraph') {
        Object.assign(extraction.footnotes, legendOf(node))
      }
    }
  }

  extraction.facets = facetsOf(extraction)
  return extraction
}

function tableRecords(
  {table, roles, kind}: {table: Table; roles: Array<ColumnRole | null>; kind: TableKind},
  reader: CellReader,
  extraction: Extraction,
  defaultCloud: Cloud
) {
  if (kind === 'unknown') {
    extraction.messages.push(
      createMessage(
        'unrecognized-table',
        'Unexpected table header `' +
          table.header.map((cell) => cell.text).join(' | ') +
          '`, expected the header of a known table; its ' +
          table.rows.length +
          ' rows are not read',
        table.position
      )
    )
    return
  }

  if (kind === 'services-by-provider' && table.rows.length > 0) {
    extraction.messages.push(
      createMessage(
        'statuses-without-locations',
        'Unexpected provider statuses without locations; the providers are read, their statuses are not in the model',
        table.position
      )
    )
  }

  recordsFromTable(
    {
      table,
      kind,
      roles,
      cloud: cloudFromSectionPath(sectionTitles(table.section)),
      defaultCloud,
      reader,
      unrecognized(row, reason) {
        extraction.messages.push(
          createMessage(
            'unrecognized-row',
            'Unexpected row: ' + reason + '; it is not read',
            row.position
          )
        )
      }
    },
    extraction
  )
}

/** Titles from the top section down to this one. */
function sectionTitles(section: Section): string[] {
  return section.path
}

/** Names of the items of a bullet list (one name an item, its link kept). */
function listNames(list: List, reader: CellReader, blocks: Blocks): NameRef[] {
  const names: NameRef[] = []
  for (const item of list.children as ListItem[]) {
    const paragraph = item.children.find(
      (child): child is Paragraph => child.type === 'paragraph'
    )
    if (!paragraph) continue
    const offset = paragraph.position?.start.offset
    const position = blocks.toRawPoint(offset ?? 0)
    const name = reader.key({
      children: paragraph.children,
      text: toString(paragraph),
      position,
      padded: false
    })
    if (name) names.push(name)
  }

  return names
}

/** The footnotes a legend paragraph explains (`**+** denotes coming soon`). */
function legendOf(paragraph: Paragraph): Record<string, string> {
  const text = toString(paragraph)
  // Legends are short: do not run the legend grammar on prose.
  return text.length > 200 ? {} : footnotesFromText(text)
}

/** Which kinds of fact the extraction states. */
function facetsOf(extraction: Extraction): string[] {
  const facets = new Set<string>()
  if (extraction.regions.length > 0) facets.add('regions')
  if (
    extraction.regions.length > 0 ||
    extraction.locations.length > 0 ||
    extraction.providers.some((record) => record.locations !== null)
  ) {
    facets.add('locations')
  }

  const offerings = extraction.providers.filter((record) => record.locations !== null)
  if (
    offerings.length > 0 ||
    extraction.locations.some((record) => record.providers !== null)
  ) {
    facets.add('offerings')
  }

  if (offerings.some((record) => record.azure !== null)) facets.add('offeringStatus')
  if (offerings.some((record) => record.office365 !== null)) facets.add('office365Status')
  if (extraction.providers.length > 0 || extraction.locations.some((record) => record.providers)) {
    facets.add('providers')
  }

  if (
    extraction.locations.some(
      (record) =>
        record.facilities !== null ||
        record.localAzureRegions !== null ||
        record.erDirect !== null
    )
  ) {
    facets.add('locationDetails')
  }

  if (extraction.locations.some((record) => record.zone !== null)) facets.add('zones')
  if (extraction.exchanges.length > 0) facets.add('exchanges')
  if (extraction.systemIntegrators.length > 0) facets.add('systemIntegrators')
  if (extraction.satelliteOperators.length > 0) facets.add('satelliteOperators')
  if (extraction.datacenterProviders.length > 0) facets.add('datacenterProviders')
  if (extraction.researchNetworks.length > 0) facets.add('researchNetworks')
  return [...facets].sort()
}
