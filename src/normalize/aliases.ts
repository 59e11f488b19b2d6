/**
 * The alias table: every spelling seen across the seeds and the corpus that
 * is not the canonical one, as data.
 *
 * Kinds:
 *
 * - `spelling`: another way to write the same name (a typo, a short form, a
 *   translation); the model's `name` becomes the canonical spelling.
 * - `rename`: the thing was renamed over time (`Hong Kong` → `Hong Kong
 *   SAR`); the id is the current name's, the `name` stays as the page wrote
 *   it, so a diff reports a rename.
 * - `display`: a display name that carries another name in parentheses
 *   (`Lumen (CenturyLink Cloud Connect)`); resolves to one company, the
 *   `name` stays as written.
 *
 * Lookups fold case, diacritics and whitespace, so `Coresite` and
 * `CoreSite ` need no entry of their own — ids fold them anyway; the entries
 * here that differ only so fix the *name* the model shows. `seenIn` lists
 * the fixtures (by file name date) whose text has the spelling; a test keeps
 * it true, and keeps every entry used.
 */

/** What an alias says about a spelling. */
export type AliasKind = 'spelling' | 'rename' | 'display'

/** One spelling and what it stands for. */
export interface Alias {
  /** The spelling as pages write it. */
  written: string
  /** The canonical name it resolves to. */
  canonical: string
  kind: AliasKind
  /** Why, in one sentence. */
  reason: string
  /** Dates (`YYYY-MM-DD`) of the fixtures whose pages write it. */
  seenIn: string[]
}

/** Aliases of connectivity providers (also used for exchanges and datacenter providers, which are companies too). */
export const providerAliases: Alias[] = [
  {
    written: 'Level3',
    canonical: 'Level 3 Communications',
    kind: 'spelling',
    reason: 'Short form of the company name in exchange columns.',
    seenIn: [
      '2017-06-16',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2023-02-02',
      '2023-08-28',
      '2024-09-22',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Level 3',
    canonical: 'Level 3 Communications',
    kind: 'spelling',
    reason: 'Short form of the company name in exchange columns.',
    seenIn: [
      '2017-06-27',
      '2018-04-04',
      '2019-07-11',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Level3 IPVPN',
    canonical: 'Level 3 Communications - IPVPN',
    kind: 'spelling',
    reason: 'The 2015 services table writes the IPVPN product of Level 3 so.',
    seenIn: ['2015-04-29', '2015-05-14']
  },
  {
    written: 'Coresite',
    canonical: 'CoreSite',
    kind: 'spelling',
    reason: 'The company writes its name CoreSite.',
    seenIn: [
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'NextDC',
    canonical: 'NEXTDC',
    kind: 'spelling',
    reason: 'The company writes its name NEXTDC, as the provider tables do.',
    seenIn: [
      '2015-05-14',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'GEANT',
    canonical: 'GÉANT',
    kind: 'spelling',
    reason: 'The network writes its name GÉANT.',
    seenIn: [
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Intercloud',
    canonical: 'InterCloud',
    kind: 'spelling',
    reason: 'The company writes its name InterCloud.',
    seenIn: [
      '2015-04-29',
      '2015-05-14',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'SIFY',
    canonical: 'Sify',
    kind: 'spelling',
    reason: 'The company writes its name Sify; the pages use both.',
    seenIn: [
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'NTT',
    canonical: 'NTT Communications',
    kind: 'spelling',
    reason:
      'By-location pages write NTT only at Los Angeles, where the by-provider pages of the same dates list NTT Communications.',
    seenIn: [
      '2016-09-20',
      '2016-10-21',
      '2017-02-13',
      '2017-06-16',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2023-02-02',
      '2023-08-28',
      '2024-09-22',
      '2025-11-13'
    ]
  },
  {
    written: 'Global Cloud Xchange (GCX)',
    canonical: 'Global CloudXchange (GCX)',
    kind: 'spelling',
    reason: 'By-provider pages space the name, by-location pages do not.',
    seenIn: [
      '2017-06-27',
      '2018-04-04',
      '2019-07-11',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Airgate Technologies. Inc',
    canonical: 'Airgate Technologies, Inc.',
    kind: 'spelling',
    reason: 'A typo of the comma.',
    seenIn: ['2017-06-16']
  },
  {
    written: 'Kaalam Telecom Bahrain B.S.C',
    canonical: 'Kalaam Telecom Bahrain B.S.C',
    kind: 'spelling',
    reason: 'A typo of Kalaam.',
    seenIn: [
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Oncore Cloud Service Inc',
    canonical: 'Oncore Cloud Services Inc.',
    kind: 'spelling',
    reason: 'A typo of the company name.',
    seenIn: [
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'DataFoundry',
    canonical: 'Data Foundry',
    kind: 'spelling',
    reason: 'A missing space.',
    seenIn: [
      '2019-07-11',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Cyrus One',
    canonical: 'CyrusOne',
    kind: 'spelling',
    reason: 'The company writes its name CyrusOne.',
    seenIn: ['2017-06-27', '2018-04-04']
  },
  {
    written: 'VodafoneIdea',
    canonical: 'Vodafone Idea',
    kind: 'spelling',
    reason: 'A missing space.',
    seenIn: [
      '2023-02-02',
      '2023-08-28',
      '2024-09-22',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Aryaka',
    canonical: 'Aryaka Networks',
    kind: 'spelling',
    reason: 'Short form in the 2015 services table.',
    seenIn: ['2015-04-29', '2015-05-14']
  },
  {
    written: 'Zayo Group',
    canonical: 'Zayo',
    kind: 'spelling',
    reason: 'Long form of the name that pages of the same years also write Zayo.',
    seenIn: [
      '2015-04-29',
      '2015-05-14',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-05-14',
      '2020-01-20'
    ]
  },
  {
    written: 'Console',
    canonical: 'Console Connect',
    kind: 'spelling',
    reason: 'Short form in by-provider location lists.',
    seenIn: ['2017-02-13', '2017-06-16', '2017-06-27', '2020-01-20']
  },
  {
    written: 'Chief',
    canonical: 'Chief Telecom',
    kind: 'spelling',
    reason: 'Short form in exchange tables of the same pages that list Chief Telecom.',
    seenIn: [
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'C3ntro',
    canonical: 'C3ntro Telecom',
    kind: 'spelling',
    reason: 'Short form in by-location lists.',
    seenIn: [
      '2018-04-04',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Telia Carrier',
    canonical: 'Arelion',
    kind: 'rename',
    reason: 'Telia Carrier was renamed Arelion (the 2026 page shows `Arelion (Telia Carrier)`).',
    seenIn: [
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13'
    ]
  },
  {
    written: 'Arelion (Telia Carrier)',
    canonical: 'Arelion',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'CenturyLink Cloud Connect',
    canonical: 'Lumen',
    kind: 'rename',
    reason: 'CenturyLink became Lumen (the 2026 page shows `Lumen (CenturyLink Cloud Connect)`).',
    seenIn: [
      '2018-04-04',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13'
    ]
  },
  {
    written: 'Lumen (CenturyLink Cloud Connect)',
    canonical: 'Lumen',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'Lumen (Level 3 Communications)',
    canonical: 'Level 3 Communications',
    kind: 'display',
    reason:
      'The 2026 page shows the Level 3 line as `Lumen (Level 3 Communications)` next to `Lumen (CenturyLink Cloud Connect)`: kept as Level 3 so the two lines do not merge.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'PCCW Global Limited',
    canonical: 'Console Connect',
    kind: 'rename',
    reason: 'PCCW Global became Console Connect (the 2025 pages show `Console Connect (PCCW Global Limited)`).',
    seenIn: [
      '2015-05-14',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22'
    ]
  },
  {
    written: 'Console Connect (PCCW Global Limited)',
    canonical: 'Console Connect',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.',
    seenIn: ['2025-11-09', '2025-11-13', '2026-09-16']
  },
  {
    written: 'Interxion (Digital Realty)',
    canonical: 'Interxion',
    kind: 'display',
    reason: 'Interxion, now part of Digital Realty, which the same pages also list on its own.',
    seenIn: [
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Digital Realty (Interxion)',
    canonical: 'Interxion',
    kind: 'display',
    reason: 'Interxion under its owner Digital Realty, as `Interxion (Digital Realty)` on other rows.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'Vi (Vodafone Idea)',
    canonical: 'Vodafone Idea',
    kind: 'display',
    reason: 'Display name with the company name in parentheses; later pages write Vodafone Idea again.',
    seenIn: ['2023-02-01', '2024-07-31', '2025-11-09']
  },
  {
    written: 'Cogent (T-Mobile)',
    canonical: 'Cogent',
    kind: 'display',
    reason: 'Display name with the former owner in parentheses.',
    seenIn: ['2025-11-09']
  },
  {
    written: 'Internet Association of Australia (IX Australia)',
    canonical: 'Internet Association of Australia',
    kind: 'display',
    reason: 'Display name with the exchange name in parentheses.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'NTT Communications - Flexible InterConnect',
    canonical: 'NTT DOCOMO BUSINESS - Flexible InterConnect',
    kind: 'rename',
    reason:
      'Renamed (the 2026 page shows `NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)`).',
    seenIn: ['2023-02-01', '2024-07-31']
  },
  {
    written: 'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)',
    canonical: 'NTT DOCOMO BUSINESS - Flexible InterConnect',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.',
    seenIn: ['2026-09-16']
  }
]

/** Aliases of peering locations. */
export const locationAliases: Alias[] = [
  {
    written: 'Sao Paula',
    canonical: 'Sao Paulo',
    kind: 'spelling',
    reason: 'A typo of Sao Paulo.',
    seenIn: ['2019-07-11', '2020-01-17', '2020-05-05']
  },
  {
    written: 'Toronoto',
    canonical: 'Toronto',
    kind: 'spelling',
    reason: 'A typo of Toronto.',
    seenIn: ['2017-06-27']
  },
  {
    written: 'Washinton DC',
    canonical: 'Washington DC',
    kind: 'spelling',
    reason: 'A typo of Washington DC.',
    seenIn: ['2018-04-04']
  },
  {
    written: 'Phoeni',
    canonical: 'Phoenix',
    kind: 'spelling',
    reason: 'A truncated Phoenix.',
    seenIn: ['2023-02-01']
  },
  {
    written: 'Newport',
    canonical: 'Newport(Wales)',
    kind: 'spelling',
    reason: 'By-provider lists write Newport for the one peering location Newport(Wales).',
    seenIn: [
      '2018-04-04',
      '2019-07-11',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Queretaro',
    canonical: 'Queretaro (Mexico)',
    kind: 'spelling',
    reason: 'Short form of the one peering location Queretaro (Mexico).',
    seenIn: ['2024-07-31', '2025-11-09']
  },
  {
    written: 'Queretaro(Mexico City)',
    canonical: 'Queretaro (Mexico)',
    kind: 'spelling',
    reason: 'Queretaro is not in Mexico City: a slip for Queretaro (Mexico).',
    seenIn: ['2024-07-31', '2025-11-09']
  },
  {
    written: 'Hong Kong',
    canonical: 'Hong Kong SAR',
    kind: 'rename',
    reason: 'The pages renamed the location Hong Kong SAR in 2019.',
    seenIn: [
      '2015-03-31',
      '2015-04-29',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13'
    ]
  },
  {
    written: 'Hong Kong2',
    canonical: 'Hong Kong SAR2',
    kind: 'rename',
    reason: 'Renamed with Hong Kong.',
    seenIn: [
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13'
    ]
  },
  {
    written: 'Hongkong',
    canonical: 'Hong Kong',
    kind: 'spelling',
    reason: 'German spelling (2016 German page).',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Tokio',
    canonical: 'Tokyo',
    kind: 'spelling',
    reason: 'German spelling (2016 German page).',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Peking',
    canonical: 'Beijing',
    kind: 'spelling',
    reason: 'German name (2016 German page).',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Singapur',
    canonical: 'Singapore',
    kind: 'spelling',
    reason: 'German spelling (2016 German page).',
    seenIn: ['2016-09-20']
  },
  {
    written: '大坂',
    canonical: '大阪',
    kind: 'spelling',
    reason: 'A typo of 大阪 (Osaka) on a page that also writes 大阪.',
    seenIn: ['2020-01-20']
  },
  {
    written: '中国香港特别行政区',
    canonical: '香港特别行政区',
    kind: 'spelling',
    reason: 'The long form of 香港特别行政区 (Hong Kong SAR), which the same page also writes.',
    seenIn: ['2020-01-20']
  },
  {
    written: 'Londres',
    canonical: 'London',
    kind: 'spelling',
    reason: 'French name (2015 French page).',
    seenIn: ['2015-04-29']
  },
  {
    written: 'Singapour',
    canonical: 'Singapore',
    kind: 'spelling',
    reason: 'French spelling (2015 French page).',
    seenIn: ['2015-04-29']
  }
]

/** Aliases of Azure regions (plain names in region maps and local-region cells). */
export const azureRegionAliases: Alias[] = [
  {
    written: 'India South',
    canonical: 'South India',
    kind: 'spelling',
    reason: 'Azure writes the region South India; early pages wrote India South.',
    seenIn: [
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10'
    ]
  },
  {
    written: 'India West',
    canonical: 'West India',
    kind: 'spelling',
    reason: 'Azure writes the region West India; early pages wrote India West.',
    seenIn: [
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10'
    ]
  },
  {
    written: 'India Central',
    canonical: 'Central India',
    kind: 'spelling',
    reason: 'Azure writes the region Central India; early pages wrote India Central.',
    seenIn: [
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10'
    ]
  },
  {
    written: 'China East2',
    canonical: 'China East 2',
    kind: 'spelling',
    reason: 'A missing space.',
    seenIn: ['2019-07-11', '2020-01-17', '2020-05-05', '2021-02-10']
  },
  {
    written: 'China North2',
    canonical: 'China North 2',
    kind: 'spelling',
    reason: 'A missing space.',
    seenIn: ['2019-07-11', '2020-01-17', '2020-05-05', '2021-02-10']
  }
]
