/**
 * Stage 3, **extract**: recognize each table by its header cells and its
 * section, and turn its rows into records; read the lists and legends that
 * state facts outside tables.
 */

import type {List, ListItem, Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFileMessage} from 'vfile-message'
import type {Blocks, Section} from '../blocks/index.js'
import {createMessage} from '../diagnostics.js'
import {slug} from '../util/slug.js'
import {footnotesFromText} from './cell-footnotes.js'
import {createCellReader, type CellReader} from './cell-reader.js'
import {cloudFromSectionPath} from './cloud-from-section-path.js'
import {listKindFromSectionTitle} from './header-synonyms.js'
import {normalizeHeader} from './normalize-header.js'
import {
  recordsFromTable,
  zoneLocations,
  type UnnamedNationalRow
} from './records-from-table.js'
import {recognizeTables, type RecognizedTable} from './recognize-tables.js'
import type {Cloud, Facet} from '../model.js'
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

  const nationalRowsUnnamed = tablesRecords(blocks, reader, extraction)
  for (const pending of nationalRowsUnnamed) {
    nationalRowRecords(pending, extraction)
  }

  sectionRecords(blocks, reader, extraction)
  extraction.facets = facetsOf(extraction)
  return extraction
}

/**
 * Read the records of every table.
 *
 * @returns
 *   The national region map rows whose cloud is still to be told.
 */
function tablesRecords(
  blocks: Blocks,
  reader: CellReader,
  extraction: Extraction
): UnnamedNationalRow[] {
  // Region maps first: a page whose maps name only one national cloud (the
  // Azure China edition's own pages) speaks of that cloud where no section
  // title says otherwise.
  const parents = parentsOf(blocks.root)
  const nationalRowsUnnamed: UnnamedNationalRow[] = []
  const tables = recognizeTables(blocks.tables)
  for (const entry of tables) {
    if (entry.byContent) extraction.messages.push(recognizedByContent(entry))
  }

  const read = (entry: RecognizedTable, defaultCloud: Cloud) =>
    tableRecords(
      entry,
      reader,
      extraction,
      defaultCloud,
      parents,
      nationalRowsUnnamed
    )

  for (const entry of tables) {
    if (entry.kind === 'region-map') read(entry, 'commercial')
  }

  const regionClouds = new Set(
    extraction.regions.map((region) => region.locationCloud)
  )
  const [onlyCloud] = regionClouds
  const defaultCloud =
    regionClouds.size === 1 && onlyCloud ? onlyCloud : 'commercial'
  for (const entry of tables) {
    if (entry.kind !== 'region-map') read(entry, defaultCloud)
  }

  return nationalRowsUnnamed
}

/**
 * A national region map row whose name tells no cloud: of the cloud whose
 * tables list its locations, or reported when none does.
 */
function nationalRowRecords(
  pending: UnnamedNationalRow,
  extraction: Extraction
) {
  const cloud = cloudListing(pending.record.locations, extraction)
  if (cloud) {
    const record = {...pending.record, locationCloud: cloud}
    extraction.regions.push(record)
    // As `regionRows` does for a row whose cloud its name tells.
    for (const location of zoneLocations(record, pending.zone)) {
      extraction.locations.push(location)
    }
  } else {
    pending.unrecognized(
      pending.row,
      'a national-cloud row whose region (`' +
        pending.record.name +
        '`) names no national cloud, and whose locations no table of a national cloud lists'
    )
  }
}

/** Read the facts sections state outside tables: satellite lists, legends. */
function sectionRecords(
  blocks: Blocks,
  reader: CellReader,
  extraction: Extraction
) {
  for (const section of blocks.sections) {
    const kind =
      listKindFromSectionTitle[
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
}

/**
 * The national cloud whose tables list the locations of a region row:
 * a translated region map row (`Nube de gobierno de Estados Unidos`) is
 * the cloud of the provider and location tables, titled or anchored by
 * their sections, that name the same places. `null` when none does, or
 * two do equally.
 */
function cloudListing(
  locations: ReadonlyArray<NameRef>,
  extraction: Extraction
): Cloud | null {
  const wanted = new Set(locations.map((location) => slug(location.name)))
  const counts = new Map<Cloud, number>()
  const count = (cloud: Cloud, name: string) => {
    if (cloud !== 'commercial' && wanted.has(slug(name))) {
      counts.set(cloud, (counts.get(cloud) ?? 0) + 1)
    }
  }

  for (const record of extraction.providers) {
    for (const location of record.locations ?? [])
      count(record.cloud, location.name)
  }

  for (const record of extraction.locations)
    count(record.cloud, record.location.name)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  return first && (!second || second[1] < first[1]) ? first[0] : null
}

/** The `info` that a table was read by its content, with what was inferred. */
function recognizedByContent({
  table,
  kind,
  roles
}: RecognizedTable): VFileMessage {
  return createMessage(
    'table-recognized-by-content',
    'Unexpected table header `' +
      table.header.map((cell) => cell.text).join(' | ') +
      '`, read by its shape and content as `' +
      kind +
      '` with columns ' +
      roles.map((role) => '`' + (role ?? 'unread') + '`').join(', '),
    table.position
  )
}

function tableRecords(
  {table, roles, kind}: RecognizedTable,
  reader: CellReader,
  extraction: Extraction,
  defaultCloud: Cloud,
  parents: ReadonlyMap<Section, Section>,
  nationalRowsUnnamed: UnnamedNationalRow[]
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

  const chain = sectionChain(table.section, parents)
  recordsFromTable(
    {
      table,
      kind,
      roles,
      cloud: cloudFromSectionPath(
        chain.map((section) => section.title),
        chain.map((section) => section.anchor)
      ),
      defaultCloud,
      reader,
      nationalRowsUnnamed,
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

/**
 * Sections from the top one down to this one (the root left out, as in
 * `Section.path`).
 */
function sectionChain(
  section: Section,
  parents: ReadonlyMap<Section, Section>
): Section[] {
  const chain: Section[] = []
  for (
    let current: Section | undefined = section;
    current && current.kind !== 'root';
    current = parents.get(current)
  ) {
    chain.unshift(current)
  }

  return chain
}

/** The parent of each section. */
function parentsOf(root: Section): Map<Section, Section> {
  const parents = new Map<Section, Section>()
  const stack = [root]
  while (stack.length > 0) {
    const section = stack.pop()!
    for (const child of section.children) {
      parents.set(child, section)
      stack.push(child)
    }
  }

  return parents
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
function facetsOf(extraction: Extraction): Facet[] {
  const facets = new Set<Facet>()
  if (extraction.regions.length > 0) facets.add('regions')
  if (
    extraction.regions.length > 0 ||
    extraction.locations.length > 0 ||
    extraction.providers.some((record) => record.locations !== null)
  ) {
    facets.add('locations')
  }

  const offerings = extraction.providers.filter(
    (record) => record.locations !== null
  )
  if (
    offerings.length > 0 ||
    extraction.locations.some((record) => record.providers !== null)
  ) {
    facets.add('offerings')
  }

  if (offerings.some((record) => record.azure !== null))
    facets.add('offeringStatus')
  if (offerings.some((record) => record.office365 !== null))
    facets.add('office365Status')
  if (
    extraction.providers.length > 0 ||
    extraction.locations.some((record) => record.providers)
  ) {
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

  if (extraction.locations.some((record) => record.zone !== null))
    facets.add('zones')
  if (extraction.exchanges.length > 0) facets.add('exchanges')
  if (extraction.systemIntegrators.length > 0) facets.add('systemIntegrators')
  if (extraction.satelliteOperators.length > 0) facets.add('satelliteOperators')
  if (extraction.datacenterProviders.length > 0)
    facets.add('datacenterProviders')
  if (extraction.researchNetworks.length > 0) facets.add('researchNetworks')
  return [...facets].sort()
}
